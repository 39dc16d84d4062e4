import { useEffect, useMemo } from 'react';
import { useProcessWords } from '@/lib/process-words';
import { Alert, Card, Flex, Form, Space, Tag, Typography } from 'antd';
import { useCase, useCasesLabel, useCatalogue, type CaseView, type CatalogueItem } from '@/features/cases';
import { formatDateTime } from '@/lib/dates';
import { useSubmitReview } from '../api/use-case-tasks';
import { useCaseTasksT } from '../i18n';
import { currentItemCodes, diffItems, itemNames, reviewTrigger } from '../lib/case-data';
import { buildReviewPayload } from '../lib/payload';
import { cleanCodes, LIMITS } from '../lib/validation';
import type { DomainTaskFormProps, ReviewFormValues } from '../types';
import { CardIntro, CaseHeader, CaseTaskForm, CatalogueItemsItem, ChoiceItem, SubmitRow, TextAreaItem, useFormSubmit } from './form-parts';
import { isHeldByOther, NoCase } from './shared';

const FIELDS = ['decision', 'itemCodes', 'reason'] as const;

const GRANT_COLOURS: Record<string, string> = { GRANTED: 'blue', ACTIVE: 'green', STOPPED: 'default' };

/** Why the review is due, and what the person receives now. */
function ReviewContext({ kase }: { kase: CaseView }) {
  const t = useCaseTasksT();
  const words = useProcessWords();
  const label = useCasesLabel();
  const trigger = reviewTrigger(kase.timeline);
  const current = kase.grants.filter((g) => g.status !== 'STOPPED');
  return (
    <Flex vertical gap={12}>
      {trigger ? (
        <Alert
          type="warning"
          showIcon
          data-testid="review-trigger"
          message={t('review.trigger')}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{trigger.detail || '—'}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('review.triggerAt', { at: formatDateTime(trigger.at), actor: words.actor(trigger.actorName) })}
              </Typography.Text>
            </>
          }
        />
      ) : (
        <Alert type="info" showIcon data-testid="review-trigger-periodic" message={t('review.periodic')} />
      )}
      <div>
        <Typography.Text strong>{t('review.currentItems')}</Typography.Text>
        <div style={{ marginTop: 8 }} data-testid="review-current-items">
          {current.length === 0 ? (
            <Typography.Text type="secondary">{t('review.noItems')}</Typography.Text>
          ) : (
            <Space size={[8, 8]} wrap>
              {current.map((g) => (
                <Tag key={g.id} color={GRANT_COLOURS[g.status] ?? 'default'} style={{ marginInlineEnd: 0, paddingBlock: 2 }}>
                  {g.itemName} · {label('grantStatus', g.status)}
                </Tag>
              ))}
            </Space>
          )}
        </div>
      </div>
    </Flex>
  );
}

/** The items a change would add and stop, by name. */
function ChangePreview({ before, after, catalogue, kase }: { before: string[]; after: string[]; catalogue: CatalogueItem[]; kase: CaseView }) {
  const t = useCaseTasksT();
  const { added, removed } = diffItems(before, after);
  if (after.length === 0) return null;
  const sep = '、';
  const names = (codes: string[]) => itemNames(codes, catalogue, kase.grants).join(sep);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="review-change-preview"
      style={{ marginBottom: 16 }}
      message={
        added.length === 0 && removed.length === 0 ? (
          t('review.unchanged')
        ) : (
          <>
            {added.length > 0 && <div>{t('review.added', { items: names(added) })}</div>}
            {removed.length > 0 && <div>{t('review.removed', { items: names(removed) })}</div>}
          </>
        )
      }
    />
  );
}

/** 动态复核 (street office): keep, change the items, or stop services and exit. */
export function ReviewForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCaseTasksT();
  const [form] = Form.useForm<ReviewFormValues>();
  const caseNo = task.businessKey ?? '';
  const kase = useCase(caseNo);
  const catalogue = useCatalogue();
  const submit = useSubmitReview(task.id, task.businessKey);
  const { problem, submit: onFinish } = useFormSubmit(form, FIELDS, submit.mutate, buildReviewPayload, onCompleted);
  const decision = Form.useWatch('decision', form);
  const chosen = Form.useWatch('itemCodes', form);
  const readOnly = isHeldByOther(task);

  const catalogueItems = useMemo(() => catalogue.data ?? [], [catalogue.data]);
  const current = useMemo(() => (kase.data ? currentItemCodes(kase.data.grants) : []), [kase.data]);
  // Prefill with what the person has now, as far as the catalogue still offers it.
  const prefill = useMemo(() => {
    const offered = new Set(catalogueItems.map((i) => i.code));
    return current.filter((c) => offered.has(c));
  }, [catalogueItems, current]);

  const change = decision === 'CHANGE';
  const stop = decision === 'STOP';
  const choicesReady = kase.isSuccess && catalogue.isSuccess;

  // Choosing CHANGE starts from the current items, until the worker ticks something themselves.
  useEffect(() => {
    if (change && choicesReady && !form.isFieldTouched('itemCodes')) form.setFieldsValue({ itemCodes: prefill });
  }, [change, choicesReady, prefill, form]);

  if (!task.businessKey) return <NoCase />;

  return (
    <Flex vertical gap={16} className="case-task" data-testid="domain-form-review">
      <CaseHeader kase={kase} />
      <Card className="case-task" title={t('review.title')}>
        <CardIntro task={task} text={t('review.intro')}>
          {kase.isSuccess && <ReviewContext kase={kase.data} />}
        </CardIntro>
        <CaseTaskForm form={form} testId="review-form" disabled={readOnly || submit.isPending} onFinish={onFinish} scrollToFirstError>
          <ChoiceItem
            name="decision"
            label={t('review.decision')}
            testId="review-decision"
            options={[
              { value: 'CONFIRM', label: t('review.decisionConfirm') },
              { value: 'CHANGE', label: t('review.decisionChange') },
              { value: 'STOP', label: t('review.decisionStop') },
            ]}
          />
          {change && (
            <>
              <CatalogueItemsItem catalogue={catalogue} ready={choicesReady} label={t('review.items')} extra={t('review.itemsHint')} prefix="review" />
              {choicesReady && catalogueItems.length > 0 && (
                <ChangePreview before={current} after={cleanCodes(chosen)} catalogue={catalogueItems} kase={kase.data} />
              )}
            </>
          )}
          {stop && (
            <Alert type="error" showIcon data-testid="review-stop-warning" message={t('review.stopWarning')} style={{ marginBottom: 16 }} />
          )}
          <TextAreaItem
            name="reason"
            label={t('review.reason')}
            max={LIMITS.reason}
            required
            placeholder={t('review.reasonPlaceholder')}
            testId="review-reason"
          />
          <SubmitRow prefix="review" problem={problem} loading={submit.isPending} disabled={readOnly || (change && !choicesReady)} danger={stop}>
            {stop ? t('review.submitStop') : t('review.submit')}
          </SubmitRow>
        </CaseTaskForm>
      </Card>
    </Flex>
  );
}
