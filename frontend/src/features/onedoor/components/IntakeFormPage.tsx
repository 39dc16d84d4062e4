import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Forbidden } from '@/components/PageParts';
import { DateField } from '@/components/DateFields';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { PersonFields } from '@/components/PersonFields';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { isApiError } from '@/lib/api-client';
import { todayInShanghai } from '@/lib/dates';
import { normaliseIdNumber } from '@/lib/id-number';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCreateIntake, usePersonPage } from '../api/use-onedoor';
import { useOneDoorLabel, useOneDoorT } from '../i18n';
import { DATED_NEEDS, NEED_TYPES, type IntakeRequest, type NeedType } from '../types';

interface NeedValues {
  type?: NeedType;
  description?: string;
  eventOn?: string;
  amount?: number | null;
  livingAtRisk?: boolean;
}

interface IntakeFormValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  villageCode?: string;
  needs: NeedValues[];
  note?: string;
}

const trim = (s: string | undefined) => {
  const v = (s ?? '').trim();
  return v === '' ? undefined : v;
};

/** The body of POST /api/intakes from the form and the page's mode (a lead, a person on file, or someone new). */
export function buildIntakePayload(
  values: IntakeFormValues,
  mode: { fromCase?: string; personId?: number; villageCode?: string },
): IntakeRequest {
  const needs = values.needs.map((n) => ({
    type: n.type as NeedType,
    description: (n.description ?? '').trim(),
    ...(n.eventOn && DATED_NEEDS.includes(n.type as NeedType) ? { eventOn: n.eventOn } : {}),
    ...(n.amount != null ? { amount: n.amount } : {}),
    livingAtRisk: !!n.livingAtRisk,
  }));
  const note = trim(values.note);
  const base = { needs, ...(note ? { note } : {}) };
  if (mode.fromCase) return { ...base, fromCaseNo: mode.fromCase };
  if (mode.personId) return { ...base, personId: mode.personId };
  const phone = trim(values.phone);
  const address = trim(values.address);
  return {
    ...base,
    newPerson: {
      name: (values.name ?? '').trim(),
      idNumber: normaliseIdNumber(values.idNumber),
      villageCode: mode.villageCode ?? values.villageCode ?? '',
      ...(phone ? { phone } : {}),
      ...(address ? { address } : {}),
    },
  };
}

/** /intakes/new: any hardship, at one door (village officer or street clerk); phone first. */
export function IntakeFormPage() {
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [params] = useSearchParams();
  const fromCase = params.get('fromCase') ?? undefined;
  const personParam = params.get('person');
  const personId = personParam && /^\d{1,15}$/.test(personParam) ? Number(personParam) : undefined;
  const person = usePersonPage(fromCase ? 0 : personId ?? 0);
  const [form] = Form.useForm<IntakeFormValues>();
  const create = useCreateIntake();
  const [refusal, setRefusal] = useState<string | null>(null);
  const needs = Form.useWatch('needs', form) ?? [];

  if (!hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF)) return <Forbidden />;
  const villageFixed = user.orgLevel === 'VILLAGE';
  const newPerson = !fromCase && !personId;

  const onFinish = (values: IntakeFormValues) => {
    setRefusal(null);
    const body = buildIntakePayload(values, { fromCase, personId, villageCode: villageFixed ? user.orgCode : undefined });
    create.mutate(body, {
      onSuccess: (v) => {
        void message.success(t('form.created', { no: v.intakeNo }));
        navigate(`/intakes/${encodeURIComponent(v.intakeNo)}`);
      },
      onError: (error) => {
        if (isApiError(error, 400) && error.fieldErrors.length > 0) {
          setRefusal(error.fieldErrors.map((e) => e.message).join('；'));
          return;
        }
        setRefusal(describe(error));
      },
    });
  };

  const required = (text: string) => ({ required: true, whitespace: true, message: t('common:required', { label: text }) });

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('form.title')}</Typography.Title>} data-testid="intake-form-page">
      <Typography.Paragraph type="secondary">{t('form.intro')}</Typography.Paragraph>
      {fromCase && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('form.fromCaseTitle')} description={t('form.fromCaseText', { caseNo: fromCase })} data-testid="intake-from-case" />}
      {!fromCase && personId && person.data && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('form.existingTitle')} description={t('form.existingText', { name: person.data.name })} />
      )}
      {refusal && (
        <Alert data-testid="intake-refusal" type="error" showIcon style={{ marginBottom: 16 }} message={t('form.refused')} description={refusal} closable onClose={() => setRefusal(null)} />
      )}
      <Form<IntakeFormValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark
        initialValues={{ needs: [{ livingAtRisk: false }] }}
        onFinish={onFinish}
        onFinishFailed={() => void message.error(t('common:formErrors'))}
        scrollToFirstError
        disabled={create.isPending}
        data-testid="intake-form"
      >
        {newPerson && (
          <>
            <Typography.Title level={5}>{t('form.newPerson')}</Typography.Title>
            <PersonFields testIdPrefix="intake" />
            {villageFixed ? (
              <Form.Item label={t('form.village')}>
                <Typography.Text strong data-testid="intake-village">{t('form.villageFixed', { name: user.orgName })}</Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item name="villageCode" label={t('form.village')} rules={[{ required: true, message: t('common:choose', { label: t('form.village') }) }]}>
                <OrgTreeSelect
                  testId="intake-village"
                  placeholder={t('form.chooseVillage')}
                  ariaLabel={t('form.village')}
                  onChange={(v) => form.setFieldValue('villageCode', v)}
                />
              </Form.Item>
            )}
          </>
        )}
        <Form.List name="needs">
          {(fields, { add, remove }) => (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {fields.map((field, index) => {
                const type = needs[index]?.type;
                return (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('form.need', { n: index + 1 })}
                    data-testid={`intake-need-${index}`}
                    extra={
                      fields.length > 1 && (
                        <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('form.removeNeed')} />
                      )
                    }
                  >
                    <Form.Item name={[field.name, 'type']} label={t('form.needType')} rules={[{ required: true, message: t('common:choose', { label: t('form.needType') }) }]}>
                      <Select<NeedType>
                        data-testid={`intake-need-${index}-type`}
                        options={NEED_TYPES.map((n) => ({ value: n, label: label('needType', n) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'description']}
                      label={t('form.description')}
                      rules={[required(t('form.description')), { max: 1000, message: t('common:tooLong', { label: t('form.description'), max: 1000 }) }]}
                    >
                      <Input.TextArea data-testid={`intake-need-${index}-description`} placeholder={t('form.descriptionPlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
                    </Form.Item>
                    {type && DATED_NEEDS.includes(type) && (
                      <Form.Item name={[field.name, 'eventOn']} label={t('common.eventOn')} rules={[{ required: true, message: t('common:choose', { label: t('common.eventOn') }) }]}>
                        <DateField testId={`intake-need-${index}-eventOn`} max={todayInShanghai()} ariaLabel={t('common.eventOn')} />
                      </Form.Item>
                    )}
                    <Form.Item name={[field.name, 'amount']} label={t('form.amount')} extra={t('form.amountHint')}>
                      <InputNumber<number> data-testid={`intake-need-${index}-amount`} min={0} max={9999999999.99} precision={2} style={{ width: '100%', maxWidth: 240 }} inputMode="decimal" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'livingAtRisk']} label={t('form.livingAtRisk')} valuePropName="checked">
                      <Switch data-testid={`intake-need-${index}-livingAtRisk`} />
                    </Form.Item>
                  </Card>
                );
              })}
              {fields.length < 9 && (
                <Button icon={<PlusOutlined />} onClick={() => add({ livingAtRisk: false })} data-testid="intake-add-need" block>
                  {t('form.addNeed')}
                </Button>
              )}
            </Space>
          )}
        </Form.List>
        <Form.Item name="note" label={t('form.note')} style={{ marginTop: 16 }} rules={[{ max: 1000, message: t('common:tooLong', { label: t('form.note'), max: 1000 }) }]}>
          <Input.TextArea data-testid="intake-note" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={create.isPending} data-testid="intake-submit">
          {t('form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
