import { useState } from 'react';
import { colon } from '@/i18n';
import { DateField } from '@/components/DateFields';
import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useCatalogue } from '@/lib/catalogue';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useContracts, useCreateContract, useProviders } from '../api/use-services';
import { useServicesT } from '../i18n';
import { yuan } from '../lib/dates';
import { isDistrict } from '../lib/roles';
import type { Contract, Provider } from '../types';
import { Forbidden, LoadError, PageTitle } from './parts';

/** 服务合同: which provider serves which items where, at what price; the district signs new ones. */
export function ContractsPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const contracts = useContracts();
  const official = hasAnyRole(user, ...ROLE_GROUPS.SUPERVISORS);
  const providers = useProviders(official);
  const [creating, setCreating] = useState(false);
  if (!hasAnyRole(user, ...ROLE_GROUPS.SUPERVISORS_AND_PROVIDERS)) return <Forbidden />;
  return (
    <div data-testid="services-contracts">
      <PageTitle
        extra={
          isDistrict(user) ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="contract-create">
              {t('contracts.create')}
            </Button>
          ) : null
        }
      >
        {t('contracts.title')}
      </PageTitle>
      {contracts.isPending ? (
        <Skeleton active />
      ) : contracts.isError ? (
        <LoadError error={contracts.error} />
      ) : contracts.data.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {contracts.data.map((c: Contract) => (
            <Card
              key={c.id}
              size="small"
              data-testid={`contract-row-${c.contractNo}`}
              title={
                <Space wrap>
                  <Typography.Text strong>{c.providerName}</Typography.Text>
                  <Typography.Text type="secondary">{c.contractNo}</Typography.Text>
                </Space>
              }
            >
              <div>
                {t('contracts.validity')}{colon()}{c.validFrom} ~ {c.validTo}
              </div>
              <div>
                {t('contracts.areas')}{colon()}
                {c.areas.map((a) => (
                  <Tag key={a.code}>{a.name}</Tag>
                ))}
              </div>
              <div>
                {t('contracts.items')}{colon()}
                {c.items.map((i) => (
                  <Tag key={i.itemCode} color="blue">
                    {i.itemName} {yuan(i.unitPrice)}/{i.unit}
                  </Tag>
                ))}
              </div>
            </Card>
          ))}
        </Space>
      )}
      {official && providers.data ? (
        <Card size="small" title={t('contracts.providers')} style={{ marginTop: 16 }}>
          <Table<Provider>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={providers.data}
            columns={[
              { title: t('common.provider'), dataIndex: 'name' },
              { title: t('contracts.activeOrders'), dataIndex: 'activeOrders' },
              {
                title: t('contracts.failedChecks'),
                render: (_, p) => (p.failedChecks > 0 ? <Tag color="red">{p.failedChecks}</Tag> : 0),
              },
            ]}
          />
        </Card>
      ) : null}
      {creating ? <ContractModal providers={providers.data ?? []} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

interface ContractValues {
  providerCode: string;
  validFrom: string;
  validTo: string;
  areaCodes: string;
  items: { itemCode: string; unitPrice: number }[];
}

function ContractModal({ providers, onClose }: { providers: Provider[]; onClose: () => void }) {
  const t = useServicesT();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const create = useCreateContract();
  const catalogue = useCatalogue();
  const [form] = Form.useForm<ContractValues>();
  const purchasable = (catalogue.data ?? []).filter((i) => i.way === 'PURCHASED' || i.way === 'INSTITUTIONAL');
  return (
    <Modal open title={t('contracts.create')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form<ContractValues>
        form={form}
        layout="vertical"
        initialValues={{ items: [{ itemCode: '', unitPrice: 0 }] }}
        onFinish={(v) =>
          create.mutate(
            {
              providerCode: v.providerCode,
              validFrom: v.validFrom,
              validTo: v.validTo,
              areaCodes: v.areaCodes.split(/[,，\s]+/).filter(Boolean),
              items: v.items.filter((i) => i.itemCode),
            },
            {
              onSuccess: () => {
                void message.success(t('contracts.created'));
                onClose();
              },
              onError: (e) => void message.error(isApiError(e) && e.detail ? e.detail : errorText(e)),
            },
          )
        }
      >
        <Form.Item name="providerCode" label={t('contracts.providerCode')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={providers.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
            data-testid="contract-provider"
          />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="validFrom" label={t('contracts.validFrom')} rules={[{ required: true }]}>
            <DateField testId="contract-valid-from" />
          </Form.Item>
          <Form.Item name="validTo" label={t('contracts.validTo')} rules={[{ required: true }]}>
            <DateField testId="contract-valid-to" />
          </Form.Item>
        </div>
        <Form.Item name="areaCodes" label={t('contracts.areaCodes')} rules={[{ required: true }]}>
          <Input placeholder="360199001, 360199002003" data-testid="contract-areas" />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'itemCode']} rules={[{ required: true }]} label={t('contracts.itemCode')}>
                    <Select
                      style={{ minWidth: 180 }}
                      showSearch
                      optionFilterProp="label"
                      options={purchasable.map((i) => ({ value: i.code, label: `${i.name}（${i.unit ?? ''}）` }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitPrice']} rules={[{ required: true }]} label={t('contracts.unitPrice')}>
                    <InputNumber min={0} step={0.5} precision={2} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ itemCode: '', unitPrice: 0 })} icon={<PlusOutlined />} block>
                {t('contracts.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Button style={{ marginTop: 16 }} type="primary" htmlType="submit" block loading={create.isPending} data-testid="contract-submit">
          {t('common:save')}
        </Button>
      </Form>
    </Modal>
  );
}
