import { Card, Flex, Form, Typography } from 'antd';
import { useCase, useCasesLabel, useCasesT, useCatalogue } from '@/features/cases';
import { useSubmitAssessment } from '../api/use-case-tasks';
import { useCaseTasksT } from '../i18n';
import { buildAssessmentPayload } from '../lib/payload';
import { LIMITS } from '../lib/validation';
import {
  CARER_VALUES,
  RECIPIENT_CATEGORY_VALUES,
  SELF_CARE_VALUES,
  type AssessmentFormValues,
  type DomainTaskFormProps,
} from '../types';
import { CardIntro, CaseHeader, CaseTaskForm, CatalogueItemsItem, ChoiceItem, SubmitRow, TextAreaItem, useFormSubmit } from './form-parts';
import { isHeldByOther, NoCase } from './shared';

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
  const casesT = useCasesT();
  const label = useCasesLabel();
  const [form] = Form.useForm<AssessmentFormValues>();
  const caseNo = task.businessKey ?? '';
  const kase = useCase(caseNo);
  const catalogue = useCatalogue();
  const submit = useSubmitAssessment(task.id, task.businessKey);
  const { problem, submit: onFinish } = useFormSubmit(form, FIELDS, submit.mutate, buildAssessmentPayload, onCompleted);
  const recognised = Form.useWatch('alreadyRecognised', form);
  const chosen = Form.useWatch('itemCodes', form);
  const readOnly = isHeldByOther(task);

  if (!task.businessKey) return <NoCase />;

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
      <CaseHeader kase={kase} full />
      <Card className="case-task" title={t('assess.title')}>
        <CardIntro task={task} text={t('assess.intro')} />
        <CaseTaskForm form={form} testId="assess-form" disabled={readOnly || submit.isPending} onFinish={onFinish} scrollToFirstError>
          <ChoiceItem
            name="recipientCategory"
            label={t('assess.category')}
            testId="assess-category"
            options={RECIPIENT_CATEGORY_VALUES.map((n) => ({ value: n, label: `${casesT('categoryNo', { no: n })}\u3000${label('category', n)}` }))}
          />
          <ChoiceItem
            name="alreadyRecognised"
            label={t('assess.recognised')}
            testId="assess-recognised"
            options={[
              { value: true, label: t('assess.recognisedYes') },
              { value: false, label: t('assess.recognisedNo') },
            ]}
            extra={recognised === false ? t('assess.recognisedNoHint') : undefined}
          />
          <ChoiceItem
            name="selfCare"
            label={t('assess.selfCare')}
            testId="assess-selfCare"
            options={SELF_CARE_VALUES.map((v) => ({ value: v, label: label('selfCare', v) }))}
          />
          <ChoiceItem
            name="carerSituation"
            label={t('assess.carer')}
            testId="assess-carer"
            options={CARER_VALUES.map((v) => ({ value: v, label: label('carer', v) }))}
          />
          <TextAreaItem
            name="livingSituation"
            label={t('assess.living')}
            max={LIMITS.livingSituation}
            placeholder={t('assess.livingPlaceholder')}
            testId="assess-living"
          />
          <TextAreaItem name="needsNote" label={t('assess.note')} max={LIMITS.needsNote} placeholder={t('assess.notePlaceholder')} testId="assess-note" />
          <CatalogueItemsItem catalogue={catalogue} label={itemsLabel} prefix="assess" />
          <SubmitRow
            prefix="assess"
            problem={problem}
            loading={submit.isPending}
            disabled={readOnly || !catalogue.isSuccess || catalogueItems.length === 0}
          >
            {t('assess.submit')}
          </SubmitRow>
        </CaseTaskForm>
      </Card>
    </Flex>
  );
}
