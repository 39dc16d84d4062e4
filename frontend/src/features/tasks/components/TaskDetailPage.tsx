import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Result, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, RollbackOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useDomainTaskFormLookup, useTaskSubjectPanelLookup } from '@/lib/task-forms';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useProcessWords } from '@/lib/process-words';
import { useClaimTask, useCompleteTask, useForgetTask, useTask, useUnclaimTask } from '../api/use-tasks';
import { toSubmitValues } from '../lib/form-fields';
import type { TaskDetail } from '../types';
import { AssigneeTag } from './AssigneeTag';
import { DueTag } from '@/components/DueTag';
import { TaskDiagram } from './TaskDiagram';
import { showFieldErrors, TaskForm } from './TaskForm';
import { useTasksT } from '../i18n';

function BackLink() {
  const t = useTasksT();
  return (
    <Link to="/tasks">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('task.back')}
      </Button>
    </Link>
  );
}

function TaskInfo({ task }: { task: TaskDetail }) {
  const t = useTasksT();
  const narrow = useIsNarrow();
  const words = useProcessWords();
  return (
    <Descriptions
      column={narrow ? 1 : 2}
      size="small"
      bordered={!narrow}
      items={[
        { key: 'businessKey', label: t('inbox.businessKey'), children: task.businessKey ?? '—' },
        { key: 'recipientName', label: t('inbox.caseSubject'), children: task.recipientName ?? '—' },
        ...(task.detail ? [{ key: 'detail', label: t('task.subject'), children: task.detail }] : []),
        { key: 'process', label: t('inbox.process'), children: task.processDefinitionName ? words.process(task.processDefinitionId, task.processDefinitionName) : '—' },
        { key: 'org', label: t('inbox.org'), children: task.orgName ?? '—' },
        { key: 'created', label: t('inbox.created'), children: formatDateTime(task.created) },
        { key: 'due', label: t('inbox.due'), children: <DueTag due={task.due} overdue={task.overdue} provisionalYear={task.dueProvisionalYear} fullMark /> },
        { key: 'assignee', label: t('inbox.assignee'), children: <AssigneeTag assignee={task.assignee} assigneeName={task.assigneeName} /> },
        ...(task.description
          ? [{ key: 'description', label: t('task.description'), span: narrow ? 1 : 2, children: task.description }]
          : []),
      ]}
    />
  );
}

export function TaskDetailPage() {
  const { id = '' } = useParams();
  const t = useTasksT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const domainTaskFormFor = useDomainTaskFormLookup();
  const subjectPanelFor = useTaskSubjectPanelLookup();
  const [form] = Form.useForm();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const task = useTask(id);
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const complete = useCompleteTask();
  const forget = useForgetTask();
  const words = useProcessWords();

  if (task.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }

  if (task.isError) {
    const notFound = isApiError(task.error, 404);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('task.notFound') : t('task.loadFailed')}
        subTitle={notFound ? undefined : describe(task.error)}
        extra={<BackLink />}
      />
    );
  }

  const detail = task.data;
  const DomainForm = domainTaskFormFor(detail.formKey);
  // A domain screen shows its subject itself; a generic form gets the step's subject panel above it.
  const SubjectPanel = DomainForm ? undefined : subjectPanelFor(detail.activityId);
  const otherAssignee = !detail.assignedToMe && !detail.claimable;
  const busy = claim.isPending || unclaim.isPending || complete.isPending;

  const onClaim = () =>
    claim.mutate(detail.id, {
      onSuccess: () => void message.success(t('task.claimed')),
      onError: (e) => void message.error(describe(e)),
    });

  const onUnclaim = () =>
    unclaim.mutate(detail.id, {
      onSuccess: () => void message.success(t('task.unclaimed')),
      onError: (e) => void message.error(describe(e)),
    });

  const onSubmit = (values: Record<string, unknown>) => {
    setFormProblem(null);
    complete.mutate(
      { id: detail.id, variables: toSubmitValues(detail.formFields, values), claimFirst: detail.claimable && !detail.assignedToMe },
      {
        onSuccess: () => {
          void message.success(t('task.completed'));
          navigate('/tasks');
          forget(detail.id);
        },
        onError: (e) => {
          if (isApiError(e, 400) && e.fieldErrors.length > 0) {
            const rest = showFieldErrors(form, detail.formFields, e.fieldErrors);
            setFormProblem(rest.length ? rest.map((r) => r.message).join('；') : null);
            void message.error(t('task.formErrors'));
          } else {
            setFormProblem(describe(e));
            void message.error(describe(e));
          }
        },
      },
    );
  };

  const onDomainCompleted = () => {
    void message.success(t('task.completed'));
    navigate('/tasks');
    forget(detail.id);
  };

  return (
    <Flex vertical gap={16}>
      <BackLink />
      <Card
        aria-label={t('task.details')}
        title={
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'normal' }}>
            {words.task(detail.activityId, detail.name)}
          </Typography.Title>
        }
      >
        <TaskInfo task={detail} />
        <Space wrap style={{ marginTop: 16 }}>
          {detail.claimable && (
            <Button data-testid="task-claim" icon={<UserAddOutlined />} loading={claim.isPending} disabled={busy} onClick={onClaim}>
              {t('task.claim')}
            </Button>
          )}
          {detail.assignedToMe && (
            <Button data-testid="task-unclaim" icon={<RollbackOutlined />} loading={unclaim.isPending} disabled={busy} onClick={onUnclaim}>
              {t('task.unclaim')}
            </Button>
          )}
        </Space>
      </Card>
      {SubjectPanel && <SubjectPanel key={detail.id} task={detail} />}
      {DomainForm ? (
        <DomainForm key={detail.id} task={detail} onCompleted={onDomainCompleted} />
      ) : (
      <Card title={t('task.form')}>
        {otherAssignee && (
          <Alert
            type="warning"
            showIcon
            message={t('task.assignedToOther', { assignee: detail.assigneeName || t('inbox.someone') })}
            style={{ marginBottom: 16 }}
          />
        )}
        {detail.claimable && <Alert type="info" showIcon message={t('task.claimHint')} style={{ marginBottom: 16 }} />}
        {detail.formFields.length === 0 && (
          <Typography.Paragraph type="secondary">{t('task.noFields')}</Typography.Paragraph>
        )}
        {formProblem && (
          <Alert type="error" showIcon role="alert" message={formProblem} style={{ marginBottom: 16 }} data-testid="task-form-error" />
        )}
        <TaskForm
          key={detail.id}
          form={form}
          fields={detail.formFields}
          disabled={otherAssignee || claim.isPending || unclaim.isPending}
          submitting={complete.isPending}
          onSubmit={onSubmit}
        />
      </Card>
      )}
      <TaskDiagram task={detail} />
    </Flex>
  );
}
