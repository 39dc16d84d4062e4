import { App, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { DateField } from '@/components/DateFields';
import { Forbidden } from '@/components/PageParts';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { todayInShanghai } from '@/lib/dates';
import { isValidIdNumber, normaliseIdNumber } from '@/lib/id-number';
import { useApply } from '../api/use-tempaid';
import { useTempaidLabel, useTempaidT } from '../i18n';
import { EVENT_TYPES, type ApplyRequest, type EventType } from '../types';
import { ErrorAlert, PageTitle } from './parts';

interface Values {
  name: string;
  idNumber: string;
  phone?: string;
  villageCode?: string;
  eventType?: EventType;
  eventOn?: string;
  eventDescription: string;
  amountRequested?: number;
}

/** 登记临时救助申请: a village officer or street clerk records an application for a person. */
export function NewPage() {
  const user = useCurrentUser();
  const t = useTempaidT();
  const label = useTempaidLabel();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const apply = useApply();
  const [form] = Form.useForm<Values>();
  if (!hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF)) return <Forbidden testId="tempaid-forbidden" />;
  const required = { required: true, message: t('form.required') };
  const submit = (v: Values) => {
    const body: ApplyRequest = {
      name: v.name.trim(),
      idNumber: normaliseIdNumber(v.idNumber),
      villageCode: v.villageCode ?? '',
      eventType: v.eventType ?? 'OTHER',
      eventOn: v.eventOn ?? '',
      eventDescription: v.eventDescription.trim(),
      amountRequested: v.amountRequested ?? 0,
      ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
    };
    apply.mutate(body, {
      onSuccess: (created) => {
        void message.success(t('form.created', { no: created.applicationNo }));
        navigate(`/temporary-aid/${created.applicationNo}`);
      },
    });
  };
  return (
    <div data-testid="tempaid-new-page">
      <PageTitle>{t('form.title')}</PageTitle>
      <Card size="small" style={{ maxWidth: 640 }}>
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ eventType: 'ACCIDENT' }}>
          <Form.Item name="name" label={t('form.name')} rules={[required, { max: 50 }]}>
            <Input maxLength={50} data-testid="aid-name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('form.idNumber')}
            rules={[required, { validator: (_, v: string) => (!v || isValidIdNumber(v) ? Promise.resolve() : Promise.reject(new Error(t('form.idNumber')))) }]}
          >
            <Input maxLength={18} data-testid="aid-id-number" />
          </Form.Item>
          <Form.Item name="phone" label={t('form.phone')}>
            <Input maxLength={20} inputMode="tel" data-testid="aid-phone" />
          </Form.Item>
          <Form.Item name="villageCode" label={t('form.village')} rules={[required]}>
            <OrgTreeSelect placeholder={t('form.village')} ariaLabel={t('form.village')} testId="aid-village" onChange={(v) => form.setFieldValue('villageCode', v)} />
          </Form.Item>
          <Form.Item name="eventType" label={t('form.eventType')} rules={[required]}>
            <Select data-testid="aid-event-type" options={EVENT_TYPES.map((e) => ({ value: e, label: label('eventType', e) }))} />
          </Form.Item>
          <Form.Item name="eventOn" label={t('form.eventOn')} rules={[required]}>
            <DateField max={todayInShanghai()} ariaLabel={t('form.eventOn')} testId="aid-event-on" />
          </Form.Item>
          <Form.Item name="eventDescription" label={t('form.description')} rules={[required, { min: 2, max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="aid-description" />
          </Form.Item>
          <Form.Item name="amountRequested" label={t('form.amount')} rules={[required]}>
            <InputNumber min={0.01} max={1000000} precision={2} style={{ width: '100%' }} data-testid="aid-amount" />
          </Form.Item>
          <ErrorAlert error={apply.error} testId="aid-apply-error" />
          <Button type="primary" htmlType="submit" loading={apply.isPending} style={{ marginTop: 12 }} data-testid="aid-submit">
            {t('form.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
