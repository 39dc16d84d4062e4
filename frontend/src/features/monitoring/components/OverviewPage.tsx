import { useMemo } from 'react';
import { Button, Card, Col, Empty, Progress, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { AlertOutlined, BarChartOutlined, ClockCircleOutlined, ExclamationCircleOutlined, NodeIndexOutlined, SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Forbidden, PageTitle } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useOverview } from '../api/monitoring';
import type { OverviewPlace, OverviewProcess, TaskState, WarningsByStage } from '../api-types';
import { useMonitoringT, type MonitoringT } from '../i18n';
import { orgCode, stepsPath, tasksPath } from '../lib/filters';
import { canMonitor, opensCockpit, seesDistrict } from '../lib/roles';
import { EChart, type ChartOption } from '@/components/EChart';
import { CountLink, QueryError } from './parts';
import './monitoring.css';

/** Where open care lapse warnings are worked on: the roster, people overdue for a visit first. */
const WARNINGS_PATH = '/care?visitStatus=OVERDUE';
const COCKPIT_PATH = '/camunda/app/cockpit/default/#/dashboard';
const COLOURS = { overdue: '#cf1322', dueSoon: '#fa8c16', other: '#1677ff' };
/** The chart's series, bottom of the stack first, and the list each one leads to. */
const SERIES_STATES: TaskState[] = ['OVERDUE', 'DUE_SOON', 'OPEN'];

function stageLabel(t: MonitoringT, stage: number): string {
  const key = String(stage);
  return key === '1' || key === '2' || key === '3' ? t(`warnings.stage.${key}`) : t('warnings.otherStage', { stage });
}

interface TotalProps {
  title: string;
  value: number;
  icon: React.ReactNode;
  to?: string;
  external?: boolean;
  colour?: string;
  hint?: string;
  testId: string;
}

function Total({ title, value, icon, to, external, colour, hint, testId }: TotalProps) {
  const body = (
    <Card size="small" hoverable={!!to} className="monitoring-total">
      <Statistic title={title} value={value} prefix={icon} valueStyle={colour && value > 0 ? { color: colour } : undefined} />
      {hint && <Typography.Text type="secondary" className="monitoring-total__hint">{hint}</Typography.Text>}
    </Card>
  );
  if (!to) return <div data-testid={testId}>{body}</div>;
  if (external) {
    return (
      <a href={to} target="_blank" rel="noopener noreferrer" data-testid={testId}>
        {body}
      </a>
    );
  }
  return (
    <Link to={to} data-testid={testId}>
      {body}
    </Link>
  );
}

/** Running instances by current step: overdue, due soon and the rest, stacked; each part clicks through. */
function ProcessCard({ process, place, narrow }: { process: OverviewProcess; place?: string; narrow: boolean }) {
  const t = useMonitoringT();
  const navigate = useNavigate();
  const steps = process.steps;
  const option = useMemo<ChartOption>(() => {
    const overdue = steps.map((s) => s.overdue);
    const dueSoon = steps.map((s) => s.dueSoon);
    const other = steps.map((s) => Math.max(0, s.running - s.overdue - s.dueSoon));
    const bar = (name: string, data: number[], color: string) => ({ type: 'bar' as const, name, stack: 'running', data, itemStyle: { color }, barMaxWidth: 22, cursor: 'pointer' });
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: steps.map((s) => (s.activityType === 'userTask' ? s.activityName : `${s.activityName} *`)),
        axisLabel: { width: narrow ? 96 : 180, overflow: 'truncate' },
      },
      series: [bar(t('processes.seriesOverdue'), overdue, COLOURS.overdue), bar(t('processes.seriesDueSoon'), dueSoon, COLOURS.dueSoon), bar(t('processes.seriesOther'), other, COLOURS.other)],
    };
  }, [steps, narrow, t]);

  const base = { processKey: process.processKey, place };
  const height = Math.max(120, steps.length * 34 + 48);
  return (
    <Card
      size="small"
      title={process.processName}
      data-testid="monitoring-process"
      data-process-key={process.processKey}
      extra={
        <Link to={stepsPath({ processKey: process.processKey, days: 30, street: place })} data-testid="monitoring-steps-link">
          <BarChartOutlined /> {t('stepsLink')}
        </Link>
      }
    >
      <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
        <Tag>
          <CountLink to={tasksPath({ state: 'OPEN', ...base })} count={process.running} testId="monitoring-process-running">
            {t('processes.running', { count: process.running })}
          </CountLink>
        </Tag>
        <Tag color={process.overdue > 0 ? 'red' : undefined}>
          <CountLink to={tasksPath({ state: 'OVERDUE', ...base })} count={process.overdue} testId="monitoring-process-overdue">
            {t('processes.overdue', { count: process.overdue })}
          </CountLink>
        </Tag>
        <Tag color={process.dueSoon > 0 ? 'orange' : undefined}>
          <CountLink to={tasksPath({ state: 'DUE_SOON', ...base })} count={process.dueSoon} testId="monitoring-process-due-soon">
            {t('processes.dueSoon', { count: process.dueSoon })}
          </CountLink>
        </Tag>
        {process.incidents > 0 && <Tag color="magenta">{t('processes.incidents', { count: process.incidents })}</Tag>}
      </Space>
      {steps.length > 0 && (
        <EChart
          option={option}
          height={height}
          ariaLabel={`${process.processName}: ${steps.map((s) => `${s.activityName} ${s.running}`).join('; ')}`}
          testId="monitoring-process-chart"
          onBarClick={({ seriesIndex, dataIndex }) => {
            const step = steps[dataIndex];
            const state = SERIES_STATES[seriesIndex];
            // Timers and receive events have no task to list.
            if (!step || !state || step.activityType !== 'userTask') return;
            navigate(tasksPath({ state, ...base, activityId: step.activityId }));
          }}
        />
      )}
      {steps.some((s) => s.activityType !== 'userTask') && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          * {t('processes.waitingEvent')}
        </Typography.Text>
      )}
    </Card>
  );
}

function PlacesCard({ places, streets, onDrill }: { places: OverviewPlace[]; streets: boolean; onDrill?: (code: string) => void }) {
  const t = useMonitoringT();
  const columns: TableColumnsType<OverviewPlace> = [
    {
      key: 'name',
      title: t('places.name'),
      render: (_, p) =>
        onDrill ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrill(p.code)} data-testid="monitoring-place-drill">
            {p.name}
          </Button>
        ) : (
          p.name
        ),
    },
    {
      key: 'running',
      title: t('places.running'),
      align: 'right',
      render: (_, p) => <CountLink to={tasksPath({ state: 'OPEN', place: p.code })} count={p.running} testId="monitoring-place-running" />,
    },
    {
      key: 'overdue',
      title: t('places.overdue'),
      align: 'right',
      render: (_, p) => <CountLink to={tasksPath({ state: 'OVERDUE', place: p.code })} count={p.overdue} danger testId="monitoring-place-overdue" />,
    },
    {
      key: 'dueSoon',
      title: t('places.dueSoon'),
      align: 'right',
      render: (_, p) => <CountLink to={tasksPath({ state: 'DUE_SOON', place: p.code })} count={p.dueSoon} testId="monitoring-place-due-soon" />,
    },
    {
      key: 'openWarnings',
      title: t('places.openWarnings'),
      align: 'right',
      render: (_, p) => (
        <CountLink
          to={streets ? WARNINGS_PATH : `${WARNINGS_PATH}&villageCode=${encodeURIComponent(p.code)}`}
          count={p.openWarnings}
          testId="monitoring-place-warnings"
        />
      ),
    },
  ];
  return (
    <Card size="small" title={streets ? t('places.streets') : t('places.villages')} data-testid="monitoring-places">
      <Table<OverviewPlace>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={places}
        columns={columns}
        scroll={{ x: 'max-content' }}
        onRow={() => ({ 'data-testid': 'monitoring-place' }) as React.HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}

function WarningsCard({ stages, total }: { stages: WarningsByStage[]; total: number }) {
  const t = useMonitoringT();
  const sorted = [...stages].sort((a, b) => a.stage - b.stage);
  return (
    <Card size="small" title={t('warnings.title')} data-testid="monitoring-warnings" extra={<Link to={WARNINGS_PATH}>{t('warnings.total', { count: total })}</Link>}>
      {sorted.length === 0 || total === 0 ? (
        <Typography.Text type="secondary">{t('warnings.none')}</Typography.Text>
      ) : (
        sorted.map((s) => (
          <div key={s.stage} className="monitoring-stage" data-testid={`monitoring-warning-stage-${s.stage}`}>
            <div className="monitoring-stage__label">
              <span>{stageLabel(t, s.stage)}</span>
              <CountLink to={WARNINGS_PATH} count={s.count} danger={s.stage >= 2} />
            </div>
            <Progress percent={total ? Math.round((s.count / total) * 100) : 0} showInfo={false} size="small" strokeColor={s.stage >= 3 ? '#cf1322' : s.stage === 2 ? '#fa8c16' : '#1677ff'} />
          </div>
        ))
      )}
    </Card>
  );
}

/** 监控中心: what a district bureau director or a street office head opens every morning. */
export function OverviewPage() {
  const t = useMonitoringT();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const [params, setParams] = useSearchParams();
  const allowed = canMonitor(user);
  const district = seesDistrict(user);
  const street = district ? orgCode(params.get('street')) : undefined;
  const overview = useOverview(street, allowed);
  // The street picker lists the district's streets, which the district view returns as its places.
  const districtView = useOverview(undefined, allowed && district && !!street);
  if (!allowed) return <Forbidden testId="monitoring-forbidden" />;

  const data = overview.data;
  const streetOptions = (street ? districtView.data?.places : data?.places) ?? [];
  const place = street;
  const showStreets = district && !street;
  const pick = (code: string) => setParams(code ? { street: code } : {});

  return (
    <div data-testid="monitoring-overview">
      <PageTitle
        extra={
          <Space wrap>
            {district && (
              <Select<string>
                aria-label={t('street')}
                value={street ?? ''}
                onChange={pick}
                style={{ minWidth: 180 }}
                options={[{ value: '', label: t('wholeDistrict') }, ...streetOptions.map((p) => ({ value: p.code, label: p.name }))]}
                data-testid="monitoring-street-select"
              />
            )}
            <Link to={stepsPath({ days: 30, street })}>
              <Button icon={<BarChartOutlined />}>{t('stepsLink')}</Button>
            </Link>
            <Button icon={<SyncOutlined spin={overview.isFetching} />} onClick={() => void overview.refetch()} aria-label={t('common:refresh')} />
          </Space>
        }
      >
        {t('title')}
        {data && <span className="monitoring-scope"> · {data.scopeName}</span>}
      </PageTitle>
      {overview.isPending ? (
        <Skeleton active />
      ) : overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : data ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }} data-testid="monitoring-as-of">
            {t('asOf', { time: formatDateTime(data.asOf) })}
          </Typography.Paragraph>
          <Row gutter={[12, 12]} className="monitoring-totals">
            <Col xs={12} sm={8} lg={4}>
              <Total title={t('totals.running')} value={data.totals.running} icon={<NodeIndexOutlined />} to={tasksPath({ state: 'OPEN', place })} testId="monitoring-total-running" />
            </Col>
            <Col xs={12} sm={8} lg={5}>
              <Total title={t('totals.overdue')} value={data.totals.overdue} icon={<ExclamationCircleOutlined />} colour={COLOURS.overdue} to={tasksPath({ state: 'OVERDUE', place })} testId="monitoring-total-overdue" />
            </Col>
            <Col xs={12} sm={8} lg={5}>
              <Total
                title={t('totals.dueSoon')}
                hint={t('totals.dueSoonHint')}
                value={data.totals.dueSoon}
                icon={<ClockCircleOutlined />}
                colour={COLOURS.dueSoon}
                to={tasksPath({ state: 'DUE_SOON', place })}
                testId="monitoring-total-due-soon"
              />
            </Col>
            <Col xs={12} sm={12} lg={5}>
              <Total title={t('totals.openWarnings')} value={data.totals.openWarnings} icon={<WarningOutlined />} colour={COLOURS.dueSoon} to={WARNINGS_PATH} testId="monitoring-total-warnings" />
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Total
                title={t('totals.incidents')}
                hint={data.totals.incidents > 0 ? t('incidentsHint') : undefined}
                value={data.totals.incidents}
                icon={<AlertOutlined />}
                colour={COLOURS.overdue}
                to={opensCockpit(user) ? COCKPIT_PATH : undefined}
                external
                testId="monitoring-total-incidents"
              />
            </Col>
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} xl={14}>
              <Typography.Title level={5}>{t('processes.title')}</Typography.Title>
              {data.processes.length === 0 ? (
                <Empty description={t('processes.empty')} />
              ) : (
                <Space direction="vertical" size={12} style={{ width: '100%' }}>
                  {data.processes.map((p) => (
                    <ProcessCard key={p.processKey} process={p} place={place} narrow={narrow} />
                  ))}
                </Space>
              )}
            </Col>
            <Col xs={24} xl={10}>
              <Space direction="vertical" size={12} style={{ width: '100%' }}>
                <PlacesCard places={data.places} streets={showStreets} onDrill={showStreets ? pick : undefined} />
                <WarningsCard stages={data.warningsByStage} total={data.totals.openWarnings} />
              </Space>
            </Col>
          </Row>
        </>
      ) : null}
    </div>
  );
}
