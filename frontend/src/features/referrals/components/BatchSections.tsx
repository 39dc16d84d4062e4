import { useState } from 'react';
import { colon } from '@/i18n';
import { DateField } from '@/components/DateFields';
import { useProcessWords } from '@/lib/process-words';
import { App, Button, Card, Checkbox, Empty, Input, InputNumber, Modal, Popconfirm, Radio, Space, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useCloseItem, useDeletePlan, useRecordActivity, useSavePlan } from '../api/use-referrals';
import { useReferralsLabel, useReferralsT } from '../i18n';
import { todayInShanghai } from '@/lib/dates';
import {
  OUTCOME_REASONS,
  PLAN_CONTENTS,
  type ActivityView,
  type BatchView,
  type ItemView,
  type Outcome,
  type OutcomeReason,
  type PlanContent,
  type PlanView,
  type ApprovalEntry,
} from '../types';
import { ErrorAlert, ItemStatusTag, PlanStatusTag } from './parts';

/** The people of a batch; `actions` adds buttons per person. */
export function ItemsList({ batch, actions }: { batch: BatchView; actions?: (item: ItemView) => React.ReactNode }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {batch.items.map((i) => (
        <Card key={i.id} size="small" className="page-card" data-testid={`item-${i.id}`}>
          <Space wrap>
            <Typography.Text strong>{i.recipientName}</Typography.Text>
            <ItemStatusTag status={i.status} id={i.id} />
            {i.outcome ? (
              <Tag color={i.outcome === 'HELPED' ? 'green' : 'default'}>
                {label('outcome', i.outcome)}
                {i.outcomeReason ? `${colon()}${label('outcomeReason', i.outcomeReason)}` : ''}
              </Tag>
            ) : null}
            {i.caseNo ? <Typography.Text type="secondary">{i.caseNo}</Typography.Text> : null}
          </Space>
          <div>
            <Typography.Text type="secondary">
              {i.villageName}
              {i.age != null ? ` · ${i.age}岁` : ''}
              {i.recipientCategory != null ? ` · ${label('category', i.recipientCategory)}` : ''}
              {i.phone ? ` · ${i.phone}` : ''}
              {i.address ? ` · ${i.address}` : ''}
            </Typography.Text>
          </div>
          {i.declineReason ? <div>{t('batch.declineReason')}{colon()}{i.declineReason}</div> : null}
          {i.outcomeNote ? <div>{t('close.note')}{colon()}{i.outcomeNote}</div> : null}
          {i.firstActivityOn ? (
            <div>
              <Typography.Text type="secondary">
                {t('batch.firstActivity')} {i.firstActivityOn}
                {i.daysToFirstActivity != null ? ` · ${t('batch.daysToFirst')} ${t('common.days', { days: i.daysToFirstActivity })}` : ''}
              </Typography.Text>
            </div>
          ) : null}
          {actions ? <Space wrap style={{ marginTop: 8 }}>{actions(i)}</Space> : null}
        </Card>
      ))}
    </Space>
  );
}

/** The plans of a batch; the charity edits them while planning or after a return. */
export function PlansSection({ batch, editable }: { batch: BatchView; editable: boolean }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const { message } = App.useApp();
  const remove = useDeletePlan(batch.batchNo);
  const [editing, setEditing] = useState<PlanView | 'new' | null>(null);
  return (
    <Card
      size="small"
      title={t('batch.plans')}
      extra={
        editable ? (
          <Button size="small" type="primary" onClick={() => setEditing('new')} data-testid="plan-add">
            {t('plan.add')}
          </Button>
        ) : null
      }
    >
      {batch.plans.length === 0 ? (
        <Empty description={t('batch.noPlan')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {batch.plans.map((p) => (
            <Card key={p.id} size="small" className="page-card" data-testid={`plan-${p.id}`}>
              <Space wrap>
                <Typography.Text strong>{p.itemId ? p.recipientName : t('batch.wholeBatch')}</Typography.Text>
                <PlanStatusTag status={p.status} id={p.id} />
                <Typography.Text type="secondary">{t('plan.version', { version: p.version })}</Typography.Text>
              </Space>
              <div>
                {p.contents.map((c) => (
                  <Tag key={c} color="blue">
                    {label('content', c)}
                  </Tag>
                ))}
              </div>
              <div>
                {p.scheduleFrom} ~ {p.scheduleTo} · {t('plan.budget')} {p.budget.toFixed(2)} · {t('plan.responsible')}{' '}
                {p.responsiblePerson}
                {p.responsiblePhone ? ` ${p.responsiblePhone}` : ''}
              </div>
              {p.description ? <Typography.Paragraph style={{ marginBottom: 0 }}>{p.description}</Typography.Paragraph> : null}
              {editable && (p.status === 'DRAFT' || p.status === 'RETURNED') ? (
                <Space style={{ marginTop: 8 }}>
                  <Button size="small" onClick={() => setEditing(p)} data-testid={`plan-edit-${p.id}`}>
                    {t('plan.edit')}
                  </Button>
                  <Popconfirm
                    title={t('plan.delete')}
                    onConfirm={() => remove.mutate(p.id, { onError: (e) => void message.error(String((e as Error).message)) })}
                  >
                    <Button size="small" danger data-testid={`plan-delete-${p.id}`}>
                      {t('plan.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null}
            </Card>
          ))}
        </Space>
      )}
      {editing ? <PlanModal batch={batch} plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

/** A plan per accepted person or for the whole batch: content, schedule, budget, who does it. */
function PlanModal({ batch, plan, onClose }: { batch: BatchView; plan: PlanView | null; onClose: () => void }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const { message } = App.useApp();
  const save = useSavePlan(batch.batchNo);
  const accepted = batch.items.filter((i) => i.status === 'ACCEPTED');
  const [itemId, setItemId] = useState<number | null>(plan ? plan.itemId : null);
  const [contents, setContents] = useState<PlanContent[]>(plan?.contents ?? []);
  const [from, setFrom] = useState(plan?.scheduleFrom ?? todayInShanghai());
  const [to, setTo] = useState(plan?.scheduleTo ?? '');
  const [budget, setBudget] = useState<number | null>(plan?.budget ?? null);
  const [responsible, setResponsible] = useState(plan?.responsiblePerson ?? '');
  const [phone, setPhone] = useState(plan?.responsiblePhone ?? '');
  const [description, setDescription] = useState(plan?.description ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (contents.length === 0) return setProblem(t('plan.contentsRequired'));
    if (!from || !to || budget === null || !responsible.trim()) return setProblem(t('plan.required'));
    if (to < from) return setProblem(t('plan.toBeforeFrom'));
    setProblem(null);
    save.mutate(
      {
        planId: plan?.id,
        body: {
          itemId,
          contents,
          scheduleFrom: from,
          scheduleTo: to,
          budget,
          responsiblePerson: responsible.trim(),
          ...(phone.trim() ? { responsiblePhone: phone.trim() } : {}),
          ...(description.trim() ? { description: description.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('plan.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open title={plan ? t('plan.edit') : t('plan.add')} onCancel={onClose} footer={null} destroyOnHidden width={600}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('plan.for')}</Typography.Text>
        <Radio.Group value={itemId ?? 0} onChange={(e) => setItemId((e.target.value as number) || null)} disabled={!!plan}>
          <Space wrap>
            <Radio value={0} data-testid="plan-for-batch">
              {t('batch.wholeBatch')}
            </Radio>
            {accepted.map((i) => (
              <Radio key={i.id} value={i.id} data-testid={`plan-for-${i.id}`}>
                {i.recipientName}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
        <Typography.Text>{t('plan.contents')}</Typography.Text>
        <Checkbox.Group value={contents} onChange={(v) => setContents(v as PlanContent[])}>
          <Space direction="vertical">
            {PLAN_CONTENTS.map((c) => (
              <Checkbox key={c} value={c} data-testid={`plan-content-${c}`}>
                {label('content', c)}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
        <div className="form-row">
          <label>
            {t('plan.scheduleFrom')}
            <DateField value={from} onChange={setFrom} testId="plan-from" />
          </label>
          <label>
            {t('plan.scheduleTo')}
            <DateField value={to} onChange={setTo} min={from || undefined} testId="plan-to" />
          </label>
        </div>
        <div className="form-row">
          <label>
            {t('plan.budget')}
            <span data-testid="plan-budget" style={{ display: 'block' }}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} value={budget} onChange={(v) => setBudget(v)} />
            </span>
          </label>
          <label>
            {t('plan.responsible')}
            <Input maxLength={50} value={responsible} onChange={(e) => setResponsible(e.target.value)} data-testid="plan-responsible" />
          </label>
          <label>
            {t('plan.responsiblePhone')}
            <Input maxLength={20} inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="plan-phone" />
          </label>
        </div>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('plan.description')} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="plan-description" />
        {problem ? <Typography.Text type="danger" data-testid="plan-problem">{problem}</Typography.Text> : null}
        <ErrorAlert error={save.error} testId="plan-error" />
        <Button type="primary" block loading={save.isPending} onClick={submit} data-testid="plan-save">
          {t('common:save')}
        </Button>
      </Space>
    </Modal>
  );
}

/** The submit / return / resubmit / agree loop, oldest first. */
export function ApprovalHistory({ approvals }: { approvals: ApprovalEntry[] }) {
  const words = useProcessWords();
  const t = useReferralsT();
  const label = useReferralsLabel();
  if (approvals.length === 0) return null;
  return (
    <Card size="small" title={t('batch.reviews')} data-testid="review-history">
      <Timeline
        items={approvals.map((r, i) => ({
          key: i,
          color: r.action === 'AGREED' ? 'green' : r.action === 'RETURNED' ? 'orange' : 'blue',
          children: (
            <>
              {t('batch.round', { round: r.round })} · {label('reviewAction', r.action)} · {words.actor(r.actorName)} · {formatDateTime(r.at)}
              {r.comment ? <div>{r.comment}</div> : null}
            </>
          ),
        }))}
      />
    </Card>
  );
}

export function ActivitiesList({ activities }: { activities: ActivityView[] }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  return (
    <Card size="small" title={t('batch.activities')} data-testid="activities">
      {activities.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : (
        <Timeline
          items={activities.map((a) => ({
            key: a.id,
            children: (
              <>
                {a.activityDate} · {a.recipientName} · {label('content', a.kind)}
                {a.amount != null ? ` · ${t('common:yuan', { amount: a.amount.toFixed(2) })}` : ''}
                <div>{a.description}</div>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** Contents of the agreed plan covering a person: what an activity may be. */
export function planContentsFor(batch: BatchView, item: ItemView): PlanContent[] {
  const plan = batch.plans.find((p) => p.id === item.planId);
  return plan ? plan.contents : [...PLAN_CONTENTS];
}

export function ActivityModal({ batch, item, onClose }: { batch: BatchView; item: ItemView; onClose: () => void }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const { message } = App.useApp();
  const record = useRecordActivity(batch.batchNo);
  const kinds = planContentsFor(batch, item);
  const [kind, setKind] = useState<PlanContent | undefined>(kinds.length === 1 ? kinds[0] : undefined);
  const [date, setDate] = useState(todayInShanghai());
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (!kind || !date || !description.trim()) return setProblem(t('plan.required'));
    setProblem(null);
    record.mutate(
      { itemId: item.id, activityDate: date, kind, description: description.trim(), ...(amount != null ? { amount } : {}) },
      {
        onSuccess: () => {
          void message.success(t('activity.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open title={`${t('activity.title')}${colon()}${item.recipientName}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('activity.kind')}</Typography.Text>
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as PlanContent)}>
          <Space direction="vertical">
            {kinds.map((c) => (
              <Radio key={c} value={c} data-testid={`activity-kind-${c}`}>
                {label('content', c)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
        <label>
          {t('activity.date')}
          <DateField max={todayInShanghai()} value={date} onChange={setDate} testId="activity-date" />
        </label>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('activity.description')} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="activity-description" />
        <InputNumber min={0} precision={2} style={{ width: '100%' }} placeholder={t('activity.amount')} value={amount} onChange={(v) => setAmount(v)} data-testid="activity-amount" />
        {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
        <ErrorAlert error={record.error} testId="activity-error" />
        <Button type="primary" block loading={record.isPending} onClick={submit} data-testid="activity-submit">
          {t('common:save')}
        </Button>
      </Space>
    </Modal>
  );
}

export function CloseModal({ batch, item, onClose }: { batch: BatchView; item: ItemView; onClose: () => void }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const { message } = App.useApp();
  const close = useCloseItem(batch.batchNo);
  const [outcome, setOutcome] = useState<Outcome>('HELPED');
  const [reason, setReason] = useState<OutcomeReason | undefined>();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (outcome === 'NOT_HELPED' && !reason) return setProblem(t('close.reasonRequired'));
    if (reason === 'OTHER' && outcome === 'NOT_HELPED' && !note.trim()) return setProblem(t('close.noteRequired'));
    setProblem(null);
    close.mutate(
      {
        itemId: item.id,
        body: { outcome, ...(outcome === 'NOT_HELPED' ? { reason } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      },
      {
        onSuccess: () => {
          void message.success(t('close.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open title={t('close.title', { name: item.recipientName })} onCancel={onClose} footer={null} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
          <Radio value="HELPED" data-testid="close-outcome-HELPED">
            {label('outcome', 'HELPED')}
          </Radio>
          <Radio value="NOT_HELPED" data-testid="close-outcome-NOT_HELPED">
            {label('outcome', 'NOT_HELPED')}
          </Radio>
        </Radio.Group>
        {outcome === 'NOT_HELPED' ? (
          <Radio.Group value={reason} onChange={(e) => setReason(e.target.value as OutcomeReason)}>
            <Space direction="vertical">
              {OUTCOME_REASONS.map((r) => (
                <Radio key={r} value={r} data-testid={`close-reason-${r}`}>
                  {label('outcomeReason', r)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        ) : null}
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('close.note')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="close-note" />
        {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
        <ErrorAlert error={close.error} testId="close-error" />
        <Button type="primary" block loading={close.isPending} onClick={submit} data-testid="close-submit">
          {t('batch.close')}
        </Button>
      </Space>
    </Modal>
  );
}
