import { Alert, Descriptions, Tag, Timeline, Typography } from 'antd';
import { Forbidden as PageForbidden } from '@/components/PageParts';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useProcessWords } from '@/lib/process-words';
import { useDepartmentsLabel, useDepartmentsT } from '../i18n';
import type { DepartmentReferralStatus, DepartmentReferralView } from '../types';

export { LoadError, PageTitle } from '@/components/PageParts';

/** This feature's 403 page (its own test id). */
export function Forbidden() {
  return <PageForbidden testId="departments-forbidden" />;
}

const STATUS_COLORS: Record<DepartmentReferralStatus, string> = {
  REQUESTED: 'gold',
  ACCEPTED: 'blue',
  RESOLVED: 'green',
  NOT_RESOLVED: 'orange',
  RETURNED: 'default',
};

export function StatusTag({ status, testId }: { status: DepartmentReferralStatus; testId?: string }) {
  const label = useDepartmentsLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {label('status', status)}
    </Tag>
  );
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const t = useDepartmentsT();
  return overdue ? <Tag color="red" data-testid="department-overdue">{t('list.overdue')}</Tag> : null;
}

/** The referral's facts and its steps, as the detail page and the task screens show them. */
export function ReferralSummary({ view }: { view: DepartmentReferralView }) {
  const t = useDepartmentsT();
  const label = useDepartmentsLabel();
  const words = useProcessWords();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered data-testid="department-referral-summary">
        <Descriptions.Item label={t('list.person')}>{view.personName}</Descriptions.Item>
        <Descriptions.Item label={t('list.village')}>{view.villageName}</Descriptions.Item>
        <Descriptions.Item label={t('list.department')}>{view.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('detail.source')}>{label('source', view.source)}</Descriptions.Item>
        <Descriptions.Item label={t('common:status')}>
          <StatusTag status={view.status} testId="department-referral-status" /> <OverdueTag overdue={view.overdue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('list.dueOn')}>{view.dueOn ? formatDate(view.dueOn) : t('common:none')}</Descriptions.Item>
        <Descriptions.Item label={t('list.matter')} span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{view.matter}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.requestedBy')}>{words.actor(view.requestedByName)}</Descriptions.Item>
        <Descriptions.Item label={t('list.requestedAt')}>{formatDateTime(view.requestedAt)}</Descriptions.Item>
        {view.summary ? (
          <Descriptions.Item label={t('detail.summary')} span={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="department-referral-result">
              {view.summary}
            </Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('detail.steps')}
      </Typography.Title>
      <Timeline
        data-testid="department-referral-steps"
        items={view.steps.map((s) => ({
          color: s.step === 'OVERDUE' ? 'red' : s.step === 'RETURNED' ? 'gray' : 'blue',
          children: (
            <div data-testid={`department-step-${s.step}`}>
              <Typography.Text strong>{label('step', s.step)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(s.at)} · {words.actor(s.actorName)}
              </Typography.Text>
              {s.detail ? <div style={{ whiteSpace: 'pre-wrap' }}>{s.detail}</div> : null}
            </div>
          ),
        }))}
      />
    </>
  );
}

export function NotFound() {
  const t = useDepartmentsT();
  return <Alert type="warning" showIcon message={t('detail.notFound')} />;
}
