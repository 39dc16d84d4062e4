import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { CloudUploadOutlined, DeleteOutlined } from '@ant-design/icons';
import { loginPath } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { sendQueuedVisits, useVisitQueue } from '../api/use-visit-queue';
import { useCareT } from '../i18n';
import { LIMITS } from '../lib/payload';
import { discardVisit, retryVisit, type QueuedVisit } from '../lib/visit-queue';

/** A visit the server refused for want of a 补录 reason: type it here and send again. */
function LateReasonFix({ visit }: { visit: QueuedVisit }) {
  const t = useCareT();
  const [reason, setReason] = useState('');
  const send = async () => {
    await retryVisit(visit.clientId, { lateEntryReason: reason.trim() });
    if (navigator.onLine) void sendQueuedVisits();
  };
  return (
    <Space.Compact style={{ width: '100%', marginTop: 4 }}>
      <Input
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={LIMITS.lateEntryReason}
        placeholder={t('visit.lateReasonPlaceholder')}
        aria-label={t('visit.lateReason')}
        data-testid={`care-offline-reason-${visit.clientId}`}
      />
      <Button type="primary" disabled={!reason.trim()} onClick={() => void send()}>
        {t('offline.resend')}
      </Button>
    </Space.Compact>
  );
}

function QueuedVisitItem({ visit }: { visit: QueuedVisit }) {
  const t = useCareT();
  const tag =
    visit.state === 'rejected' ? (
      <Tag color="red">{t('offline.rejected')}</Tag>
    ) : visit.state === 'signin' ? (
      <Tag color="orange">{t('offline.needsSignIn')}</Tag>
    ) : (
      <Tag color="blue">{t('offline.waiting')}</Tag>
    );
  return (
    <List.Item
      data-testid="care-offline-item"
      data-state={visit.state}
      actions={
        visit.state === 'rejected'
          ? [
              <Button
                key="discard"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => void discardVisit(visit.clientId)}
                data-testid="care-offline-discard"
              >
                {t('offline.discard')}
              </Button>,
            ]
          : undefined
      }
    >
      <div style={{ minWidth: 0, width: '100%' }}>
        <Flex wrap gap={6} align="center">
          <Typography.Text strong>{visit.personName ?? t('offline.somebody')}</Typography.Text>
          {tag}
        </Flex>
        <div className="care-muted">
          {t('offline.visitedAt', { at: formatDateTime(visit.visit.visitedAt) })}
          {visit.photo ? ` · ${t('offline.withPhoto')}` : ''}
        </div>
        {visit.state === 'rejected' && (
          <Typography.Text type="danger" style={{ display: 'block' }} data-testid="care-offline-error">
            {visit.error}
          </Typography.Text>
        )}
        {visit.state === 'rejected' && visit.errorField === 'lateEntryReason' && <LateReasonFix visit={visit} />}
      </div>
    </List.Item>
  );
}

/**
 * 待发送的走访: the visits kept on this phone (no signal, or the session ended), what became of each,
 * and a way to send now. Hidden when there are none.
 */
export function OfflineVisits() {
  const t = useCareT();
  const visits = useVisitQueue();
  const [sending, setSending] = useState(false);
  if (visits.length === 0) return null;
  const pending = visits.filter((v) => v.state !== 'rejected').length;
  const rejected = visits.length - pending;
  const signIn = visits.some((v) => v.state === 'signin');
  const sendNow = async () => {
    setSending(true);
    try {
      await sendQueuedVisits();
    } finally {
      setSending(false);
    }
  };
  return (
    <Card
      size="small"
      className="care-card"
      style={{ marginBottom: 16 }}
      data-testid="care-offline-queue"
      title={
        <Flex wrap gap={8} align="center">
          <CloudUploadOutlined />
          <span data-testid="care-offline-count" data-count={pending}>
            {t('offline.title', { count: pending })}
          </span>
          {rejected > 0 && <Tag color="red">{t('offline.rejectedCount', { count: rejected })}</Tag>}
        </Flex>
      }
      extra={
        pending > 0 ? (
          <Button size="small" loading={sending} onClick={() => void sendNow()} data-testid="care-offline-send">
            {t('offline.sendNow')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('offline.intro')}
      </Typography.Paragraph>
      {signIn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('offline.signInToSend')}
          action={
            <Button size="small" href={loginPath()}>
              {t('offline.signIn')}
            </Button>
          }
          data-testid="care-offline-signin"
        />
      )}
      <List size="small" dataSource={[...visits]} rowKey="clientId" renderItem={(v) => <QueuedVisitItem visit={v} />} />
    </Card>
  );
}
