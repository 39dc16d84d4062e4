import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { DateField } from '@/components/DateFields';
import { formatDateTime, todayInShanghai } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useAgencies, useDecide, useRecordDelivery } from '../api/meetings';
import { useMeetingsLabel, useMeetingsT } from '../i18n';
import { DEPARTMENT_KINDS, type AgendaItemRow, type AgendaItemView, type Decision, type DepartmentKind, type ItemStatus } from '../types';

export { LoadError, PageTitle } from '@/components/PageParts';

const STATUS_COLORS: Record<ItemStatus, string> = {
  LISTED: 'gold',
  SCHEDULED: 'purple',
  DEPARTMENT: 'blue',
  AGENCY_PLANNING: 'blue',
  AGENCY_REVIEW: 'purple',
  AGENCY_SERVING: 'green',
  AGENCY_CLOSING: 'orange',
  NOT_TAKEN: 'default',
  CLOSED: 'default',
};

export function StatusTag({ status, testId }: { status: ItemStatus; testId?: string }) {
  const label = useMeetingsLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {label('itemStatus', status)}
    </Tag>
  );
}

export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const message = useErrorMessage();
  return error ? <Alert type="error" showIcon message={message(error)} data-testid={testId} style={{ marginBottom: 8 }} /> : null;
}

/** What the meeting decided, in words: the department or agency, or the reason for not taking it up. */
export function DecisionText({ item }: { item: AgendaItemRow }) {
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  if (!item.decision) return null;
  const target =
    item.decision === 'DEPARTMENT' ? label('department', item.departmentKind) : item.decision === 'AGENCY' ? (item.agencyName ?? '') : '';
  return (
    <span data-testid={`item-decision-${item.itemNo}`}>
      {t('common.decision')}：{label('decision', item.decision)}
      {target ? `（${target}）` : ''}
      {item.decisionNote ? ` · ${item.decisionNote}` : ''}
    </span>
  );
}

/** The item's heading card: person, village, need, why, status, decision and outcome. */
export function ItemCard({ view, extra }: { view: AgendaItemView; extra?: React.ReactNode }) {
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  const item = view.item;
  return (
    <Card size="small" title={t('item.title', { itemNo: item.itemNo })} extra={<StatusTag status={item.status} testId="item-status" />}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('common.person')}>
          {item.personName} · {item.villageName ?? ''}
        </Descriptions.Item>
        {view.phone ? <Descriptions.Item label={t('common.phone')}>{view.phone}</Descriptions.Item> : null}
        {view.address ? <Descriptions.Item label={t('common.address')}>{view.address}</Descriptions.Item> : null}
        <Descriptions.Item label={t('common.need')}>{item.need}</Descriptions.Item>
        <Descriptions.Item label={t('common.whyNotMet')}>{item.whyNotMet}</Descriptions.Item>
        <Descriptions.Item label={t('common.listedAt')}>
          {formatDateTime(item.listedAt)}
          {item.listedByName ? ` · ${item.listedByName}` : ''}
        </Descriptions.Item>
        {item.meetingNo ? (
          <Descriptions.Item label={t('common.meeting')}>
            {item.heldOn}
            {view.attendees ? ` · ${t('item.attendees', { attendees: view.attendees })}` : ''}
          </Descriptions.Item>
        ) : null}
        {item.decision ? (
          <Descriptions.Item label={t('common.decision')}>
            <DecisionText item={item} />
          </Descriptions.Item>
        ) : null}
        {item.outcome ? (
          <Descriptions.Item label={t('common.outcome')}>
            <Tag color={item.outcome === 'RESOLVED' ? 'green' : 'default'} data-testid="item-outcome">
              {label('outcome', item.outcome)}
            </Tag>
            {item.outcomeSummary}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {item.returnedNote && item.status === 'LISTED' ? <Alert type="warning" showIcon message={t('item.returned', { note: item.returnedNote })} /> : null}
      {extra}
    </Card>
  );
}

/** Every round of the agency's plan with the district's answer. */
export function PlanRounds({ view }: { view: AgendaItemView }) {
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  return (
    <Card size="small" title={t('item.plans')} data-testid="item-plans">
      {view.plans.length === 0 ? (
        <Empty description={t('item.noPlans')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {[...view.plans].reverse().map((p) => (
            <Card key={p.round} size="small" type="inner" data-testid={`plan-round-${p.round}`}
              title={t('item.round', { round: p.round })}
              extra={
                <Tag color={p.reviewAction === 'AGREED' ? 'green' : p.reviewAction === 'RETURNED' ? 'orange' : 'gold'}>
                  {label('planAction', p.reviewAction ?? 'WAITING')}
                </Tag>
              }
            >
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('item.goals')}>{p.goals}</Descriptions.Item>
                <Descriptions.Item label={t('item.services')}>{p.services}</Descriptions.Item>
                <Descriptions.Item label={t('item.schedule')}>
                  {p.scheduleFrom} ~ {p.scheduleTo}
                </Descriptions.Item>
                <Descriptions.Item label={t('item.staff')}>{p.staff}</Descriptions.Item>
                <Descriptions.Item label={t('item.budget')}>{p.budget}</Descriptions.Item>
              </Descriptions>
              <Typography.Text type="secondary">
                {t('item.submittedBy', { name: p.submittedByName ?? '', at: formatDateTime(p.submittedAt) })}
              </Typography.Text>
              {p.reviewAction ? (
                <div>
                  <Typography.Text type="secondary">
                    {t('item.reviewedBy', { name: p.reviewedByName ?? '', at: formatDateTime(p.reviewedAt) })}
                  </Typography.Text>
                  {p.reviewComment ? <div data-testid={`plan-comment-${p.round}`}>{p.reviewComment}</div> : null}
                </div>
              ) : null}
            </Card>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** The agency's deliveries; the agency records a new one while it serves. */
export function Deliveries({ view, canAdd }: { view: AgendaItemView; canAdd: boolean }) {
  const t = useMeetingsT();
  return (
    <Card size="small" title={t('item.deliveries')} data-testid="item-deliveries" extra={canAdd ? <DeliveryButton itemNo={view.item.itemNo} /> : null}>
      {view.deliveries.length === 0 ? (
        <Empty description={t('item.noDeliveries')} />
      ) : (
        <List
          size="small"
          dataSource={view.deliveries}
          renderItem={(d) => (
            <List.Item key={d.id} data-testid={`delivery-${d.id}`}>
              {d.deliveredOn} · {d.content} · {t('item.minutes', { count: d.durationMinutes })}
              {d.recordedByName ? ` · ${d.recordedByName}` : ''}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function DeliveryButton({ itemNo }: { itemNo: string }) {
  const t = useMeetingsT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ deliveredOn: string; content: string; durationMinutes: number }>();
  const record = useRecordDelivery();
  const today = todayInShanghai();
  const submit = (v: { deliveredOn: string; content: string; durationMinutes: number }) =>
    record.mutate(
      { itemNo, body: { deliveredOn: v.deliveredOn, content: v.content.trim(), durationMinutes: v.durationMinutes } },
      {
        onSuccess: () => {
          void message.success(t('item.deliveryAdded'));
          setOpen(false);
          form.resetFields();
        },
      },
    );
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="delivery-add">
        {t('item.addDelivery')}
      </Button>
      <Modal open={open} title={t('item.addDelivery')} onCancel={() => setOpen(false)} onOk={() => form.submit()}
        confirmLoading={record.isPending} okButtonProps={{ 'data-testid': 'delivery-submit' } as ButtonProps} destroyOnHidden>
        <ErrorAlert error={record.error} testId="delivery-error" />
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ deliveredOn: today, durationMinutes: 60 }}>
          <Form.Item name="deliveredOn" label={t('item.deliveredOn')} rules={[{ required: true }]}>
            <DateField max={today} testId="delivery-date" />
          </Form.Item>
          <Form.Item name="content" label={t('item.content')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="delivery-content" />
          </Form.Item>
          <Form.Item name="durationMinutes" label={t('item.duration')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1440} precision={0} style={{ width: '100%' }} data-testid="delivery-duration" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

interface DecisionValues {
  decision: Decision;
  departmentKind?: DepartmentKind;
  agencyCode?: string;
  note?: string;
}

/** 记录决定: the manager records the meeting's decision on one item, after a confirmation (it cannot be changed). */
export function DecideButton({ item }: { item: AgendaItemRow }) {
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form);
  const decide = useDecide();
  const agencies = useAgencies(open);
  const submit = (v: DecisionValues) => {
    const agencyName = agencies.data?.find((a) => a.code === v.agencyCode)?.name;
    const words =
      label('decision', v.decision) +
      (v.decision === 'DEPARTMENT' ? `（${label('department', v.departmentKind)}）` : v.decision === 'AGENCY' ? `（${agencyName ?? ''}）` : '');
    modal.confirm({
      title: t('decide.confirmTitle'),
      content: t('decide.confirmBody', { decision: words }),
      okButtonProps: { 'data-testid': 'decide-confirm' } as ButtonProps,
      onOk: () =>
        decide.mutateAsync(
          {
            itemNo: item.itemNo,
            body: {
              decision: v.decision,
              ...(v.decision === 'DEPARTMENT' ? { departmentKind: v.departmentKind } : {}),
              ...(v.decision === 'AGENCY' ? { agencyCode: v.agencyCode } : {}),
              ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            },
          },
          {
            onSuccess: () => {
              void message.success(t('decide.done'));
              setOpen(false);
            },
          },
        ).catch(() => undefined),
    });
  };
  return (
    <>
      <Button type="primary" size="small" onClick={() => setOpen(true)} data-testid={`decide-${item.itemNo}`}>
        {t('decide.button')}
      </Button>
      <Modal open={open} title={t('decide.title')} onCancel={() => setOpen(false)} onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'decide-submit' } as ButtonProps} destroyOnHidden>
        <Typography.Paragraph>
          {item.personName} · {item.need}
        </Typography.Paragraph>
        <ErrorAlert error={decide.error} testId="decide-error" />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="decision" label={t('decide.kind')} rules={[{ required: true }]}>
            <Select
              data-testid="decide-kind"
              options={(['DEPARTMENT', 'AGENCY', 'NOT_TAKEN'] as const).map((d) => ({ value: d, label: label('decision', d) }))}
            />
          </Form.Item>
          {decision === 'DEPARTMENT' ? (
            <Form.Item name="departmentKind" label={t('decide.department')} rules={[{ required: true, message: t('decide.chooseDepartment') }]}>
              <Select data-testid="decide-department" options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: label('department', k) }))} />
            </Form.Item>
          ) : null}
          {decision === 'AGENCY' ? (
            <Form.Item name="agencyCode" label={t('decide.agency')} rules={[{ required: true, message: t('decide.chooseAgency') }]}>
              <Select data-testid="decide-agency" loading={agencies.isPending}
                options={(agencies.data ?? []).map((a) => ({ value: a.code, label: a.name }))} />
            </Form.Item>
          ) : null}
          <Form.Item name="note" label={t('decide.note')}
            rules={decision === 'NOT_TAKEN' ? [{ required: true, whitespace: true, message: t('decide.reasonRequired') }] : []}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="decide-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A link to the item page. */
export function ItemLink({ itemNo }: { itemNo: string }) {
  return (
    <Link to={`/meetings/items/${encodeURIComponent(itemNo)}`} data-testid={`item-open-${itemNo}`}>
      {itemNo}
    </Link>
  );
}
