import type { ReactNode } from 'react';
import { colon } from '@/i18n';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { displayMaskedId } from '@/lib/masking';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useEnrolment } from '../api/use-care';
import { useCareLabel, useCareT } from '../i18n';
import { formatDay } from '../lib/dates';
import { canRecordVisit, canViewCare, isCareCadre } from '../lib/roles';
import type { EnrolmentView } from '../types';
import type { EnrolledState } from './CareEnrolPage';
import { CareTimeline, GradingSection, PlanSection, ProblemsSection, ResponsibleSection, VisitsList, WarningsList } from './EnrolmentSections';
import { Forbidden } from '@/components/PageParts';
import { EmergencyTag, EnrolmentStatusTag, LateEntryTag, LevelTag, VisitStatusTag } from './tags';
import { VisitForm } from './VisitForm';
import { ExitSection } from './ExitSection';
import { WarningAlert } from './WarningAlert';
import './care.css';

function BackLink() {
  const t = useCareT();
  return (
    <Link to="/care">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('common.backToRoster')}
      </Button>
    </Link>
  );
}

function EnrolmentHeader({ view }: { view: EnrolmentView }) {
  const t = useCareT();
  const label = useCareLabel();
  const dash = t('common:none');
  return (
    <Card style={{ marginBottom: 12 }} data-testid="care-header">
      <div className="care-header__title">
        <Typography.Title level={4} data-testid="care-name">
          {view.personName}
        </Typography.Title>
        <LevelTag level={view.level} testId="care-level-tag" />
        <EnrolmentStatusTag status={view.status} testId="care-status" />
        <VisitStatusTag status={view.visitStatus} testId="care-visit-status" />
        {view.emergency && <EmergencyTag testId="care-emergency" />}
      </div>
      <div className="care-header__meta">
        <span>
          {t('view.enrolmentNo')}{colon()}<span data-testid="care-enrolment-no">{view.enrolmentNo}</span>
        </span>
        <span>
          {t('view.idNumber')}{colon()}<span data-testid="care-id-masked">{displayMaskedId(view.maskedIdNumber, dash)}</span>
        </span>
        {view.age != null && (
          <span>
            {t('view.age')}{colon()}{view.age}
          </span>
        )}
        <span>
          {t('view.village')}{colon()}{view.villageName ?? view.villageCode}
        </span>
        {view.maskedPhone && (
          <span>
            {t('view.phone')}{colon()}{view.maskedPhone}
          </span>
        )}
        <span>
          {t('view.group')}{colon()}{label('group', view.group)}
        </span>
        <span>
          {t('view.responsible')}{colon()}{view.responsibleName ?? view.responsibleUsername ?? t('roster.noResponsible')}
        </span>
        <span>
          {t('view.lastVisit')}{colon()}{formatDay(view.lastVisitOn) || t('roster.never')}
          {view.lastVisitLateEntry && (
            <>
              {' '}
              <LateEntryTag reason={view.lastVisitLateReason} testId="care-last-visit-late" />
            </>
          )}
        </span>
        <span>
          {t('view.nextDue')}{colon()}{formatDay(view.nextDueOn) || dash}
        </span>
      </div>
    </Card>
  );
}

function Section({ title, testId, children }: { title: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} className="care-section care-card" data-testid={testId}>
      {children}
    </Card>
  );
}

/** Whether visits can be recorded for the person at all (graded or being graded, not ended). */
export function visitsOpen(status: string): boolean {
  return status === 'ACTIVE' || status === 'PENDING_GRADING';
}

/**
 * One person in care: header with the level and today's visit status, the open warning, then the
 * sections in one column on phones, two on wide screens. A care cadre finds the visit form first.
 */
export function CareEnrolmentPage() {
  const { enrolmentNo = '' } = useParams();
  const t = useCareT();
  const label = useCareLabel();
  const user = useCurrentUser();
  const describe = useErrorMessage();
  const location = useLocation();
  const enrolment = useEnrolment(enrolmentNo);

  if (!canViewCare(user)) return <Forbidden testId="care-forbidden" />;

  if (enrolment.isPending) {
    return (
      <div className="care-page">
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  }

  if (enrolment.isError) {
    const notFound = isApiError(enrolment.error, 404) || isApiError(enrolment.error, 403) || isApiError(enrolment.error, 400);
    return (
      <div className="care-page">
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('common.notFound') : t('common.loadFailed')}
          subTitle={notFound ? undefined : describe(enrolment.error)}
          extra={
            <>
              <Link to="/care">
                <Button>{t('common.backToRoster')}</Button>
              </Link>
              {!notFound && <Button onClick={() => void enrolment.refetch()}>{t('common:retry')}</Button>}
            </>
          }
        />
      </div>
    );
  }

  const view = enrolment.data;
  const cadre = isCareCadre(user);
  const enrolled = (location.state as Partial<EnrolledState> | null)?.enrolled;
  const justEnrolled = enrolled && enrolled.enrolmentNo === view.enrolmentNo ? enrolled : undefined;
  const mayVisit = canRecordVisit(user) && visitsOpen(view.status);

  const visitForm = mayVisit ? (
    <Section key="visit" title={t('view.sections.visit')} testId="care-visit-section">
      <VisitForm enrolmentNo={view.enrolmentNo} personName={view.personName} />
    </Section>
  ) : null;
  const visits = (
    <Section key="visits" title={`${t('view.sections.visits')}${view.visits.length ? `（${view.visits.length}）` : ''}`}>
      <VisitsList visits={view.visits} />
    </Section>
  );
  const grading = (
    <Section key="grading" title={t('view.sections.grading')}>
      <GradingSection view={view} />
    </Section>
  );
  const responsible = (
    <Section key="responsible" title={t('view.sections.responsible')}>
      <ResponsibleSection view={view} />
    </Section>
  );
  const warnings = (
    <Section key="warnings" title={t('view.sections.warnings')}>
      <WarningsList warnings={view.warnings} />
    </Section>
  );
  const plan = (
    <Section key="plan" title={t('view.sections.plan')}>
      <PlanSection view={view} />
    </Section>
  );
  const problems = (
    <Section key="problems" title={t('view.sections.problems')}>
      <ProblemsSection view={view} />
    </Section>
  );
  const exit = (
    <Section key="exit" title={t('exit.section')} testId="care-exit">
      <ExitSection view={view} />
    </Section>
  );
  const timeline = (
    <Section key="timeline" title={t('view.sections.timeline')}>
      <CareTimeline entries={view.timeline} />
    </Section>
  );

  // Phones show the main column first, then the side column.
  const main = cadre ? [visitForm, visits, problems, grading, plan] : [grading, visitForm, visits, problems, plan];
  const side = [responsible, warnings, exit, timeline];

  return (
    <div className="care-page" data-testid="care-enrolment" data-enrolment-no={view.enrolmentNo}>
      <BackLink />
      {justEnrolled && (
        <Alert
          type="success"
          showIcon
          data-testid="care-enrol-created"
          message={t('enrol.createdTitle')}
          description={t('enrol.createdText', { enrolmentNo: justEnrolled.enrolmentNo, level: label('level', justEnrolled.proposedLevel) })}
          style={{ marginBottom: 12 }}
        />
      )}
      <EnrolmentHeader view={view} />
      <WarningAlert view={view} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          {main}
        </Col>
        <Col xs={24} lg={10}>
          {side}
        </Col>
      </Row>
    </div>
  );
}
