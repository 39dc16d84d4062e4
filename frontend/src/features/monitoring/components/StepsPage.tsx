import { lazy, Suspense, useMemo } from 'react';
import { Button, Card, Empty, Segmented, Select, Skeleton, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { DiagramOverlay } from '@/components/bpmn-markers';
import { Forbidden, PageTitle } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useMonitoredProcesses, useOverview, useStepDurations } from '../api/monitoring';
import { PERIODS, type Period, type StepDuration } from '../api-types';
import { useMonitoringT } from '../i18n';
import { readStepFilters, stepFiltersQuery, tasksPath, type StepFilters } from '../lib/filters';
import { formatShare } from '../lib/format';
import { HEAT_COLOURS, heatMarker, heatOf, type Heat } from '../lib/heat';
import { canMonitor, seesDistrict } from '../lib/roles';
import { CountLink, formatDuration, QueryError } from './parts';
import './monitoring.css';

const BpmnViewer = lazy(() => import('@/components/BpmnViewer'));

const HEATS: Heat[] = ['green', 'orange', 'red', 'none'];
const TAG_COLOURS: Record<Heat, string> = { green: 'green', orange: 'orange', red: 'red', none: 'default' };

/** 步骤耗时: per user task p50/p90 time and on-time share over 30/90/365 days, drawn on the process. */
export function StepsPage() {
  const t = useMonitoringT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const allowed = canMonitor(user);
  const district = seesDistrict(user);
  const chosen = readStepFilters(params);
  const processes = useMonitoredProcesses();
  const processKey = chosen.processKey ?? processes.data?.[0]?.processKey;
  const street = district ? chosen.street : undefined;
  const steps = useStepDurations(allowed ? processKey : undefined, chosen.days, street);
  const streets = useOverview(undefined, allowed && district);
  const data = steps.data;

  const diagram = useMemo(() => {
    const markers: Record<string, string[]> = {};
    const overlays: DiagramOverlay[] = [];
    for (const s of data?.steps ?? []) {
      markers[s.activityId] = [heatMarker(heatOf(s.p90Hours, s.limitWorkingDays))];
      overlays.push({
        elementId: s.activityId,
        text: `${s.completed} / ${s.running}`,
        title: t('steps.badge', { completed: s.completed, running: s.running }),
        className: s.running > 0 ? 'monitoring-badge monitoring-badge--running' : 'monitoring-badge',
      });
    }
    return { markers, overlays };
  }, [data, t]);

  if (!allowed) return <Forbidden testId="monitoring-forbidden" />;

  const show = (next: Partial<StepFilters>) => setParams(stepFiltersQuery({ ...chosen, processKey, ...next }));
  const openTasks = (activityId: string) => navigate(tasksPath({ state: 'OPEN', processKey, activityId, place: street }));

  const columns: TableColumnsType<StepDuration> = [
    { key: 'step', title: t('steps.step'), render: (_, s) => s.activityName, fixed: 'left' },
    { key: 'completed', title: t('steps.completed'), align: 'right', render: (_, s) => s.completed },
    {
      key: 'running',
      title: t('steps.running'),
      align: 'right',
      render: (_, s) => <CountLink to={tasksPath({ state: 'OPEN', processKey, activityId: s.activityId, place: street })} count={s.running} testId="monitoring-step-running" />,
    },
    { key: 'p50', title: t('steps.p50'), render: (_, s) => formatDuration(t, s.p50Hours) },
    { key: 'p90', title: t('steps.p90'), render: (_, s) => formatDuration(t, s.p90Hours) },
    { key: 'onTime', title: t('steps.onTime'), align: 'right', render: (_, s) => (s.onTimeShare == null ? t('common:none') : formatShare(s.onTimeShare)) },
    { key: 'limit', title: t('steps.limit'), render: (_, s) => t('steps.limitDays', { count: s.limitWorkingDays }) },
    {
      key: 'heat',
      title: t('steps.heatColumn'),
      render: (_, s) => {
        const heat = heatOf(s.p90Hours, s.limitWorkingDays);
        return (
          <Tag color={TAG_COLOURS[heat]} data-testid="monitoring-step-heat" data-heat={heat}>
            {t(`steps.heat.${heat}`)}
          </Tag>
        );
      },
    },
  ];

  const loadingDiagram = (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={t('steps.diagramLoading')}>
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );

  return (
    <div data-testid="monitoring-steps">
      <PageTitle
        extra={
          <Link to={street ? `/monitoring?street=${encodeURIComponent(street)}` : '/monitoring'}>
            <Button icon={<ArrowLeftOutlined />}>{t('tasks.back')}</Button>
          </Link>
        }
      >
        {t('steps.title')}
      </PageTitle>
      <Space wrap className="monitoring-filters">
        <Select<string>
          aria-label={t('steps.process')}
          value={processKey}
          placeholder={t('steps.process')}
          onChange={(key) => show({ processKey: key })}
          style={{ minWidth: 200 }}
          loading={processes.isPending}
          options={(processes.data ?? []).map((p) => ({ value: p.processKey, label: p.processName }))}
          data-testid="monitoring-steps-process"
        />
        <Segmented<Period>
          value={chosen.days}
          onChange={(days) => show({ days })}
          options={PERIODS.map((days) => ({ value: days, label: t('steps.days', { days }) }))}
          aria-label={t('steps.period')}
          data-testid="monitoring-steps-period"
        />
        {district && (
          <Select<string>
            aria-label={t('street')}
            value={street ?? ''}
            onChange={(code) => show({ street: code || undefined })}
            style={{ minWidth: 160 }}
            options={[{ value: '', label: t('wholeDistrict') }, ...(streets.data?.places ?? []).map((p) => ({ value: p.code, label: p.name }))]}
            data-testid="monitoring-steps-street"
          />
        )}
      </Space>
      {processes.isError ? (
        <QueryError error={processes.error} onRetry={() => void processes.refetch()} />
      ) : processes.data && processes.data.length === 0 ? (
        <Empty description={t('steps.noProcess')} />
      ) : steps.isPending ? (
        <Skeleton active />
      ) : steps.isError ? (
        <QueryError error={steps.error} onRetry={() => void steps.refetch()} />
      ) : data ? (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small" title={data.processName} styles={{ body: { padding: 12 } }}>
            <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="monitoring-steps-range">
              {t('steps.range', { from: data.from, to: data.to })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }} data-testid="monitoring-heat-legend">
              {t('steps.legendTitle')}
              {HEATS.map((heat) => (
                <span key={heat}>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <span className="monitoring-legend" style={{ background: HEAT_COLOURS[heat].fill, borderColor: HEAT_COLOURS[heat].stroke }} />
                    {t(`steps.heat.${heat}`)}
                  </span>{' '}
                </span>
              ))}
              <span style={{ whiteSpace: 'nowrap' }}>
                <span className="bpmn-overlay monitoring-badge" style={{ marginInline: 4 }}>
                  n / m
                </span>
                {t('steps.badge', { completed: 'n', running: 'm' })}
              </span>
            </Typography.Paragraph>
            <Suspense fallback={loadingDiagram}>
              <BpmnViewer
                xml={data.bpmnXml}
                markers={diagram.markers}
                overlays={diagram.overlays}
                onElementClick={openTasks}
                failedText={t('steps.diagramFailed')}
                testId="monitoring-diagram"
              />
            </Suspense>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
              {t('steps.heatNote')}
            </Typography.Paragraph>
          </Card>
          <Table<StepDuration>
            rowKey="activityId"
            size="small"
            pagination={false}
            dataSource={data.steps}
            columns={columns}
            scroll={{ x: 'max-content' }}
            onRow={(s) => ({ 'data-testid': 'monitoring-step', 'data-activity-id': s.activityId }) as React.HTMLAttributes<HTMLElement>}
          />
        </Space>
      ) : null}
    </div>
  );
}
