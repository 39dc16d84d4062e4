import { useState } from 'react';
import { colon } from '@/i18n';
import { DateField } from '@/components/DateFields';
import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Skeleton, Space, Table, Tag } from 'antd';
import type { FormInstance } from 'antd';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useAid, useCreateHelper, useHelpers, useRecordAid } from '../api/use-services';
import { useServicesT } from '../i18n';
import { monthInShanghai, todayInShanghai } from '@/lib/dates';
import { isVillageOfficer } from '../lib/roles';
import type { AidRequest, AidRow, Helper, HelperRequest } from '../types';
import { Forbidden, LoadError, MonthInput, PageTitle } from './parts';

/** 邻里互助: registered neighbour helpers and the help they gave; the village records both. */
export function HelpersPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const [month, setMonth] = useState(monthInShanghai());
  const helpers = useHelpers();
  const aid = useAid(month || undefined);
  const [adding, setAdding] = useState(false);
  const [aidFor, setAidFor] = useState<Helper | null>(null);
  if (!hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS)) return <Forbidden />;
  const officer = isVillageOfficer(user);
  return (
    <div data-testid="services-helpers">
      <PageTitle
        extra={
          officer ? (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="helper-add">
              {t('helpers.add')}
            </Button>
          ) : null
        }
      >
        {t('helpers.title')}
      </PageTitle>
      {helpers.isPending ? (
        <Skeleton active />
      ) : helpers.isError ? (
        <LoadError error={helpers.error} />
      ) : helpers.data.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : (
        <Table<Helper>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={helpers.data}
          onRow={(h) => ({ 'data-testid': `helper-row-${h.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('helpers.name'), render: (_, h) => (h.active ? h.name : <Tag>{h.name}</Tag>) },
            { title: t('common:village'), dataIndex: 'villageName' },
            { title: t('helpers.phone'), dataIndex: 'phoneMasked' },
            { title: t('helpers.trainedOn'), render: (_, h) => h.trainedOn ?? '' },
            { title: t('helpers.aidThisMonth'), dataIndex: 'aidThisMonth' },
            {
              title: t('common:actions'),
              render: (_, h) =>
                officer ? (
                  <Button size="small" onClick={() => setAidFor(h)} data-testid={`helper-aid-${h.id}`}>
                    {t('helpers.recordAid')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      <Card size="small" title={t('helpers.aidTitle')} style={{ marginTop: 16 }} extra={<MonthInput value={month} onChange={setMonth} />}>
        {aid.isPending ? (
          <Skeleton active />
        ) : aid.isError ? (
          <LoadError error={aid.error} />
        ) : (
          <Table<AidRow>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            dataSource={aid.data}
            columns={[
              { title: t('helpers.aidDate'), dataIndex: 'aidDate' },
              { title: t('helpers.helper'), dataIndex: 'helperName' },
              { title: t('common.recipient'), dataIndex: 'recipientName' },
              { title: t('common.minutes'), dataIndex: 'minutes' },
              { title: t('helpers.content'), dataIndex: 'content' },
              { title: t('deliveries.statement'), render: (_, a) => a.statementNo ?? '' },
            ]}
          />
        )}
      </Card>
      {adding ? <HelperModal villageCode={user?.orgCode ?? ''} onClose={() => setAdding(false)} /> : null}
      {aidFor ? <AidModal helper={aidFor} onClose={() => setAidFor(null)} /> : null}
    </div>
  );
}

/** Field errors of a 400 onto the form's fields. */
type FieldData<T> = Parameters<FormInstance<T>['setFields']>[0][number];

function fieldErrors<T>(error: unknown): FieldData<T>[] {
  return isApiError(error)
    ? error.fieldErrors.map((f) => ({ name: f.field as FieldData<T>['name'], errors: [f.message] }))
    : [];
}

function HelperModal({ villageCode, onClose }: { villageCode: string; onClose: () => void }) {
  const t = useServicesT();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const create = useCreateHelper();
  const [form] = Form.useForm<HelperRequest>();
  return (
    <Modal open title={t('helpers.add')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<HelperRequest>
        form={form}
        layout="vertical"
        initialValues={{ villageCode }}
        onFinish={(values) =>
          create.mutate(
            { ...values, trainedOn: values.trainedOn || undefined },
            {
              onSuccess: () => {
                void message.success(t('helpers.saved'));
                onClose();
              },
              onError: (e) => {
                const fields = fieldErrors<HelperRequest>(e);
                if (fields.length) form.setFields(fields);
                else void message.error(errorText(e));
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('helpers.name')} rules={[{ required: true }]}>
          <Input maxLength={50} data-testid="helper-name" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('helpers.idNumber')} rules={[{ required: true }]}>
          <Input maxLength={18} data-testid="helper-id-number" />
        </Form.Item>
        <Form.Item name="phone" label={t('helpers.phone')} rules={[{ required: true }]}>
          <Input maxLength={20} inputMode="tel" data-testid="helper-phone" />
        </Form.Item>
        <Form.Item name="villageCode" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="trainedOn" label={t('helpers.trainedOn')}>
          <DateField allowClear testId="helper-trained-on" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={create.isPending} data-testid="helper-submit">
          {t('common:save')}
        </Button>
      </Form>
    </Modal>
  );
}

function AidModal({ helper, onClose }: { helper: Helper; onClose: () => void }) {
  const t = useServicesT();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const record = useRecordAid();
  const [form] = Form.useForm<AidRequest>();
  return (
    <Modal open title={`${t('helpers.recordAid')}${colon()}${helper.name}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<AidRequest>
        form={form}
        layout="vertical"
        initialValues={{ aidDate: todayInShanghai(), minutes: 60 }}
        onFinish={(values) =>
          record.mutate(
            { helperId: helper.id, body: { ...values, caseNo: values.caseNo.trim() } },
            {
              onSuccess: () => {
                void message.success(t('helpers.saved'));
                onClose();
              },
              onError: (e) => {
                const fields = fieldErrors<AidRequest>(e);
                if (fields.length) form.setFields(fields);
                else void message.error(errorText(e));
              },
            },
          )
        }
      >
        <Form.Item name="caseNo" label={t('helpers.caseNo')} rules={[{ required: true }]}>
          <Input placeholder="SA-2026-000001" data-testid="aid-case-no" />
        </Form.Item>
        <Form.Item name="aidDate" label={t('helpers.aidDate')} rules={[{ required: true }]}>
          <DateField testId="aid-date" />
        </Form.Item>
        <Form.Item name="minutes" label={t('common.minutes')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1440} style={{ width: '100%' }} data-testid="aid-minutes" />
        </Form.Item>
        <Form.Item name="content" label={t('helpers.content')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="aid-content" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="aid-submit">
            {t('common:save')}
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}
