import { useState } from 'react';
import { colon } from '@/i18n';
import { Button, Card, Collapse, Result, Skeleton, Tag, Typography, type CollapseProps } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined, SyncOutlined, UserOutlined, ForkOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useCaseSections } from '@/lib/case-sections';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCase } from '../api/use-cases';
import { useCasesLabel, useCasesT } from '../i18n';
import { noticePhaseColor } from '../lib/labels';
import { missingRequired } from '../lib/documents';
import { canReportStatusChange, canTakeToOneDoor } from '../lib/roles';
import type { CaseStatus, CaseView } from '../types';
import { CaseDiagram } from './CaseDiagram';
import { AssessmentSection, BasicSection, CardSection, GrantsSection, NoticesSection } from './CaseSections';
import { CaseStatusTag } from './CaseStatusTag';
import { CaseTimeline } from './CaseTimeline';
import { CaseDeadlines } from '@/components/CaseDeadlines';
import { DocumentUploads } from './DocumentUploads';
import { StatusChangeModal } from './StatusChangeModal';
import './cases.css';

export type CaseSectionKey = 'basic' | 'assessment' | 'grants' | 'card' | 'documents' | 'notices' | 'timeline' | 'diagram';

/** Which sections start open: the basics and the history always, plus what the current step is about. */
export function defaultOpenSections(status: CaseStatus | string): CaseSectionKey[] {
  const open: CaseSectionKey[] = ['basic', 'timeline'];
  if (status === 'RECOGNITION') open.push('assessment');
  if (status === 'FILING') open.push('documents');
  if (status === 'NOTICE') open.push('notices');
  if (status === 'SERVING') open.push('grants');
  return open;
}

function BackLink() {
  const t = useCasesT();
  return (
    <Link to="/cases" className="no-print">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('common.backToList')}
      </Button>
    </Link>
  );
}

/** During the notice step the header says what the notice says (异议复核中, 公示期满), never more. */
function NoticePhaseTag({ view }: { view: CaseView }) {
  const label = useCasesLabel();
  const current = view.notices.filter((n) => n.status === 'PUBLISHED').slice(-1)[0];
  if (view.summary.status !== 'NOTICE' || !current || current.phase === 'IN_PERIOD') return null;
  return (
    <Tag color={noticePhaseColor(current.phase)} data-testid="case-notice-phase-header">
      {label('noticePhase', current.phase)}
    </Tag>
  );
}

function CaseHeader({ view, onStatusChange }: { view: CaseView; onStatusChange?: () => void }) {
  const t = useCasesT();
  const user = useCurrentUser();
  const { summary, person } = view;
  const oneDoor = summary.status === 'CLOSED_NOT_GENUINE' && canTakeToOneDoor(user);
  return (
    <Card style={{ marginBottom: 12 }} data-testid="case-header">
      <div className="case-header__title">
        <Typography.Title level={4} data-testid="case-name">
          {person?.name || summary.recipientName}
        </Typography.Title>
        <CaseStatusTag status={summary.status} testId="case-status" />
        <NoticePhaseTag view={view} />
      </div>
      <div className="case-header__meta">
        <span>
          {t('view.caseNo')}{colon()}<span data-testid="case-no">{summary.caseNo}</span>
        </span>
        {summary.serviceNo != null && (
          <span>
            {t('view.serviceNo')}{colon()}<span data-testid="case-service-no">{summary.serviceNo}</span>
          </span>
        )}
        <span>
          {t('view.village')}{colon()}{summary.villageName ?? summary.villageCode}
        </span>
      </div>
      {oneDoor && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('view.toOneDoorHint')}
        </Typography.Paragraph>
      )}
      {(onStatusChange || view.card || person || oneDoor) && (
        <div className="case-header__actions">
          {person && (
            <Link to={`/persons/${person.id}`} data-testid="case-person-link">
              <Button icon={<UserOutlined />} size="large">
                {t('view.personPage')}
              </Button>
            </Link>
          )}
          {oneDoor && (
            <Link to={`/intakes/new?fromCase=${encodeURIComponent(summary.caseNo)}`} data-testid="case-to-one-door">
              <Button type="primary" icon={<ForkOutlined />} size="large">
                {t('view.toOneDoor')}
              </Button>
            </Link>
          )}
          {onStatusChange && (
            <Button icon={<SyncOutlined />} onClick={onStatusChange} data-testid="status-change-open" size="large">
              {t('statusChange.open')}
            </Button>
          )}
          {view.card && (
            <Link to={`/cases/${encodeURIComponent(summary.caseNo)}/card`}>
              <Button icon={<PrinterOutlined />} size="large">
                {t('view.card.print')}
              </Button>
            </Link>
          )}
        </div>
      )}
    </Card>
  );
}

/** One case: header, then collapsible sections; phone first. */
export function CaseViewPage() {
  const { caseNo = '' } = useParams();
  const t = useCasesT();
  const { Referrals, Meetings } = useCaseSections();
  const user = useCurrentUser();
  const describe = useErrorMessage();
  const kase = useCase(caseNo);
  const [statusChangeOpen, setStatusChangeOpen] = useState(false);

  if (kase.isPending) {
    return (
      <div className="case-page">
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  }

  if (kase.isError) {
    const notFound = isApiError(kase.error, 404) || isApiError(kase.error, 403) || isApiError(kase.error, 400);
    return (
      <div className="case-page">
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('common.notFound') : t('common.loadFailed')}
          subTitle={notFound ? undefined : describe(kase.error)}
          extra={
            <>
              <Link to="/cases">
                <Button>{t('common.backToList')}</Button>
              </Link>
              {!notFound && <Button onClick={() => void kase.refetch()}>{t('common:retry')}</Button>}
            </>
          }
        />
      </div>
    );
  }

  const view = kase.data;
  const status = view.summary.status;
  const mayReportChange = status === 'SERVING' && canReportStatusChange(user);
  const missing = missingRequired(view.requiredDocuments, view.documents).length;

  const items: CollapseProps['items'] = [
    { key: 'basic', label: t('view.sections.basic'), children: <BasicSection view={view} /> },
    { key: 'assessment', label: t('view.sections.assessment'), children: <AssessmentSection view={view} /> },
    {
      key: 'grants',
      label: `${t('view.sections.grants')}${view.grants.length ? `（${view.grants.length}）` : ''}`,
      children: <GrantsSection view={view} />,
    },
    { key: 'card', label: t('view.sections.card'), children: <CardSection view={view} /> },
    {
      key: 'documents',
      label: t('view.sections.documents'),
      extra:
        missing > 0 ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('docs.missing', { count: missing })}
          </Typography.Text>
        ) : undefined,
      children: <DocumentUploads caseNo={view.summary.caseNo} />,
    },
    { key: 'notices', label: t('view.sections.notices'), children: <NoticesSection view={view} /> },
    { key: 'referrals', label: t('view.sections.referrals'), children: Referrals ? <Referrals caseNo={view.summary.caseNo} /> : null },
    { key: 'meetings', label: t('view.sections.meetings'), children: Meetings ? <Meetings caseNo={view.summary.caseNo} /> : null },
    { key: 'timeline', label: t('view.sections.timeline'), children: <CaseTimeline entries={view.timeline} /> },
    { key: 'diagram', label: t('view.sections.diagram'), children: <CaseDiagram caseNo={view.summary.caseNo} deadlines={view.deadlines ?? []} /> },
  ];

  return (
    <div className="case-page" data-testid="case-view" data-case-no={view.summary.caseNo}>
      <BackLink />
      <CaseHeader view={view} onStatusChange={mayReportChange ? () => setStatusChangeOpen(true) : undefined} />
      <CaseDeadlines deadlines={view.deadlines ?? []} />
      <Collapse
        className="case-sections"
        defaultActiveKey={defaultOpenSections(status)}
        items={items}
        style={{ background: '#fff' }}
      />
      {mayReportChange && (
        <StatusChangeModal caseNo={view.summary.caseNo} open={statusChangeOpen} onClose={() => setStatusChangeOpen(false)} />
      )}
    </div>
  );
}
