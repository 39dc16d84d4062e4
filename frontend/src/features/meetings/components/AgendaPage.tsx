import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Pagination, Select, Skeleton, Space, Table, Tabs, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { Forbidden } from '@/components/PageParts';
import { DateField } from '@/components/DateFields';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDateTime, todayInShanghai } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useItems, useMeetings, useSchedule } from '../api/meetings';
import { useMeetingsLabel, useMeetingsT } from '../i18n';
import { ITEM_STATUSES, type AgendaItemRow, type ItemStatus, type MeetingRow } from '../types';
import { DecisionText, ErrorAlert, ItemLink, LoadError, PageTitle, StatusTag } from './parts';

/** 联席会议议题 (the district; street clerks read their own) or 社工机构转介 (an agency: items referred to it). */
export function AgendaPage() {
  const user = useCurrentUser();
  const t = useMeetingsT();
  const agency = hasAnyRole(user, 'SOCIAL_WORK_AGENCY');
  const manager = hasAnyRole(user, 'DISTRICT_MANAGER');
  if (!hasAnyRole(user, 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN', 'SOCIAL_WORK_AGENCY')) return <Forbidden testId="meetings-forbidden" />;
  return (
    <div data-testid="meetings-agenda">
      <PageTitle>{agency ? t('agenda.agencyTitle') : t('agenda.title')}</PageTitle>
      {agency ? null : <Typography.Paragraph type="secondary">{t('agenda.hint')}</Typography.Paragraph>}
      {manager ? (
        <Tabs
          items={[
            { key: 'items', label: t('agenda.items'), children: <ItemsList selectable /> },
            { key: 'meetings', label: t('agenda.meetings'), children: <MeetingsList /> },
          ]}
        />
      ) : (
        <ItemsList selectable={false} />
      )}
    </div>
  );
}

function ItemsList({ selectable }: { selectable: boolean }) {
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  const narrow = useIsNarrow();
  const [status, setStatus] = useState<ItemStatus | undefined>();
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const size = 20;
  const items = useItems({ status, page, size });
  const selectableRow = (i: AgendaItemRow) => selectable && i.status === 'LISTED';
  const toggle = (itemNo: string) => setSelected((s) => (s.includes(itemNo) ? s.filter((x) => x !== itemNo) : [...s, itemNo]));
  const task = (i: AgendaItemRow) => (i.taskId ? <Link to={`/tasks/${i.taskId}`}>{i.taskName ?? t('common.openTask')}</Link> : null);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<ItemStatus | ''>
          style={{ minWidth: 180 }}
          value={status ?? ''}
          data-testid="agenda-status"
          onChange={(v) => {
            setStatus(v || undefined);
            setPage(0);
          }}
          options={[{ value: '', label: t('common:all') }, ...ITEM_STATUSES.map((s) => ({ value: s, label: label('itemStatus', s) }))]}
        />
        {selectable ? <ScheduleButton itemNos={selected} onDone={() => setSelected([])} /> : null}
        {selectable ? <Typography.Text type="secondary">{selected.length ? t('agenda.selected', { count: selected.length }) : t('agenda.selectHint')}</Typography.Text> : null}
      </Space>
      {items.isPending ? (
        <Skeleton active />
      ) : items.isError ? (
        <LoadError error={items.error} />
      ) : items.data.items.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : narrow ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {items.data.items.map((i) => (
            <Card key={i.itemNo} size="small" data-testid={`agenda-row-${i.itemNo}`}>
              <Space wrap>
                {selectableRow(i) ? (
                  <input type="checkbox" aria-label={i.itemNo} checked={selected.includes(i.itemNo)} onChange={() => toggle(i.itemNo)}
                    data-testid={`agenda-select-${i.itemNo}`} />
                ) : null}
                <ItemLink itemNo={i.itemNo} />
                <StatusTag status={i.status} />
              </Space>
              <div>
                {i.personName} · {i.villageName ?? ''}
              </div>
              <div>{i.need}</div>
              <DecisionText item={i} />
              <div>
                <Typography.Text type="secondary">{formatDateTime(i.listedAt)}</Typography.Text>
              </div>
              {task(i)}
            </Card>
          ))}
        </Space>
      ) : (
        <Table<AgendaItemRow>
          rowKey="itemNo"
          size="small"
          pagination={false}
          dataSource={items.data.items}
          rowSelection={
            selectable
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (i) => ({ disabled: !selectableRow(i), 'data-testid': `agenda-select-${i.itemNo}` }) as object,
                }
              : undefined
          }
          onRow={(i) => ({ 'data-testid': `agenda-row-${i.itemNo}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('common.itemNo'), render: (_, i) => <ItemLink itemNo={i.itemNo} /> },
            { title: t('common.person'), render: (_, i) => `${i.personName} · ${i.villageName ?? ''}` },
            { title: t('common.need'), dataIndex: 'need', ellipsis: true },
            { title: t('common:status'), render: (_, i) => <StatusTag status={i.status} /> },
            { title: t('common.decision'), render: (_, i) => <DecisionText item={i} /> },
            { title: t('common.listedAt'), render: (_, i) => formatDateTime(i.listedAt) },
            { title: t('common:actions'), render: (_, i) => task(i) },
          ]}
        />
      )}
      {items.data ? (
        <Pagination style={{ marginTop: 12 }} size="small" current={page + 1} pageSize={size} total={items.data.total}
          showTotal={(total) => t('common:total', { total })} onChange={(p) => setPage(p - 1)} />
      ) : null}
    </>
  );
}

/** 安排会议: the date, who was present, and the ticked items. */
function ScheduleButton({ itemNos, onDone }: { itemNos: string[]; onDone: () => void }) {
  const t = useMeetingsT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ heldOn: string; attendees: string; note?: string }>();
  const schedule = useSchedule();
  const submit = (v: { heldOn: string; attendees: string; note?: string }) =>
    schedule.mutate(
      { heldOn: v.heldOn, attendees: v.attendees.trim(), ...(v.note?.trim() ? { note: v.note.trim() } : {}), itemNos },
      {
        onSuccess: () => {
          void message.success(t('agenda.scheduled'));
          setOpen(false);
          onDone();
        },
      },
    );
  return (
    <>
      <Button type="primary" disabled={itemNos.length === 0} onClick={() => setOpen(true)} data-testid="agenda-schedule">
        {t('agenda.schedule')}
      </Button>
      <Modal open={open} title={t('agenda.schedule')} onCancel={() => setOpen(false)} onOk={() => form.submit()}
        confirmLoading={schedule.isPending} okButtonProps={{ 'data-testid': 'schedule-submit' } as ButtonProps} destroyOnHidden>
        <Typography.Paragraph>{t('agenda.selected', { count: itemNos.length })}</Typography.Paragraph>
        <ErrorAlert error={schedule.error} testId="schedule-error" />
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ heldOn: todayInShanghai() }}>
          <Form.Item name="heldOn" label={t('agenda.heldOn')} rules={[{ required: true }]}>
            <DateField testId="schedule-date" />
          </Form.Item>
          <Form.Item name="attendees" label={t('agenda.attendees')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="schedule-attendees" />
          </Form.Item>
          <Form.Item name="note" label={t('agenda.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function MeetingsList() {
  const t = useMeetingsT();
  const [page, setPage] = useState(0);
  const size = 20;
  const meetings = useMeetings({ page, size });
  if (meetings.isPending) return <Skeleton active />;
  if (meetings.isError) return <LoadError error={meetings.error} />;
  if (meetings.data.items.length === 0) return <Empty description={t('common:empty')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {meetings.data.items.map((m: MeetingRow) => (
        <Card key={m.meetingNo} size="small" data-testid={`meeting-row-${m.meetingNo}`}>
          <Space wrap>
            <Link to={`/meetings/m/${encodeURIComponent(m.meetingNo)}`}>{m.heldOn}</Link>
            <span>{t('agenda.itemCount', { count: m.itemCount })}</span>
            {m.undecided > 0 ? <Typography.Text type="warning">{t('agenda.undecided', { count: m.undecided })}</Typography.Text> : null}
          </Space>
          <div>
            <Typography.Text type="secondary">{m.attendees}</Typography.Text>
          </div>
        </Card>
      ))}
      <Pagination size="small" current={page + 1} pageSize={size} total={meetings.data.total} onChange={(p) => setPage(p - 1)} />
    </Space>
  );
}
