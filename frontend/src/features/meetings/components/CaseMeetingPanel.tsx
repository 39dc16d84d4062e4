import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Skeleton, Space, Typography } from 'antd';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/dates';
import { useItems, useListItem } from '../api/meetings';
import { useMeetingsLabel, useMeetingsT } from '../i18n';
import { DecisionText, ErrorAlert, ItemLink, LoadError, StatusTag } from './parts';

/** 联席会议 on the case page: the case's agenda items and, for the street clerk or the district, 提交联席会议. */
export function CaseMeetingPanel({ caseNo }: { caseNo: string }) {
  const user = useCurrentUser();
  const t = useMeetingsT();
  const label = useMeetingsLabel();
  const reader = hasAnyRole(user, 'STREET_CLERK', 'DISTRICT_MANAGER', 'ADMIN');
  const items = useItems({ caseNo, page: 0, size: 20 }, reader);
  if (!reader) return null;
  const open = items.data?.items.some((i) => i.status !== 'CLOSED' && i.status !== 'NOT_TAKEN') ?? false;
  const mayList = hasAnyRole(user, 'STREET_CLERK', 'DISTRICT_MANAGER') && !open;
  return (
    <Card size="small" title={t('common.meeting')} data-testid="case-meetings" extra={mayList ? <ListButton caseNo={caseNo} /> : null}>
      {items.isPending ? (
        <Skeleton active />
      ) : items.isError ? (
        <LoadError error={items.error} />
      ) : items.data.items.length === 0 ? (
        <Empty description={t('list.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {items.data.items.map((i) => (
            <Card key={i.itemNo} size="small" className="page-card" data-testid={`case-meeting-${i.itemNo}`}>
              <Space wrap>
                <ItemLink itemNo={i.itemNo} />
                <StatusTag status={i.status} />
              </Space>
              <div>{i.need}</div>
              <DecisionText item={i} />
              {i.outcome ? (
                <div>
                  {t('common.outcome')}：{label('outcome', i.outcome)}
                  {i.outcomeSummary ? ` · ${i.outcomeSummary}` : ''}
                </div>
              ) : null}
              <Typography.Text type="secondary">{formatDateTime(i.listedAt)}</Typography.Text>
            </Card>
          ))}
        </Space>
      )}
    </Card>
  );
}

function ListButton({ caseNo }: { caseNo: string }) {
  const t = useMeetingsT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ need: string; whyNotMet: string }>();
  const list = useListItem();
  const submit = (v: { need: string; whyNotMet: string }) =>
    list.mutate(
      { caseNo, need: v.need.trim(), whyNotMet: v.whyNotMet.trim() },
      {
        onSuccess: () => {
          void message.success(t('list.done'));
          setOpen(false);
          form.resetFields();
        },
      },
    );
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="meeting-list">
        {t('list.button')}
      </Button>
      <Modal open={open} title={t('list.title')} onCancel={() => setOpen(false)} onOk={() => form.submit()}
        confirmLoading={list.isPending} okButtonProps={{ 'data-testid': 'meeting-list-submit' } as ButtonProps} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('list.hint')}</Typography.Paragraph>
        <ErrorAlert error={list.error} testId="meeting-list-error" />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="need" label={t('common.need')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="meeting-need" />
          </Form.Item>
          <Form.Item name="whyNotMet" label={t('common.whyNotMet')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="meeting-why" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
