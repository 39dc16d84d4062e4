import { useState } from 'react';
import { Button, Card, Empty, List, Pagination, Result, Select, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { colon } from '@/i18n';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { useIntake, useIntakes } from '../api/use-onedoor';
import { useOneDoorLabel, useOneDoorT } from '../i18n';
import type { IntakeStatus } from '../types';
import { IntakeDocumentsCard, IntakeHeader, IntakeStatusTag, LoadError, NeedList, PageTitle, RouteList } from './parts';

const STATUSES: readonly IntakeStatus[] = ['ROUTING', 'IN_PROGRESS', 'DONE'];
const SIZE = 20;

/** /intakes: the intakes in the user's area, newest first; cards that fit a phone. */
export function IntakeListPage() {
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  const user = useCurrentUser();
  const [status, setStatus] = useState<IntakeStatus | undefined>();
  const [page, setPage] = useState(0);
  const list = useIntakes({ status, page, size: SIZE });
  const canTakeIn = hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="intake-list-page">
      <PageTitle
        extra={
          canTakeIn && (
            <Link to="/intakes/new">
              <Button type="primary" icon={<PlusOutlined />} size="large" data-testid="intake-new">
                {t('list.newIntake')}
              </Button>
            </Link>
          )
        }
      >
        {t('list.title')}
      </PageTitle>
      <Select<IntakeStatus | ''>
        value={status ?? ''}
        onChange={(v) => {
          setStatus(v === '' ? undefined : v);
          setPage(0);
        }}
        style={{ maxWidth: 240 }}
        data-testid="intake-status-filter"
        options={[{ value: '', label: t('list.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: label('intakeStatus', s) }))]}
      />
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Skeleton active />
      ) : list.data && list.data.items.length === 0 ? (
        <Empty description={t('list.empty')} />
      ) : (
        list.data && (
          <>
            <Typography.Text type="secondary">{t('list.total', { count: list.data.total })}</Typography.Text>
            <List
              dataSource={list.data.items}
              renderItem={(r) => (
                <List.Item key={r.intakeNo} data-testid={`intake-row-${r.intakeNo}`}>
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    <Space wrap size={8}>
                      <Link to={`/intakes/${encodeURIComponent(r.intakeNo)}`}>
                        <Typography.Text strong>{r.personName}</Typography.Text>
                      </Link>
                      <IntakeStatusTag status={r.status} />
                    </Space>
                    <Typography.Text type="secondary">
                      {r.villageName} · {formatDateTime(r.createdAt)} · {r.intakeNo}
                    </Typography.Text>
                    <Typography.Text>{r.needTypes.map((n) => label('needType', n)).join('、')}</Typography.Text>
                    {r.routes > 0 && (
                      <Typography.Text type="secondary">{t('list.openRoutes', { open: r.openRoutes, all: r.routes })}</Typography.Text>
                    )}
                  </Space>
                </List.Item>
              )}
            />
            {list.data.total > SIZE && (
              <Pagination current={page + 1} pageSize={SIZE} total={list.data.total} onChange={(p) => setPage(p - 1)} showSizeChanger={false} />
            )}
          </>
        )
      )}
    </Space>
  );
}

/** /intakes/:intakeNo: one intake, its hardships and every route with its status and outcome. */
export function IntakeViewPage() {
  const { intakeNo = '' } = useParams();
  const t = useOneDoorT();
  const user = useCurrentUser();
  const intake = useIntake(intakeNo);
  if (intake.isPending) return <Skeleton active />;
  if (intake.isError) {
    if (isApiError(intake.error, 404) || isApiError(intake.error, 400)) {
      return <Result status="404" title={t('view.notFound')} extra={<Link to="/intakes">{t('view.back')}</Link>} />;
    }
    return <LoadError error={intake.error} onRetry={() => void intake.refetch()} />;
  }
  const v = intake.data;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="intake-page">
      <Link to="/intakes">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('view.back')}
        </Button>
      </Link>
      <PageTitle>{t('view.title', { no: v.intakeNo })}</PageTitle>
      <IntakeHeader intake={v} />
      <Card size="small" title={t('common.needs')}>
        <NeedList needs={v.needs} />
      </Card>
      <Card size="small" title={t('common.routes')}>
        <RouteList intake={v} />
      </Card>
      <IntakeDocumentsCard intake={v} canUpload={hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF)} />
      {v.closedAt && (
        <Typography.Text type="secondary">
          {t('common.doneAt')}{colon()}{formatDateTime(v.closedAt)}
        </Typography.Text>
      )}
    </Space>
  );
}
