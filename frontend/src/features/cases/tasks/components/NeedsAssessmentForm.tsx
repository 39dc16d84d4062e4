import { Alert, Button, Card, Flex, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useCase, useCatalogue } from '@/features/cases';
import { useSubmitAssessment } from '../api/use-case-tasks';
import { useCaseTasksLabel, useCaseTasksT } from '../i18n';
import { buildAssessmentPayload } from '../lib/payload';
import { LIMITS } from '../lib/validation';
import {
  CARER_VALUES,
  RECIPIENT_CATEGORY_VALUES,
  SELF_CARE_VALUES,
  type AssessmentFormValues,
  type AssessmentRequest,
  type DomainTaskFormProps,
} from '../types';
import { ItemCheckboxes, itemsRule, textRule } from './form-parts';
import {
  CaseInfoCard,
  CaseInfoSkeleton,
  isHeldByOther,
  LoadError,
  NoCase,
  ProblemAlert,
  TaskStateAlerts,
  useSubmitProblem,
} from './shared';

const FIELDS = [
  'recipientCategory',
  'alreadyRecognised',
  'selfCare',
  'carerSituation',
  'livingSituation',
  'needsNote',
  'itemCodes',
] as const;

/** 入户调查与需求评估 (street office): assessment, recipient category and the services needed. */
export function NeedsAssessmentForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCaseTasksT();
  const label = useCaseTasksLabel();
  const [form] = Form.useForm<AssessmentFormValues>();
  const caseNo = task.businessKey ?? '';
  const kase = useCase(caseNo);
  const catalogue = useCatalogue();
  const submit = useSubmitAssessment(task.id, task.businessKey);
  const { problem, report, clear } = useSubmitProblem(form, FIELDS);
  const recognised = Form.useWatch('alreadyRecognised', form);
  const chosen = Form.useWatch('itemCodes', form);
  const readOnly = isHeldByOther(task);

  if (!task.businessKey) return <NoCase />;

  const onFinish = (values: AssessmentFormValues) => {
    clear();
    let body: AssessmentRequest;
    try {
      body = buildAssessmentPayload(values);
    } catch (e) {
      report(e);
      return;
    }
    submit.mutate(body, { onSuccess: onCompleted, onError: report });
  };

  const catalogueItems = catalogue.data ?? [];
  const chosenCount = Array.isArray(chosen) ? chosen.length : 0;
  const itemsLabel = (
    <span>
      {t('assess.items')}
      {chosenCount > 0 && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }} data-testid="assess-items-count">
          {t('assess.itemsChosen', { count: chosenCount })}
        </Typography.Text>
      )}
    </span>
  );

  return (
    <Flex vertical gap={16} className="case-task" data-testid="domain-form-needs-assessment">
      {kase.isPending ? (
        <CaseInfoSkeleton />
      ) : kase.isError ? (
        <LoadError title={t('common.caseLoadFailed')} error={kase.error} onRetry={() => void kase.refetch()} testId="domain-case-error" />
      ) : (
        <CaseInfoCard kase={kase.data} full />
      )}
      <Card className="case-task" title={t('assess.title')}>
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('assess.intro')}</Typography.Text>
          <TaskStateAlerts task={task} />
        </Flex>
        <Form<AssessmentFormValues>
          form={form}
          layout="vertical"
          size="large"
          disabled={readOnly || submit.isPending}
          onFinish={onFinish}
          scrollToFirstError
          data-testid="assess-form"
        >
          <Form.Item
            name="recipientCategory"
            label={t('assess.category')}
            rules={[{ required: true, message: t('common.choose', { label: t('assess.category') }) }]}
          >
            <Radio.Group className="case-task-choices">
              {RECIPIENT_CATEGORY_VALUES.map((n) => (
                <Radio key={n} value={n} data-testid={`assess-category-${n}`}>
                  {t('categoryNo', { no: n })}
                  {'\u3000'}
                  {label('category', n)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="alreadyRecognised"
            label={t('assess.recognised')}
            rules={[{ required: true, message: t('common.choose', { label: t('assess.recognised') }) }]}
            extra={recognised === false ? t('assess.recognisedNoHint') : undefined}
          >
            <Radio.Group className="case-task-choices">
              <Radio value={true} data-testid="assess-recognised-true">
                {t('assess.recognisedYes')}
              </Radio>
              <Radio value={false} data-testid="assess-recognised-false">
                {t('assess.recognisedNo')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="selfCare"
            label={t('assess.selfCare')}
            rules={[{ required: true, message: t('common.choose', { label: t('assess.selfCare') }) }]}
          >
            <Radio.Group className="case-task-choices">
              {SELF_CARE_VALUES.map((v) => (
                <Radio key={v} value={v} data-testid={`assess-selfCare-${v}`}>
                  {label('selfCare', v)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="carerSituation"
            label={t('assess.carer')}
            rules={[{ required: true, message: t('common.choose', { label: t('assess.carer') }) }]}
          >
            <Radio.Group className="case-task-choices">
              {CARER_VALUES.map((v) => (
                <Radio key={v} value={v} data-testid={`assess-carer-${v}`}>
                  {label('carer', v)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="livingSituation"
            label={t('assess.living')}
            rules={[textRule(t, t('assess.living'), LIMITS.livingSituation, false)]}
          >
            <Input.TextArea
              data-testid="assess-living"
              placeholder={t('assess.livingPlaceholder')}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={LIMITS.livingSituation}
              showCount
            />
          </Form.Item>
          <Form.Item name="needsNote" label={t('assess.note')} rules={[textRule(t, t('assess.note'), LIMITS.needsNote, false)]}>
            <Input.TextArea
              data-testid="assess-note"
              placeholder={t('assess.notePlaceholder')}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={LIMITS.needsNote}
              showCount
            />
          </Form.Item>
          {catalogue.isSuccess && catalogueItems.length > 0 ? (
            <Form.Item name="itemCodes" label={itemsLabel} required rules={[itemsRule(t)]}>
              <ItemCheckboxes items={catalogueItems} prefix="assess" />
            </Form.Item>
          ) : (
            <Form.Item label={itemsLabel} required>
              {catalogue.isPending ? (
                <Skeleton active paragraph={{ rows: 4 }} />
              ) : catalogue.isError ? (
                <LoadError title={t('common.catalogueLoadFailed')} error={catalogue.error} onRetry={() => void catalogue.refetch()} />
              ) : (
                <Alert type="warning" showIcon message={t('common.catalogueEmpty')} />
              )}
            </Form.Item>
          )}
          {problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert problem={problem} testId="assess-error" />
            </div>
          )}
          <Form.Item style={{ marginBottom: 0 }} className="case-task-actions">
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={submit.isPending}
              disabled={readOnly || !catalogue.isSuccess || catalogueItems.length === 0}
              data-testid="assess-submit"
            >
              {t('assess.submit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </Flex>
  );
}
