import type { HTMLAttributes } from 'react';
import { OrgTreeSelect } from '@/components/OrgTreeSelect';
import { Alert, Button, Card, Empty, Flex, List, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/types';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { Forbidden } from '@/components/PageParts';
import { useCasesLabel, useCasesT } from '@/features/cases/i18n';
import { categoryNumber, noticePhaseColor } from '@/features/cases/lib/labels';
import { VILLAGE_CODE_PATTERN } from '@/features/cases/lib/lead-payload';
import { formatLocalDate } from '@/features/cases/lib/local-date';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useNoticeBoard } from '../api/notices';
import { useNoticesT } from '../i18n';
import { sortEntries } from '../lib/notice-sheet';
import type { NoticeEntry } from '../types';
import './notices.css';

export const canViewNotices = (user: CurrentUser | null | undefined) =>
  hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS);

/**
 * Whose board to show: a village officer's own village always; anyone else the valid code in the
 * URL (`?villageCode=`), or none yet.
 */
export function boardVillageCode(user: Pick<CurrentUser, 'orgLevel' | 'orgCode'>, requested: string | null): string | undefined {
  if (user.orgLevel === 'VILLAGE' && VILLAGE_CODE_PATTERN.test(user.orgCode)) return user.orgCode;
  const code = (requested ?? '').trim();
  return VILLAGE_CODE_PATTERN.test(code) ? code : undefined;
}

export const noticePrintPath = (noticeId: number, villageCode?: string) =>
  `/notices/${noticeId}/print${villageCode ? `?${new URLSearchParams({ villageCode }).toString()}` : ''}`;

export const boardPrintPath = (villageCode: string) => `/notices/print?${new URLSearchParams({ villageCode }).toString()}`;

function VillagePicker({ initial, onPick }: { initial: string; onPick: (code: string) => void }) {
  const t = useNoticesT();
  return (
    <div className="notice-village-form">
      <OrgTreeSelect
        value={VILLAGE_CODE_PATTERN.test(initial) ? initial : undefined}
        onChange={(code) => code && onPick(code)}
        allowClear={false}
        placeholder={t('board.villageCodePlaceholder')}
        ariaLabel={t('board.villageCode')}
        testId="notice-village-code"
      />
    </div>
  );
}

/** The same words as the case page: 公示中 / 异议复核中 / 公示期满 (only once the period has ended). */
function PhaseTags({ entry }: { entry: NoticeEntry }) {
  const label = useCasesLabel();
  return (
    <>
      <Tag color={noticePhaseColor(entry.phase)} data-testid="notice-entry-phase" data-phase={entry.phase}>
        {label('noticePhase', entry.phase)}
      </Tag>
      {entry.phase === 'UNDER_REVIEW' && entry.periodEndedAt && (
        <Tag color={noticePhaseColor('PERIOD_ENDED')}>{label('noticePhase', 'PERIOD_ENDED')}</Tag>
      )}
    </>
  );
}

/** /notices — a village's notice board; village officers see their own. */
export function NoticeBoardPage() {
  const t = useNoticesT();
  const ct = useCasesT();
  const label = useCasesLabel();
  const user = useCurrentUser();
  const narrow = useIsNarrow();
  const describe = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const fixed = user.orgLevel === 'VILLAGE';
  const villageCode = boardVillageCode(user, params.get('villageCode'));
  const board = useNoticeBoard(canViewNotices(user) ? villageCode : undefined);

  if (!canViewNotices(user)) return <Forbidden title={t('board.forbidden')} />;

  const entries = sortEntries(board.data?.entries ?? []);
  const printLink = (e: NoticeEntry) => (
    <Link to={noticePrintPath(e.noticeId, villageCode)} data-testid="notice-entry-print" onClick={(ev) => ev.stopPropagation()}>
      <PrinterOutlined /> {t('board.print')}
    </Link>
  );
  const category = (e: NoticeEntry) => {
    const n = categoryNumber(e.category);
    return n ? <span title={label('category', n)}>{ct('categoryNo', { no: n })}</span> : ct('common:none');
  };
  const period = (e: NoticeEntry) =>
    e.status === 'LONG_TERM'
      ? label('noticeStatus', 'LONG_TERM')
      : `${formatLocalDate(e.startsOn)} — ${formatLocalDate(e.endsOn)}`;

  const columns: TableColumnsType<NoticeEntry> = [
    { key: 'serviceNo', title: t('column.serviceNo'), render: (_, e) => e.serviceNo ?? ct('common:none') },
    { key: 'name', title: t('column.name'), dataIndex: 'name' },
    { key: 'gender', title: t('column.gender'), render: (_, e) => label('gender', e.gender) },
    { key: 'category', title: t('column.category'), render: (_, e) => category(e) },
    { key: 'services', title: t('column.services'), render: (_, e) => e.services.join('、') || ct('common:none') },
    {
      key: 'period',
      title: t('column.period'),
      render: (_, e) => (
        <Space size={4} wrap>
          <PhaseTags entry={e} />
          {e.status !== 'LONG_TERM' && <span data-testid="notice-entry-period">{period(e)}</span>}
        </Space>
      ),
    },
    { key: 'print', title: '', render: (_, e) => printLink(e) },
  ];

  return (
    <Card
      className="notice-page"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('board.title')}
        </Typography.Title>
      }
      extra={
        villageCode && board.data ? (
          <Link to={boardPrintPath(villageCode)}>
            <Button icon={<PrinterOutlined />} data-testid="notice-board-print">
              {narrow ? null : t('board.printBoard')}
            </Button>
          </Link>
        ) : undefined
      }
      styles={{ body: narrow ? { paddingInline: 12 } : undefined }}
    >
      {!fixed && (
        <VillagePicker
          initial={params.get('villageCode') ?? ''}
          onPick={(code) => setParams(new URLSearchParams({ villageCode: code }))}
        />
      )}
      {!villageCode && <Alert type="info" showIcon message={t('board.pickVillage')} />}
      {board.isError && (
        <Alert
          type="error"
          showIcon
          message={t('board.loadFailed')}
          description={describe(board.error)}
          action={
            <Button size="small" onClick={() => void board.refetch()}>
              {t('board.retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {villageCode && board.data && (
        <Typography.Paragraph strong data-testid="notice-board-place" style={{ marginBottom: 12 }}>
          {[board.data.streetName, board.data.villageName ?? board.data.villageCode].filter(Boolean).join(' · ')}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
            {t('board.total', { count: entries.length })}
          </Typography.Text>
        </Typography.Paragraph>
      )}
      {villageCode && (
        <div data-testid="notice-board" data-village-code={villageCode}>
          {narrow ? (
            <List<NoticeEntry>
              dataSource={entries}
              loading={board.isFetching && !board.data}
              split={false}
              locale={{ emptyText: <Empty description={t('board.empty')} /> }}
              renderItem={(e) => (
                <List.Item style={{ padding: '6px 0' }} data-testid="notice-entry" data-notice-id={e.noticeId}>
                  <Card size="small" style={{ width: '100%' }}>
                    <Flex justify="space-between" align="start" gap={8}>
                      <Typography.Text strong>
                        {e.serviceNo != null && <span style={{ marginInlineEnd: 6 }}>#{e.serviceNo}</span>}
                        {e.name}
                        <span style={{ marginInlineStart: 6, fontWeight: 'normal' }}>{label('gender', e.gender)}</span>
                      </Typography.Text>
                      <span>
                        <PhaseTags entry={e} />
                      </span>
                    </Flex>
                    <div style={{ fontSize: 13, marginTop: 4 }}>
                      {category(e)}
                      {e.services.length > 0 && ` · ${e.services.join('、')}`}
                    </div>
                    <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 6 }}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.status !== 'LONG_TERM' && (
                          <span data-testid="notice-entry-period">{`${t('board.period')} ${period(e)}`}</span>
                        )}
                      </Typography.Text>
                      {printLink(e)}
                    </Flex>
                  </Card>
                </List.Item>
              )}
            />
          ) : (
            <Table<NoticeEntry>
              rowKey="noticeId"
              size="middle"
              columns={columns}
              dataSource={entries}
              loading={board.isFetching && !board.data}
              pagination={false}
              locale={{ emptyText: t('board.empty') }}
              scroll={{ x: 'max-content' }}
              onRow={(e) => ({ 'data-testid': 'notice-entry', 'data-notice-id': e.noticeId }) as HTMLAttributes<HTMLElement>}
            />
          )}
        </div>
      )}
    </Card>
  );
}
