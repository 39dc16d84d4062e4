import { useState, type HTMLAttributes } from 'react';
import { colon } from '@/i18n';
import { Alert, Button, Card, Empty, Flex, Input, List, Pagination, Segmented, Select, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { displayMaskedId } from '@/lib/masking';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { rosterExportUrl } from '../api/care';
import { useRoster } from '../api/use-care';
import { useCareLabel, useCareT } from '../i18n';
import { formatDay } from '../lib/dates';
import { canManageCare, canViewCare, isCareCadre } from '../lib/roles';
import { VILLAGE_CODE_PATTERN } from '../lib/villages';
import { CARE_LEVELS, VISIT_STATUSES, type CareLevel, type RosterRow, type VisitStatus } from '../types';
import { Forbidden } from '@/components/PageParts';
import { OfflineVisits } from './OfflineVisits';
import { OrgCodeSelect } from './OrgCodeSelect';
import { EmergencyTag, LateEntryNote, LevelTag, VisitStatusTag, WarningBadge } from './tags';
import { useKnownVillages } from './use-known-villages';
import './care.css';

const PAGE_SIZE = 20;

function readLevel(value: string | null): CareLevel | undefined {
  return CARE_LEVELS.find((l) => String(l) === value);
}

function readVisitStatus(value: string | null): VisitStatus | undefined {
  return VISIT_STATUSES.find((s) => s === value);
}

function readPage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** `mine` from the URL; a care cadre starts on 我负责的. */
export function readMine(value: string | null, cadre: boolean): boolean {
  if (value === null) return cadre;
  return value === '1' || value === 'true';
}

export const enrolmentLink = (enrolmentNo: string) => `/care/${encodeURIComponent(enrolmentNo)}`;

function LastVisit({ row }: { row: RosterRow }) {
  const t = useCareT();
  if (!row.lastVisitOn) return <Typography.Text type="secondary">{t('roster.never')}</Typography.Text>;
  return (
    <span>
      {formatDay(row.lastVisitOn)}
      {row.gapDays != null && row.gapDays > 0 && <div className="care-muted">{t('roster.gap', { count: row.gapDays })}</div>}
      {row.lastVisitLateEntry && <LateEntryNote reason={row.lastVisitLateReason} testId={`care-late-${row.enrolmentNo}`} />}
    </span>
  );
}

function StatusTags({ row }: { row: RosterRow }) {
  return (
    <Flex wrap gap={6}>
      <VisitStatusTag status={row.visitStatus} testId={`care-visit-status-${row.enrolmentNo}`} />
      {row.emergency && <EmergencyTag />}
    </Flex>
  );
}

/** One person as a card (phones). */
function RosterCard({ row }: { row: RosterRow }) {
  const t = useCareT();
  const label = useCareLabel();
  return (
    <Link
      to={enrolmentLink(row.enrolmentNo)}
      data-testid={`care-row-${row.enrolmentNo}`}
      data-enrolment-no={row.enrolmentNo}
      style={{ display: 'block', width: '100%', color: 'inherit' }}
    >
      <Card size="small" hoverable className="care-row-card">
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong style={{ minWidth: 0, fontSize: 16 }}>
            {row.personName}
          </Typography.Text>
          <LevelTag level={row.level} />
        </Flex>
        <div className="care-muted" style={{ wordBreak: 'break-all' }}>
          {[displayMaskedId(row.maskedIdNumber, ''), row.age != null ? t('roster.age', { age: row.age }) : null, row.villageName ?? row.villageCode]
            .filter(Boolean)
            .join(' · ')}
        </div>
        <div style={{ marginTop: 4, fontSize: 13 }}>
          {t('roster.responsible')}{colon()}{row.responsibleName ?? t('roster.noResponsible')}
        </div>
        <div style={{ fontSize: 13 }}>
          {t('roster.lastVisit')}{colon()}{row.lastVisitOn ? formatDay(row.lastVisitOn) : t('roster.never')}
          {row.nextDueOn && ` · ${t('roster.nextDue')}${colon()}${formatDay(row.nextDueOn)}`}
        </div>
        {row.lastVisitLateEntry && <LateEntryNote reason={row.lastVisitLateReason} testId={`care-late-${row.enrolmentNo}`} />}
        <div className="care-row-card__tags">
          <VisitStatusTag status={row.visitStatus} testId={`care-visit-status-${row.enrolmentNo}`} />
          {row.warning && <WarningBadge warning={row.warning} testId={`care-warning-${row.enrolmentNo}`} />}
          {row.emergency && <EmergencyTag />}
          {row.status !== 'ACTIVE' && <span className="care-muted">{label('status', row.status)}</span>}
        </div>
      </Card>
    </Link>
  );
}

/** 台账: the graded people in the user's area, most urgent first; cards on phones, a table on wide screens. */
export function CareRosterPage() {
  const t = useCareT();
  const label = useCareLabel();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const cadre = isCareCadre(user);
  const mine = readMine(params.get('mine'), cadre);
  const level = readLevel(params.get('level'));
  const visitStatus = readVisitStatus(params.get('visitStatus'));
  const village = params.get('villageCode') ?? '';
  const villageCode = VILLAGE_CODE_PATTERN.test(village) ? village : undefined;
  const text = params.get('text') ?? '';
  const page = readPage(params.get('page'));
  const [search, setSearch] = useState(text);
  const allowed = canViewCare(user);
  const roster = useRoster({
    villageCode,
    level,
    visitStatus,
    mine: mine || undefined,
    text: text || undefined,
    page: page - 1,
    size: PAGE_SIZE,
  });
  const villages = useKnownVillages();

  if (!allowed) return <Forbidden testId="care-forbidden" />;

  const show = (next: {
    level?: CareLevel | null;
    visitStatus?: VisitStatus | null;
    villageCode?: string | null;
    text?: string;
    mine?: boolean;
    page?: number;
  }) => {
    const query = new URLSearchParams();
    const l = next.level === undefined ? level : next.level;
    const s = next.visitStatus === undefined ? visitStatus : next.visitStatus;
    const v = next.villageCode === undefined ? villageCode : next.villageCode;
    const q = (next.text ?? text).trim();
    const m = next.mine ?? mine;
    if (v) query.set('villageCode', v);
    if (l !== undefined && l !== null) query.set('level', String(l));
    if (s) query.set('visitStatus', s);
    if (q) query.set('text', q);
    if (m !== cadre) query.set('mine', m ? '1' : '0');
    if ((next.page ?? 1) > 1) query.set('page', String(next.page));
    setParams(query);
  };

  const items = roster.data?.items ?? [];
  const total = roster.data?.total ?? 0;
  const loading = roster.isPending || (roster.isFetching && roster.isPlaceholderData);
  const manage = canManageCare(user);

  const columns: TableColumnsType<RosterRow> = [
    {
      key: 'person',
      title: t('roster.person'),
      render: (_, r) => (
        <div style={{ minWidth: 120 }}>
          <Link to={enrolmentLink(r.enrolmentNo)} onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong>{r.personName}</Typography.Text>
          </Link>
          <div className="care-muted">
            {[displayMaskedId(r.maskedIdNumber, ''), r.age != null ? t('roster.age', { age: r.age }) : null].filter(Boolean).join(' · ')}
          </div>
        </div>
      ),
    },
    { key: 'village', title: t('roster.village'), render: (_, r) => r.villageName ?? r.villageCode },
    { key: 'level', title: t('roster.level'), render: (_, r) => <LevelTag level={r.level} /> },
    {
      key: 'responsible',
      title: t('roster.responsible'),
      render: (_, r) => r.responsibleName ?? <Typography.Text type="secondary">{t('roster.noResponsible')}</Typography.Text>,
    },
    { key: 'lastVisit', title: t('roster.lastVisit'), render: (_, r) => <LastVisit row={r} /> },
    { key: 'nextDue', title: t('roster.nextDue'), render: (_, r) => formatDay(r.nextDueOn) || t('common:none') },
    { key: 'visitStatus', title: t('roster.visitStatus'), render: (_, r) => <StatusTags row={r} /> },
    {
      key: 'warning',
      title: t('roster.warning'),
      render: (_, r) => (r.warning ? <WarningBadge warning={r.warning} testId={`care-warning-${r.enrolmentNo}`} /> : null),
    },
  ];

  return (
    <Card
      className="care-page care-card"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('roster.title')}
        </Typography.Title>
      }
      extra={
        <Button
          icon={<ReloadOutlined spin={roster.isFetching && !loading} />}
          onClick={() => void roster.refetch()}
          aria-label={t('common:refresh')}
          data-testid="care-refresh"
        >
          {narrow ? null : t('common:refresh')}
        </Button>
      }
      styles={{ body: narrow ? { paddingInline: 12 } : undefined }}
      data-testid="care-roster"
    >
      <div className="care-toolbar" style={{ marginBottom: 12 }}>
        <Button href={rosterExportUrl(villageCode)} icon={<DownloadOutlined />} data-testid="care-export" download>
          {t('roster.export')}
        </Button>
        {manage && (
          <>
            <Link to="/care/import">
              <Button icon={<UploadOutlined />} data-testid="care-import-link">
                {t('roster.import')}
              </Button>
            </Link>
            <Link to="/care/enrol">
              <Button type="primary" icon={<PlusOutlined />} data-testid="care-enrol-link">
                {t('roster.enrol')}
              </Button>
            </Link>
          </>
        )}
      </div>

      <OfflineVisits />

      <div className="care-filters">
        {cadre && (
          <Segmented<string>
            className="care-filters__mine"
            size="large"
            value={mine ? 'mine' : 'all'}
            onChange={(v) => show({ mine: v === 'mine' })}
            options={[
              { value: 'mine', label: <span data-testid="care-mine">{t('roster.mine')}</span> },
              { value: 'all', label: <span data-testid="care-all">{t('roster.all')}</span> },
            ]}
          />
        )}
        {user.orgLevel !== 'VILLAGE' && (
          <OrgCodeSelect
            allowClear
            value={villageCode}
            onChange={(v) => show({ villageCode: v ?? null })}
            options={villages}
            pattern={VILLAGE_CODE_PATTERN}
            codeLabel={(code) => t('village.byCode', { code })}
            placeholder={t('roster.villagePlaceholder')}
            ariaLabel={t('roster.village')}
            testId="care-village-filter"
          />
        )}
        <Select<CareLevel>
          allowClear
          size="large"
          placeholder={t('roster.allLevels')}
          aria-label={t('roster.level')}
          value={level}
          onChange={(v) => show({ level: v ?? null })}
          options={CARE_LEVELS.map((l) => ({ value: l, label: label('level', l) }))}
          data-testid="care-level-filter"
        />
        <Select<VisitStatus>
          allowClear
          size="large"
          placeholder={t('roster.allVisitStatuses')}
          aria-label={t('roster.visitStatus')}
          value={visitStatus}
          onChange={(v) => show({ visitStatus: v ?? null })}
          options={VISIT_STATUSES.map((s) => ({ value: s, label: label('visitStatus', s) }))}
          data-testid="care-visit-status-filter"
        />
        <Input.Search
          size="large"
          allowClear
          placeholder={t('roster.search')}
          aria-label={t('roster.search')}
          value={search}
          maxLength={50}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => show({ text: value })}
          data-testid="care-search"
        />
      </div>

      {roster.isError && (
        <Alert
          type="error"
          showIcon
          message={t('roster.loadFailed')}
          description={describe(roster.error)}
          action={
            <Button size="small" onClick={() => void roster.refetch()}>
              {t('common:retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}

      {narrow ? (
        <List<RosterRow>
          dataSource={items}
          loading={loading}
          split={false}
          rowKey="enrolmentNo"
          locale={{ emptyText: <Empty description={t('roster.empty')} /> }}
          data-testid="care-list"
          renderItem={(r) => (
            <List.Item style={{ padding: '6px 0' }}>
              <RosterCard row={r} />
            </List.Item>
          )}
        />
      ) : (
        <Table<RosterRow>
          rowKey="enrolmentNo"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('roster.empty') }}
          scroll={{ x: 'max-content' }}
          data-testid="care-list"
          onRow={(r) =>
            ({
              'data-testid': `care-row-${r.enrolmentNo}`,
              'data-enrolment-no': r.enrolmentNo,
              style: { cursor: 'pointer' },
              onClick: () => navigate(enrolmentLink(r.enrolmentNo)),
            }) as HTMLAttributes<HTMLElement>
          }
        />
      )}

      {total > 0 && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(p) => show({ page: p })}
            showSizeChanger={false}
            showTotal={narrow ? undefined : (n) => t('roster.total', { count: n })}
            simple={narrow}
            size={narrow ? 'small' : 'default'}
          />
        </Flex>
      )}
    </Card>
  );
}
