import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Radio, Skeleton, Typography, type ButtonProps } from 'antd';
import type { DomainTask, DomainTaskFormProps } from '@/lib/task-forms';
import { useErrorMessage } from '@/lib/use-error-message';
import { useDepartmentTaskSubject, useSubmitAccept, useSubmitFeedback } from '../api/use-departments';
import { useDepartmentsT } from '../i18n';
import type { DepartmentReferralView } from '../types';
import { LoadError, ReferralSummary } from './parts';

/** The confirmation's OK button, for tests. */
const CONFIRM_OK = { 'data-testid': 'department-confirm-ok' } as ButtonProps;

/** Someone else holds the task: the screen is read-only. */
function heldByOther(task: DomainTask): boolean {
  return !task.assignedToMe && !task.claimable;
}

function WithReferral({ task, children }: { task: DomainTask; children: (view: DepartmentReferralView) => React.ReactNode }) {
  const t = useDepartmentsT();
  const subject = useDepartmentTaskSubject(task.id);
  if (subject.isPending) return <Skeleton active />;
  if (subject.isError) return <LoadError error={subject.error} title={t('task.noSubject')} />;
  return (
    <>
      <Card>
        <ReferralSummary view={subject.data} />
      </Card>
      {heldByOther(task) ? <Alert type="warning" showIcon message={t('task.heldByOther')} data-testid="domain-task-other" /> : null}
      {children(subject.data)}
    </>
  );
}

/** 部门受理: accept (answer due in 15 working days) or return with a reason. */
export function DepartmentAcceptForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useDepartmentsT();
  const errorText = useErrorMessage();
  const submit = useSubmitAccept(task.id);
  const [accept, setAccept] = useState(true);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const readOnly = heldByOther(task);
  const send = () => {
    setError(null);
    submit.mutate(accept ? { accept: true } : { accept: false, reason: reason.trim() }, {
      onSuccess: onCompleted,
      onError: (e) => setError(errorText(e)),
    });
  };
  return (
    <Flex vertical gap={16} data-testid="domain-form-department-accept">
      <WithReferral task={task}>
        {() => (
          <Card title={t('task.acceptTitle')}>
            <Typography.Paragraph type="secondary">{t('task.acceptIntro')}</Typography.Paragraph>
            <Form layout="vertical" disabled={readOnly || submit.isPending}>
              <Form.Item label={t('task.decision')}>
                <Radio.Group value={accept} onChange={(e) => setAccept(e.target.value as boolean)} data-testid="department-accept-decision">
                  <Radio value={true} data-testid="department-accept-yes">
                    {t('task.accept')}
                  </Radio>
                  <Radio value={false} data-testid="department-accept-no">
                    {t('task.return')}
                  </Radio>
                </Radio.Group>
              </Form.Item>
              {accept ? null : (
                <Form.Item label={t('task.reason')} required>
                  <Input.TextArea
                    rows={3}
                    maxLength={500}
                    showCount
                    value={reason}
                    placeholder={t('task.reasonPlaceholder')}
                    onChange={(e) => setReason(e.target.value)}
                    data-testid="department-return-reason"
                  />
                </Form.Item>
              )}
              {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="department-task-error" /> : null}
              {accept ? (
                <Button type="primary" onClick={send} loading={submit.isPending} data-testid="department-accept-submit">
                  {t('task.submitAccept')}
                </Button>
              ) : (
                <Popconfirm title={t('task.confirmReturn')} okText={t('task.ok')} cancelText={t('task.cancel')} okButtonProps={CONFIRM_OK} onConfirm={send}>
                  <Button danger type="primary" disabled={!reason.trim()} loading={submit.isPending} data-testid="department-return-submit">
                    {t('task.submitReturn')}
                  </Button>
                </Popconfirm>
              )}
            </Form>
          </Card>
        )}
      </WithReferral>
    </Flex>
  );
}

/** 部门办理反馈: resolved or not, with what was done; ends the referral. */
export function DepartmentFeedbackForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useDepartmentsT();
  const errorText = useErrorMessage();
  const submit = useSubmitFeedback(task.id);
  const [resolved, setResolved] = useState(true);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const readOnly = heldByOther(task);
  const send = () => {
    setError(null);
    submit.mutate({ resolved, summary: summary.trim() }, { onSuccess: onCompleted, onError: (e) => setError(errorText(e)) });
  };
  return (
    <Flex vertical gap={16} data-testid="domain-form-department-feedback">
      <WithReferral task={task}>
        {() => (
          <Card title={t('task.feedbackTitle')}>
            <Typography.Paragraph type="secondary">{t('task.feedbackIntro')}</Typography.Paragraph>
            <Form layout="vertical" disabled={readOnly || submit.isPending}>
              <Form.Item label={t('task.resolved')}>
                <Radio.Group value={resolved} onChange={(e) => setResolved(e.target.value as boolean)}>
                  <Radio value={true} data-testid="department-resolved-yes">
                    {t('task.resolvedYes')}
                  </Radio>
                  <Radio value={false} data-testid="department-resolved-no">
                    {t('task.resolvedNo')}
                  </Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item label={t('task.summary')} required>
                <Input.TextArea
                  rows={4}
                  maxLength={1000}
                  showCount
                  value={summary}
                  placeholder={t('task.summaryPlaceholder')}
                  onChange={(e) => setSummary(e.target.value)}
                  data-testid="department-feedback-summary"
                />
              </Form.Item>
              {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="department-task-error" /> : null}
              <Popconfirm title={t('task.confirmFeedback')} okText={t('task.ok')} cancelText={t('task.cancel')} okButtonProps={CONFIRM_OK} onConfirm={send}>
                <Button type="primary" disabled={!summary.trim()} loading={submit.isPending} data-testid="department-feedback-submit">
                  {t('task.submitFeedback')}
                </Button>
              </Popconfirm>
            </Form>
          </Card>
        )}
      </WithReferral>
    </Flex>
  );
}
