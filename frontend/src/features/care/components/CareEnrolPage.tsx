import { useState } from 'react';
import { Alert, App, Button, Card, Divider, Form, Input, Radio, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCreateEnrolment } from '../api/use-care';
import { useCareLabel, useCareT } from '../i18n';
import { findEnrolmentNo } from '../lib/labels';
import { buildEnrolmentPayload, ENROL_FIELDS, LIMITS, type EnrolFormValues } from '../lib/payload';
import { canManageCare } from '../lib/roles';
import { inScope, VILLAGE_CODE_PATTERN, villageMode } from '../lib/villages';
import { CARE_GROUPS } from '../types';
import { FactsFields } from './FactsFields';
import { Forbidden } from '@/components/PageParts';
import { PersonFields } from '@/components/PersonFields';
import { OrgCodeSelect } from './OrgCodeSelect';
import { ProblemAlert, useSubmitProblem } from './problem';
import { useKnownVillages } from './use-known-villages';
import './care.css';

/** What the enrolment page tells the person's page it has just created. */
export interface EnrolledState {
  enrolled: { enrolmentNo: string; proposedLevel: number | null };
}

/** 登记关爱对象: a village officer or street clerk enrols a person; the server proposes a level. */
export function CareEnrolPage() {
  const t = useCareT();
  const label = useCareLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<EnrolFormValues>();
  const create = useCreateEnrolment();
  const { problem, report, clear } = useSubmitProblem(form, ENROL_FIELDS);
  const [conflict, setConflict] = useState<string | null>(null);
  const villages = useKnownVillages().filter((v) => inScope(v.code, user));

  const mode = villageMode(user);
  if (!canManageCare(user) || mode === 'none') return <Forbidden testId="care-forbidden" />;

  const onFinish = (values: EnrolFormValues) => {
    clear();
    setConflict(null);
    create.mutate(buildEnrolmentPayload(values, user), {
      onSuccess: ({ enrolmentNo, proposedLevel }) => {
        void message.success(t('enrol.created', { enrolmentNo, level: label('level', proposedLevel) }));
        const state: EnrolledState = { enrolled: { enrolmentNo, proposedLevel } };
        navigate(`/care/${encodeURIComponent(enrolmentNo)}`, { state });
      },
      onError: (error) => {
        if (isApiError(error, 409)) setConflict(describe(error));
        else report(error);
      },
    });
  };

  const existing = findEnrolmentNo(conflict);
  const required = (key: 'enrol.village') => ({
    required: true,
    whitespace: true,
    message: t('common:required', { label: t(key) }),
  });

  return (
    <Card
      className="care-form-card care-card"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('enrol.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('enrol.intro')}</Typography.Paragraph>
      {conflict && (
        <Alert
          data-testid="care-enrol-conflict"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('enrol.duplicateTitle')}
          description={
            <>
              <div>{conflict}</div>
              {existing && (
                <Link to={`/care/${encodeURIComponent(existing)}`} data-testid="care-enrol-existing">
                  {t('enrol.openExisting', { enrolmentNo: existing })}
                </Link>
              )}
            </>
          }
          closable
          onClose={() => setConflict(null)}
        />
      )}
      <ProblemAlert problem={problem} testId="care-enrol-error" onClose={clear} />
      <Form<EnrolFormValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark
        onFinish={onFinish}
        onFinishFailed={() => void message.error(t('common:formErrors'))}
        scrollToFirstError
        disabled={create.isPending}
        data-testid="care-enrol-form"
      >
        <PersonFields
          testIdPrefix="care-enrol"
          placeholders={{ phone: t('enrol.phonePlaceholder'), address: t('enrol.addressPlaceholder') }}
        />

        {mode === 'fixed' ? (
          <Form.Item label={t('enrol.village')}>
            <Typography.Text data-testid="care-enrol-villageCode" strong>
              {t('village.fixed', { name: user.orgName, code: user.orgCode })}
            </Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="villageCode"
            label={t('enrol.village')}
            rules={[
              required('enrol.village'),
              {
                validator: (_, value: string | undefined) => {
                  const code = (value ?? '').trim();
                  if (!code) return Promise.resolve();
                  if (!VILLAGE_CODE_PATTERN.test(code)) return Promise.reject(new Error(t('village.codeInvalid')));
                  if (!inScope(code, user)) return Promise.reject(new Error(t('village.outside')));
                  return Promise.resolve();
                },
              },
            ]}
          >
            <OrgCodeSelect
              options={villages}
              pattern={VILLAGE_CODE_PATTERN}
              codeLabel={(code) => t('village.byCode', { code })}
              placeholder={t('village.typeCode')}
              ariaLabel={t('enrol.village')}
              testId="care-enrol-villageCode"
            />
          </Form.Item>
        )}

        <Form.Item name="group" label={t('enrol.group')} rules={[{ required: true, message: t('common:choose', { label: t('enrol.group') }) }]}>
          <Radio.Group className="care-rows" data-testid="care-enrol-group">
            {CARE_GROUPS.map((g) => (
              <Radio key={g} value={g} data-testid={`care-enrol-group-${g}`}>
                {label('group', g)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>

        <Divider orientation="left" plain style={{ marginTop: 0 }}>
          {t('facts.title')}
        </Divider>
        <Typography.Paragraph type="secondary">{t('enrol.factsHint')}</Typography.Paragraph>
        <FactsFields prefix="care-enrol" />

        <Form.Item
          name="note"
          label={t('enrol.note')}
          rules={[{ max: LIMITS.note, message: t('common:tooLong', { label: t('enrol.note'), max: LIMITS.note }) }]}
        >
          <Input.TextArea
            data-testid="care-enrol-note"
            placeholder={t('enrol.notePlaceholder')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={LIMITS.note}
            showCount
          />
        </Form.Item>

        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={create.isPending} data-testid="care-enrol-submit">
            {t('enrol.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
