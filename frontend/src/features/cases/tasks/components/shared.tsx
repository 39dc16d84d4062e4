import { useCallback, useState, type ReactNode } from 'react';
import { Alert, Card, Descriptions, Skeleton, Space, Typography, type FormInstance } from 'antd';
import { Link } from 'react-router-dom';
import { CaseStatusTag, displayMaskedId, useCasesLabel, useCasesT, type CaseView } from '@/features/cases';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useCaseTasksT } from '../i18n';
import { splitFieldErrors } from '../lib/validation';
import './case-tasks.css';

export { isHeldByOther, TaskStateAlerts } from '@/components/TaskStateAlerts';
export { LoadError } from '@/components/PageParts';

export function NoCase() {
  const t = useCaseTasksT();
  return <Alert type="error" showIcon message={t('common.noCase')} data-testid="domain-task-no-case" />;
}

export interface Problem {
  status: number | null;
  message: string;
  /** Messages that belong to no form item (e.g. the missing documents of a filing). */
  list: string[];
}

/**
 * What a refused submit shows. A 400 puts its field messages on the form items it names
 * (`knownFields`) and keeps the rest for the Alert; 404/409 and anything else show the detail.
 */
export function useSubmitProblem(form: FormInstance | null, knownFields: readonly string[]) {
  const t = useCaseTasksT();
  const describe = useErrorMessage();
  const [problem, setProblem] = useState<Problem | null>(null);

  const report = useCallback(
    (error: unknown) => {
      if (isApiError(error, 400)) {
        const { byField, other } = splitFieldErrors(error.fieldErrors, knownFields);
        const named = Object.entries(byField);
        if (form && named.length > 0) form.setFields(named.map(([name, errors]) => ({ name, errors })));
        const message = error.detail || (named.length > 0 ? t('common.formErrors') : t('common.invalid'));
        setProblem({ status: 400, message, list: other });
      } else if (isApiError(error, 409)) {
        setProblem({ status: 409, message: error.detail || t('common.conflict'), list: [] });
      } else if (isApiError(error, 404)) {
        setProblem({ status: 404, message: error.detail || t('common.notFound'), list: [] });
      } else {
        setProblem({ status: isApiError(error) ? error.status : null, message: describe(error) || t('common.failed'), list: [] });
      }
    },
    [describe, form, knownFields, t],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, report, clear };
}

/** The Alert for a refused submit. */
export function ProblemAlert({ problem, testId }: { problem: Problem | null; testId: string }) {
  if (!problem) return null;
  const list =
    problem.list.length > 0 ? (
      <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid={`${testId}-list`}>
        {problem.list.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-status={problem.status ?? undefined}
      message={problem.message}
      description={list}
    />
  );
}

function textOrNone(value: string | null | undefined): ReactNode {
  return value && value.trim() ? value : '—';
}

/**
 * The case the task is about. `full` adds the person and the lead's findings (for the home
 * investigation); otherwise name, number and status.
 */
export function CaseInfoCard({ kase, full = false }: { kase: CaseView; full?: boolean }) {
  const t = useCaseTasksT();
  const casesT = useCasesT();
  const label = useCasesLabel();
  const narrow = useIsNarrow();
  const { summary, person } = kase;
  const genderBirth = [person?.gender ? label('gender', person?.gender) : '', formatDate(person?.birthDate)].filter(Boolean).join(' · ');

  const basic = [
    { key: 'caseNo', label: casesT('view.caseNo'), children: <span data-testid="domain-case-no">{summary.caseNo}</span> },
    { key: 'status', label: casesT('list.status'), children: <CaseStatusTag status={summary.status} /> },
    { key: 'village', label: casesT('view.village'), children: textOrNone(summary.villageName) },
  ];
  const detailed = full
    ? [
        { key: 'focusGroup', label: casesT('view.focusGroup'), children: summary.focusGroup ? label('focusGroup', summary.focusGroup) : '—' },
        { key: 'gender', label: `${casesT('view.person.gender')} / ${casesT('view.person.birthDate')}`, children: genderBirth || '—' },
        { key: 'idNumber', label: casesT('view.person.idNumber'), children: displayMaskedId(person?.idNumberMasked) },
        { key: 'phone', label: casesT('view.person.phone'), children: textOrNone(person?.phone) },
        { key: 'address', label: casesT('view.person.address'), children: textOrNone(person?.address) },
        { key: 'source', label: casesT('view.leadSource'), children: kase.leadSource ? label('source', kase.leadSource) : '—' },
        { key: 'summaryText', label: casesT('view.summaryText'), children: textOrNone(kase.summaryText) },
        { key: 'verificationNote', label: casesT('view.verificationNote'), children: textOrNone(kase.verificationNote) },
      ]
    : [];

  return (
    <Card
      className="case-task"
      data-testid="domain-case-info"
      title={
        <Space wrap size={8}>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="domain-case-subject">
            {person?.name || summary.recipientName}
          </Typography.Text>
          <Typography.Text type="secondary">{summary.caseNo}</Typography.Text>
        </Space>
      }
      extra={
        <Space size={12} wrap>
          {person && (
            <Link to={`/persons/${person.id}`} data-testid="domain-case-person-link">
              {casesT('view.personPage')}
            </Link>
          )}
          <Link to={`/cases/${encodeURIComponent(summary.caseNo)}`}>{t('caseInfo.openCase')}</Link>
        </Space>
      }
      size="small"
    >
      <Descriptions
        column={narrow ? 1 : 2}
        size="small"
        items={[...basic, ...detailed.map((d) => (['summaryText', 'verificationNote', 'address'].includes(d.key) ? { ...d, span: 'filled' as const } : d))]}
      />
    </Card>
  );
}

/** A placeholder card while the case loads. */
export function CaseInfoSkeleton() {
  return (
    <Card size="small">
      <Skeleton active paragraph={{ rows: 3 }} />
    </Card>
  );
}
