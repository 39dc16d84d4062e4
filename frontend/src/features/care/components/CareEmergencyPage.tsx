import { useEffect, type HTMLAttributes } from 'react';
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Form, Input, InputNumber, List, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { StopOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useDeclareEmergency, useEmergencies, useLiftEmergency, usePolicy } from '../api/use-care';
import { useCareT } from '../i18n';
import { formatDay, shanghaiToday } from '../lib/dates';
import { buildEmergencyPayload, LIMITS, type EmergencyFormValues } from '../lib/payload';
import { canDeclareEmergency, canViewEmergencies } from '../lib/roles';
import { areaOptions, inScope, ORG_CODE_PATTERN, type OrgOption } from '../lib/villages';
import type { Emergency } from '../types';
import { Forbidden } from '@/components/PageParts';
import { OrgCodeSelect } from './OrgCodeSelect';
import { ProblemAlert, useSubmitProblem } from './problem';
import { useKnownVillages } from './use-known-villages';
import './care.css';

const FIELDS = ['orgCode', 'reason', 'startsOn', 'endsOn', 'intervalDays'] as const;

function DeclareForm({ emergencies }: { emergencies: Emergency[] }) {
  const t = useCareT();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const { message } = App.useApp();
  const [form] = Form.useForm<EmergencyFormValues>();
  const declare = useDeclareEmergency();
  const policy = usePolicy();
  const villages = useKnownVillages();
  const { problem, report, clear } = useSubmitProblem(form, FIELDS);
  const defaultInterval = policy.data?.emergencyIntervalDays;
  const startsOn = Form.useWatch('startsOn', form);

  // The policy's interval, until the user types their own.
  useEffect(() => {
    if (defaultInterval !== undefined && !form.isFieldTouched('intervalDays')) form.setFieldsValue({ intervalDays: defaultInterval });
  }, [defaultInterval, form]);

  const options = areaOptions(user, emergencies, villages).filter((o) => inScope(o.code, user));
  const optionLabel = (o: OrgOption) =>
    o.code === user.orgCode && user.orgLevel === 'DISTRICT'
      ? t('emergency.wholeDistrict', { name: o.name ?? o.code })
      : o.name
        ? `${o.name}（${o.code}）`
        : o.code;

  const onFinish = (values: EmergencyFormValues) => {
    clear();
    declare.mutate(buildEmergencyPayload(values), {
      onSuccess: () => {
        void message.success(t('emergency.declared'));
        form.resetFields();
        form.setFieldsValue({ startsOn: shanghaiToday(), intervalDays: defaultInterval });
      },
      onError: report,
    });
  };

  return (
    <Card size="small" title={t('emergency.declareTitle')} className="care-card" style={{ marginBottom: 16 }}>
      <ProblemAlert problem={problem} testId="emergency-error" onClose={clear} />
      <Form<EmergencyFormValues>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ startsOn: shanghaiToday() }}
        onFinish={onFinish}
        disabled={declare.isPending}
        data-testid="emergency-form"
      >
        <Form.Item
          name="orgCode"
          label={t('emergency.area')}
          rules={[
            { required: true, message: t('common:choose', { label: t('emergency.area') }) },
            {
              validator: (_, value: string | undefined) => {
                const code = (value ?? '').trim();
                if (!code) return Promise.resolve();
                if (!ORG_CODE_PATTERN.test(code) || !inScope(code, user)) return Promise.reject(new Error(t('emergency.areaInvalid')));
                return Promise.resolve();
              },
            },
          ]}
        >
          <OrgCodeSelect
            options={options}
            pattern={ORG_CODE_PATTERN}
            codeLabel={(code) => t('emergency.areaByCode', { code })}
            optionLabel={optionLabel}
            placeholder={t('emergency.areaPlaceholder')}
            ariaLabel={t('emergency.area')}
            testId="emergency-area"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('emergency.reason')}
          rules={[
            { required: true, whitespace: true, message: t('common:required', { label: t('emergency.reason') }) },
            { max: LIMITS.reason, message: t('common:tooLong', { label: t('emergency.reason'), max: LIMITS.reason }) },
          ]}
        >
          <Input data-testid="emergency-reason" placeholder={t('emergency.reasonPlaceholder')} maxLength={LIMITS.reason} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="startsOn"
            label={t('emergency.startsOn')}
            rules={[{ required: true, message: t('common:choose', { label: t('emergency.startsOn') }) }]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly={narrow} allowClear={false} data-testid="emergency-startsOn" />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('emergency.endsOn')}
            extra={t('emergency.endsOnHint')}
            rules={[
              {
                validator: (_, value: Dayjs | null | undefined) =>
                  value && startsOn && value.isBefore(startsOn, 'day')
                    ? Promise.reject(new Error(t('emergency.endsBeforeStart')))
                    : Promise.resolve(),
              },
            ]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker
              style={{ width: '100%' }}
              inputReadOnly={narrow}
              disabledDate={(d) => !!startsOn && d.isBefore(startsOn, 'day')}
              data-testid="emergency-endsOn"
            />
          </Form.Item>
          <Form.Item
            name="intervalDays"
            label={t('emergency.intervalDays')}
            extra={defaultInterval !== undefined ? t('emergency.intervalHint', { days: defaultInterval }) : undefined}
            style={{ flex: '1 1 160px' }}
          >
            <InputNumber min={1} max={30} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="emergency-intervalDays" />
          </Form.Item>
        </Flex>
        <Form.Item style={{ marginBottom: 0 }} className="care-actions">
          <Button type="primary" danger htmlType="submit" icon={<ThunderboltOutlined />} loading={declare.isPending} data-testid="emergency-declare">
            {t('emergency.declare')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function Period({ e }: { e: Emergency }) {
  const t = useCareT();
  return (
    <span>
      {e.endsOn
        ? t('emergency.period', { from: formatDay(e.startsOn), to: formatDay(e.endsOn) })
        : t('emergency.untilLifted', { from: formatDay(e.startsOn) })}
    </span>
  );
}

function StatusTag({ e }: { e: Emergency }) {
  const t = useCareT();
  return (
    <Tag color={e.active ? 'magenta' : 'default'} style={{ marginInlineEnd: 0 }} data-testid={`emergency-status-${e.id}`}>
      {e.active ? t('emergency.active') : t('emergency.lifted')}
    </Tag>
  );
}

/** 应急走访: the district declares and lifts more frequent visits for an area; streets see them. */
export function CareEmergencyPage() {
  const t = useCareT();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const allowed = canViewEmergencies(user);
  const emergencies = useEmergencies(allowed);
  const lift = useLiftEmergency();

  if (!allowed) return <Forbidden testId="care-forbidden" />;

  const mayDeclare = canDeclareEmergency(user);
  const items = [...(emergencies.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || b.id - a.id);

  const onLift = (id: number) =>
    lift.mutate(id, {
      onSuccess: () => void message.success(t('emergency.liftDone')),
      onError: (e) => void message.error(describe(e)),
    });

  const liftButton = (e: Emergency) =>
    mayDeclare && e.active ? (
      <Button
        danger
        icon={<StopOutlined />}
        loading={lift.isPending && lift.variables === e.id}
        disabled={lift.isPending}
        onClick={() => onLift(e.id)}
        data-testid={`emergency-lift-${e.id}`}
      >
        {t('emergency.lift')}
      </Button>
    ) : null;

  const columns: TableColumnsType<Emergency> = [
    { key: 'area', title: t('emergency.area'), render: (_, e) => e.orgName ?? e.orgCode },
    { key: 'reason', title: t('emergency.reason'), render: (_, e) => <span className="care-pre">{e.reason}</span> },
    { key: 'period', title: t('emergency.startsOn'), render: (_, e) => <Period e={e} /> },
    { key: 'interval', title: t('emergency.intervalDays'), render: (_, e) => t('emergency.every', { days: e.intervalDays }) },
    { key: 'status', title: '', render: (_, e) => <StatusTag e={e} /> },
    {
      key: 'by',
      title: '',
      render: (_, e) => (
        <span className="care-muted">
          {[e.declaredBy ? t('emergency.declaredBy', { name: e.declaredBy }) : null, e.liftedAt ? t('emergency.liftedAt', { at: formatDateTime(e.liftedAt) }) : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
      ),
    },
    { key: 'actions', title: '', render: (_, e) => liftButton(e) },
  ];

  return (
    <div className="care-page" data-testid="care-emergencies">
      <Card
        className="care-card"
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('emergency.title')}
          </Typography.Title>
        }
        styles={{ body: narrow ? { paddingInline: 12 } : undefined }}
      >
        <Typography.Paragraph type="secondary">{t('emergency.intro')}</Typography.Paragraph>
        {mayDeclare ? (
          <DeclareForm emergencies={emergencies.data ?? []} />
        ) : (
          <Alert type="info" showIcon message={t('emergency.readOnly')} style={{ marginBottom: 16 }} />
        )}
        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {t('emergency.list')}
        </Typography.Text>
        {emergencies.isError && (
          <Alert
            type="error"
            showIcon
            message={describe(emergencies.error)}
            action={
              <Button size="small" onClick={() => void emergencies.refetch()}>
                {t('common:retry')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {narrow ? (
          <List<Emergency>
            dataSource={items}
            loading={emergencies.isPending}
            rowKey="id"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emergency.none')} /> }}
            renderItem={(e) => (
              <List.Item data-testid={`emergency-row-${e.id}`}>
                <div style={{ width: '100%', minWidth: 0 }}>
                  <Flex justify="space-between" gap={8} align="start">
                    <Typography.Text strong>{e.orgName ?? e.orgCode}</Typography.Text>
                    <StatusTag e={e} />
                  </Flex>
                  <div className="care-pre">{e.reason}</div>
                  <div className="care-muted">
                    <Period e={e} /> · {t('emergency.every', { days: e.intervalDays })}
                  </div>
                  {(e.declaredBy || e.liftedAt) && (
                    <div className="care-muted">
                      {[e.declaredBy ? t('emergency.declaredBy', { name: e.declaredBy }) : null, e.liftedAt ? t('emergency.liftedAt', { at: formatDateTime(e.liftedAt) }) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  )}
                  {liftButton(e) && <Space style={{ marginTop: 8 }}>{liftButton(e)}</Space>}
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Table<Emergency>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={emergencies.isPending}
            pagination={false}
            locale={{ emptyText: t('emergency.none') }}
            scroll={{ x: 'max-content' }}
            onRow={(e) => ({ 'data-testid': `emergency-row-${e.id}` }) as HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
    </div>
  );
}
