import { useState } from 'react';
import { Alert, Button, Card, Empty, Pagination, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useBatch, useBatches } from '../api/use-referrals';
import { useReferralsLabel, useReferralsT } from '../i18n';
import { isCharity } from '../lib/roles';
import { BATCH_STATUSES, type BatchRow, type BatchStatus, type BatchView, type ItemView } from '../types';
import { ActivitiesList, ActivityModal, CloseModal, ItemsList, PlansSection, ApprovalHistory } from './BatchSections';
import { BatchStatusTag, Forbidden, LoadError, PageTitle } from './parts';

/** 转介批次: batches in scope (a charity: those sent to it). */
export function BatchesPage() {
  const user = useCurrentUser();
  const t = useReferralsT();
  const label = useReferralsLabel();
  const narrow = useIsNarrow();
  const [status, setStatus] = useState<BatchStatus | undefined>();
  const [page, setPage] = useState(0);
  const size = 20;
  const batches = useBatches({ status, page, size });
  if (!hasAnyRole(user, ...ROLE_GROUPS.SUPERVISORS_AND_CHARITIES)) return <Forbidden />;
  const open = (b: BatchRow) => (
    <Link to={`/referrals/${encodeURIComponent(b.batchNo)}`} data-testid={`batch-open-${b.batchNo}`}>
      {b.batchNo}
    </Link>
  );
  return (
    <div data-testid="referrals-batches">
      <PageTitle>{t('batches.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<BatchStatus | ''>
          style={{ minWidth: 160 }}
          value={status ?? ''}
          onChange={(v) => {
            setStatus(v || undefined);
            setPage(0);
          }}
          options={[{ value: '', label: t('common:all') }, ...BATCH_STATUSES.map((s) => ({ value: s, label: label('batchStatus', s) }))]}
        />
      </Space>
      {batches.isPending ? (
        <Skeleton active />
      ) : batches.isError ? (
        <LoadError error={batches.error} />
      ) : batches.data.items.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : narrow ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {batches.data.items.map((b) => (
            <Card key={b.batchNo} size="small" data-testid={`batch-row-${b.batchNo}`}>
              <Space wrap>
                {open(b)}
                <BatchStatusTag status={b.status} />
                {b.openWarnings > 0 ? <Tag color="red">{t('batches.warnings')} {b.openWarnings}</Tag> : null}
              </Space>
              <div>
                {b.charityName} · {b.originName} · {t('batches.persons')} {b.persons}
              </div>
              <Typography.Text type="secondary">{formatDateTime(b.sentAt)}</Typography.Text>
              {b.taskId ? (
                <div>
                  <Link to={`/tasks/${b.taskId}`}>{b.taskName ?? t('common.openTask')}</Link>
                </div>
              ) : null}
            </Card>
          ))}
        </Space>
      ) : (
        <Table<BatchRow>
          rowKey="batchNo"
          size="small"
          pagination={false}
          dataSource={batches.data.items}
          onRow={(b) => ({ 'data-testid': `batch-row-${b.batchNo}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('batches.batchNo'), render: (_, b) => open(b) },
            { title: t('common.charity'), dataIndex: 'charityName' },
            { title: t('batches.origin'), dataIndex: 'originName' },
            { title: t('batches.persons'), dataIndex: 'persons' },
            { title: t('batches.progress'), render: (_, b) => `${b.accepted}/${b.declined}/${b.closed}` },
            {
              title: t('common:status'),
              render: (_, b) => (
                <Space size={4}>
                  <BatchStatusTag status={b.status} />
                  {b.openWarnings > 0 ? <Tag color="red">{t('batches.warnings')} {b.openWarnings}</Tag> : null}
                </Space>
              ),
            },
            { title: t('batches.sentAt'), render: (_, b) => formatDateTime(b.sentAt) },
            {
              title: t('common:actions'),
              render: (_, b) => (b.taskId ? <Link to={`/tasks/${b.taskId}`}>{b.taskName ?? t('common.openTask')}</Link> : null),
            },
          ]}
        />
      )}
      {batches.data ? (
        <Pagination
          style={{ marginTop: 12 }}
          size="small"
          current={page + 1}
          pageSize={size}
          total={batches.data.total}
          showTotal={(total) => t('common:total', { total })}
          onChange={(p) => setPage(p - 1)}
          showSizeChanger={false}
        />
      ) : null}
    </div>
  );
}

/** One batch: its people, plans, review loop, activities and warnings; the charity runs it from here. */
export function BatchPage() {
  const { batchNo = '' } = useParams();
  const t = useReferralsT();
  const batch = useBatch(batchNo);
  return (
    <div data-testid="referrals-batch">
      <PageTitle>{t('batch.title', { batchNo })}</PageTitle>
      {batch.isPending ? <Skeleton active /> : batch.isError ? <LoadError error={batch.error} /> : <BatchDetail batch={batch.data} />}
    </div>
  );
}

export function BatchHeader({ batch }: { batch: BatchView }) {
  const t = useReferralsT();
  return (
    <Card size="small">
      <Space wrap>
        <BatchStatusTag status={batch.status} testId="batch-status" />
        <Typography.Text strong>{batch.charityName}</Typography.Text>
        <Typography.Text type="secondary">
          {batch.originName} · {formatDateTime(batch.sentAt)} · {t('batches.persons')} {batch.persons}
        </Typography.Text>
      </Space>
      {batch.note ? <div>{batch.note}</div> : null}
      {batch.taskId ? (
        <div style={{ marginTop: 8 }}>
          <Link to={`/tasks/${batch.taskId}`} data-testid="batch-task">
            <Button type="primary" size="small">
              {batch.taskName ?? t('common.openTask')}
            </Button>
          </Link>
        </div>
      ) : null}
    </Card>
  );
}

function BatchDetail({ batch }: { batch: BatchView }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const user = useCurrentUser();
  const charity = isCharity(user);
  const running = batch.status === 'RUNNING';
  const [activityFor, setActivityFor] = useState<ItemView | null>(null);
  const [closeFor, setCloseFor] = useState<ItemView | null>(null);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <BatchHeader batch={batch} />
      {charity && !running && batch.status !== 'CLOSED' && batch.status !== 'NONE_ACCEPTED' ? (
        <Alert type="info" showIcon message={t('batch.planNotAgreed')} />
      ) : null}
      <Card size="small" title={t('batch.persons')}>
        <ItemsList
          batch={batch}
          actions={
            charity && running
              ? (i) =>
                  i.status === 'ACCEPTED' ? (
                    <>
                      <Button size="small" type="primary" onClick={() => setActivityFor(i)} data-testid={`activity-open-${i.id}`}>
                        {t('batch.recordActivity')}
                      </Button>
                      <Button size="small" onClick={() => setCloseFor(i)} data-testid={`close-open-${i.id}`}>
                        {t('batch.close')}
                      </Button>
                    </>
                  ) : null
              : undefined
          }
        />
      </Card>
      <PlansSection batch={batch} editable={false} />
      <ApprovalHistory approvals={batch.approvals} />
      <ActivitiesList activities={batch.activities} />
      {batch.warnings.length > 0 ? (
        <Card size="small" title={t('batch.warnings')}>
          {batch.warnings.map((w) => (
            <div key={w.id} data-testid={`warning-${w.id}`}>
              <Tag color={w.resolvedAt ? 'default' : 'red'}>{label('warningReason', w.reason)}</Tag>
              {w.recipientName} · {w.detail} · {formatDateTime(w.raisedAt)}
              {w.resolution ? ` · ${w.resolution}` : ''}
            </div>
          ))}
        </Card>
      ) : null}
      {activityFor ? <ActivityModal batch={batch} item={activityFor} onClose={() => setActivityFor(null)} /> : null}
      {closeFor ? <CloseModal batch={batch} item={closeFor} onClose={() => setCloseFor(null)} /> : null}
    </Space>
  );
}
