import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCreateLead } from '../api/use-cases';
import { useCasesLabel, useCasesT } from '../i18n';
import { findCaseNo } from '../lib/labels';
import {
  SITUATION_MAX,
  buildLeadPayload,
  isLeadField,
  villageMode,
  type LeadFormValues,
} from '../lib/lead-payload';
import { canRecordLead } from '../lib/roles';
import { FOCUS_GROUPS, LEAD_SOURCES } from '../types';
import { Forbidden } from '@/components/PageParts';
import { PersonFields } from '@/components/PersonFields';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import './cases.css';

interface Refusal {
  kind: 'conflict' | 'forbidden' | 'invalid';
  text: string;
}

/** Step 1 (discover): a village officer or street clerk records someone who may need help. */
export function LeadFormPage() {
  const t = useCasesT();
  const label = useCasesLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<LeadFormValues>();
  const create = useCreateLead();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const mode = villageMode(user);
  if (!canRecordLead(user) || mode === 'none') return <Forbidden />;

  const onFinish = (values: LeadFormValues) => {
    setRefusal(null);
    create.mutate(buildLeadPayload(values, user), {
      onSuccess: ({ caseNo }) => {
        void message.success(t('lead.created', { caseNo }));
        navigate(`/cases/${encodeURIComponent(caseNo)}`);
      },
      onError: (error) => {
        if (isApiError(error, 400) && error.fieldErrors.length > 0) {
          const byField = new Map<string, string[]>();
          const other: string[] = [];
          for (const e of error.fieldErrors) {
            if (isLeadField(e.field)) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
            else other.push(e.message);
          }
          form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof LeadFormValues, errors })));
          if (other.length > 0) setRefusal({ kind: 'invalid', text: other.join('；') });
          else void message.error(t('common:formErrors'));
          return;
        }
        if (isApiError(error, 409)) setRefusal({ kind: 'conflict', text: describe(error) });
        else if (isApiError(error, 403)) setRefusal({ kind: 'forbidden', text: describe(error) });
        else void message.error(describe(error));
      },
    });
  };

  const existingCase = refusal?.kind === 'conflict' ? findCaseNo(refusal.text) : undefined;
  const required = (key: 'lead.situation') => ({
    required: true,
    whitespace: true,
    message: t('common:required', { label: t(key) }),
  });

  return (
    <Card
      className="lead-form-card"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('lead.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('lead.intro')}</Typography.Paragraph>
      {refusal && (
        <Alert
          data-testid="lead-refusal"
          type={refusal.kind === 'conflict' ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          message={refusal.kind === 'conflict' ? t('lead.duplicateTitle') : t('lead.forbiddenTitle')}
          description={
            <>
              <div>{refusal.text}</div>
              {existingCase && (
                <Link to={`/cases/${existingCase}`} data-testid="lead-existing-case">
                  {t('lead.openExisting', { caseNo: existingCase })}
                </Link>
              )}
            </>
          }
          closable
          onClose={() => setRefusal(null)}
        />
      )}
      <Form<LeadFormValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark
        onFinish={onFinish}
        onFinishFailed={() => void message.error(t('common:formErrors'))}
        scrollToFirstError
        disabled={create.isPending}
        data-testid="lead-form"
        className="lead-form"
      >
        <PersonFields
          testIdPrefix="lead"
          placeholders={{ name: t('lead.namePlaceholder'), phone: t('lead.phonePlaceholder'), address: t('lead.addressPlaceholder') }}
        />

        {mode === 'fixed' ? (
          <Form.Item label={t('lead.village')}>
            <Typography.Text data-testid="lead-village" strong>
              {user.orgName}
            </Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="villageCode" label={t('lead.village')} rules={[{ required: true, message: t('common:choose', { label: t('lead.village') }) }]}>
            {/* Picked from the clerk's own street: nothing to type, nothing outside the scope to choose. */}
            <VillagePicker placeholder={t('lead.villagePlaceholder')} ariaLabel={t('lead.village')} testId="lead-villageCode" />
          </Form.Item>
        )}

        <Form.Item name="source" label={t('lead.source')} rules={[{ required: true, message: t('common:choose', { label: t('lead.source') }) }]}>
          <Radio.Group optionType="button" buttonStyle="solid" className="choice-buttons" data-testid="lead-source">
            {LEAD_SOURCES.map((s) => (
              // The test id sits on the visible label text: a button-style radio's own input is 0×0.
              <Radio.Button key={s} value={s}>
                <span data-testid={`lead-source-${s}`}>{label('source', s)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>

        <Form.Item
          name="focusGroup"
          label={t('lead.focusGroup')}
          rules={[{ required: true, message: t('common:choose', { label: t('lead.focusGroup') }) }]}
        >
          <Radio.Group optionType="button" buttonStyle="solid" className="choice-buttons" data-testid="lead-focusGroup">
            {FOCUS_GROUPS.map((g) => (
              <Radio.Button key={g} value={g}>
                <span data-testid={`lead-focusGroup-${g}`}>{label('focusGroup', g)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>

        <Form.Item
          name="situation"
          label={t('lead.situation')}
          rules={[
            required('lead.situation'),
            { max: SITUATION_MAX, message: t('common:tooLong', { label: t('lead.situation'), max: SITUATION_MAX }) },
          ]}
        >
          <Input.TextArea
            data-testid="lead-situation"
            placeholder={t('lead.situationPlaceholder')}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={SITUATION_MAX}
            showCount
          />
        </Form.Item>

        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={create.isPending} data-testid="lead-submit">
            {t('lead.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** OrgTreeSelect as a form control (Form.Item hands it value and onChange). */
function VillagePicker(props: { value?: string; onChange?: (v: string | undefined) => void; placeholder: string; ariaLabel: string; testId: string }) {
  return <OrgTreeSelect {...props} onChange={(v) => props.onChange?.(v)} />;
}
