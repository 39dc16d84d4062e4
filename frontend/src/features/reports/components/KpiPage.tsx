import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Card, Empty, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { PageTitle } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { useKpis } from '../api/reports';
import { useReportsT, type ReportsT } from '../i18n';
import { formatDays, formatPercent, formatShare, formatYuan } from '../lib/format';
import { periodFromParams, presetPeriod, type Period } from '../lib/periods';
import type { KpiFigures, ProviderKpis, StreetKpis } from '../types';
import { EChart, type ChartOption } from '@/components/EChart';
import { PeriodPicker, QueryError } from './parts';
import './reports.css';

interface PlaceRow {
  key: string;
  name: string;
  figures: KpiFigures;
  children?: PlaceRow[];
}

function figureColumns(t: ReportsT): TableColumnsType<PlaceRow> {
  const days = t('days');
  return [
    { title: t('fig.leads'), key: 'leads', render: (_, r) => r.figures.leads, align: 'right' },
    { title: t('fig.card'), key: 'card', render: (_, r) => `${formatShare(r.figures.leadsWithCard, r.figures.leads)} (${formatPercent(r.figures.cardPercent)})` },
    { title: t('fig.daysToCard'), key: 'daysToCard', render: (_, r) => formatDays(r.figures.medianDaysToCard, days) },
    { title: t('fig.visits'), key: 'visits', render: (_, r) => `${formatShare(r.figures.visitedWithinInterval, r.figures.gradedPeople)} (${formatPercent(r.figures.visitCompliancePercent)})` },
    { title: t('fig.warnings'), key: 'warnings', render: (_, r) => `${r.figures.warningsRaised} (${r.figures.warningsEscalated})` },
    { title: t('fig.deliveries'), key: 'deliveries', render: (_, r) => `${r.figures.deliveriesByPin} / ${r.figures.deliveriesByOfficer}` },
    { title: t('fig.pinPercent'), key: 'pin', render: (_, r) => formatPercent(r.figures.pinPercent) },
    { title: t('fig.spotChecks'), key: 'spot', render: (_, r) => `${r.figures.spotChecks} (${r.figures.spotChecksFailed})` },
    { title: t('fig.standard'), key: 'standard', render: (_, r) => `${formatShare(r.figures.standardMonthsMet, r.figures.standardMonths)} (${formatPercent(r.figures.standardPercent)})` },
    { title: t('fig.statements'), key: 'statements', render: (_, r) => r.figures.statementsApproved, align: 'right' },
    { title: t('fig.daysToApproval'), key: 'approval', render: (_, r) => formatDays(r.figures.medianDaysToApproval, days) },
    { title: t('fig.referrals'), key: 'referrals', render: (_, r) => `${r.figures.referrals} (${r.figures.referralsStarted})` },
    { title: t('fig.daysToFirstActivity'), key: 'firstActivity', render: (_, r) => formatDays(r.figures.medianDaysToFirstActivity, days) },
  ];
}

function placeRows(streets: StreetKpis[]): PlaceRow[] {
  return streets.map((s) => ({
    key: s.code,
    name: s.name,
    figures: s.figures,
    children: s.villages.length ? s.villages.map((v) => ({ key: v.code, name: v.name, figures: v.figures })) : undefined,
  }));
}

function chartOption(t: ReportsT, streets: StreetKpis[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : '–') },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: streets.map((s) => s.name), axisLabel: { interval: 0, rotate: streets.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: t('kpis.chartCard'), type: 'bar', data: streets.map((s) => s.figures.cardPercent) },
      { name: t('kpis.chartVisit'), type: 'bar', data: streets.map((s) => s.figures.visitCompliancePercent) },
    ],
  } as ChartOption;
}

/** 工作指标: KPIs per street (expandable to villages) and per provider over a chosen period. */
export function KpiPage() {
  const t = useReportsT();
  const user = useCurrentUser();
  const seesDistrict = hasAnyRole(user, 'DISTRICT_MANAGER', 'ADMIN');
  // Period and street live in the URL, so a reload, a shared link or the back button keep them.
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params) ?? presetPeriod('thisMonth');
  const street = params.get('street') ?? undefined;
  const update = (next: { period?: Period; street?: string | null }) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next.period) {
          out.set('from', next.period.from);
          out.set('to', next.period.to);
        }
        if (next.street === null) out.delete('street');
        else if (next.street) out.set('street', next.street);
        return out;
      },
      { replace: true },
    );
  const setPeriod = (p: Period) => update({ period: p });
  const setStreet = (v: string | undefined) => update({ street: v ?? null });
  const kpis = useKpis(period.from, period.to, seesDistrict ? street : undefined);
  // The street list comes from the district answer for the same period (cached; the server scopes).
  const district = useKpis(period.from, period.to, undefined, seesDistrict);
  const streetOptions = useMemo(
    () => (district.data?.streets ?? []).map((s) => ({ value: s.code, label: s.name })),
    [district.data],
  );

  const data = kpis.data;
  const rows = useMemo(() => (data ? placeRows(data.streets) : []), [data]);
  const columns = useMemo<TableColumnsType<PlaceRow>>(
    () => [{ title: t('kpis.name'), dataIndex: 'name', key: 'name', fixed: 'left', width: 140 }, ...figureColumns(t)],
    [t],
  );
  const option = useMemo(() => (data ? chartOption(t, data.streets) : undefined), [t, data]);
  const providerColumns = useMemo<TableColumnsType<ProviderKpis>>(
    () => [
      { title: t('kpis.provider'), dataIndex: 'providerName', key: 'name', fixed: 'left', width: 160 },
      { title: t('fig.deliveries'), key: 'deliveries', render: (_, p) => `${p.deliveriesByPin} / ${p.deliveriesByOfficer}` },
      { title: t('fig.pinPercent'), key: 'pin', render: (_, p) => formatPercent(p.pinPercent) },
      { title: t('fig.spotChecks'), key: 'spot', render: (_, p) => `${p.spotChecks} (${p.spotChecksFailed})` },
      { title: t('fig.spotCheckFailure'), key: 'failure', render: (_, p) => formatPercent(p.spotCheckFailurePercent) },
      { title: t('fig.statements'), dataIndex: 'statementsApproved', key: 'statements', align: 'right' },
      { title: t('fig.daysToApproval'), key: 'approval', render: (_, p) => formatDays(p.medianDaysToApproval, t('days')) },
      { title: t('fig.amount'), key: 'amount', render: (_, p) => formatYuan(p.amount), align: 'right' },
    ],
    [t],
  );

  return (
    <>
      <PageTitle>{t('kpis.title')}</PageTitle>
      <div className="reports-filters">
        <PeriodPicker value={period} onChange={setPeriod} testId="kpi-period" />
        {seesDistrict && (
          <Select
            allowClear
            placeholder={t('kpis.wholeDistrict')}
            aria-label={t('kpis.street')}
            value={street}
            onChange={(v: string | undefined) => setStreet(v)}
            options={streetOptions}
            style={{ minWidth: 180 }}
            data-testid="kpi-street"
          />
        )}
      </div>
      {kpis.isPending ? (
        <Skeleton active />
      ) : kpis.isError ? (
        <QueryError error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : (
        data && (
          <>
            <Typography.Text type="secondary" className="reports-scope" data-testid="kpi-scope">
              {t('kpis.scope', { name: data.scopeName, from: data.from, to: data.to })}
            </Typography.Text>
            <Card size="small" title={t('kpis.places')} className="reports-card">
              <Table<PlaceRow>
                rowKey="key"
                size="small"
                columns={columns}
                dataSource={rows}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty description={t('kpis.empty')} /> }}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>{t('kpis.total')}</Table.Summary.Cell>
                    {figureColumns(t).map((c, i) => (
                      <Table.Summary.Cell key={String(c.key)} index={i + 1}>
                        {'render' in c && c.render ? (c.render(undefined, { key: 'total', name: '', figures: data.total }, 0) as React.ReactNode) : null}
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                )}
                data-testid="kpi-places"
              />
            </Card>
            {data.streets.length > 0 && option && (
              <Card size="small" title={t('kpis.chart')} className="reports-card">
                <EChart option={option} height={280} ariaLabel={t('kpis.chart')} testId="kpi-chart" />
              </Card>
            )}
            <Card size="small" title={t('kpis.providers')} className="reports-card">
              <Table<ProviderKpis>
                rowKey="providerCode"
                size="small"
                columns={providerColumns}
                dataSource={data.providers}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty description={t('kpis.empty')} /> }}
                data-testid="kpi-providers"
              />
            </Card>
          </>
        )
      )}
    </>
  );
}
