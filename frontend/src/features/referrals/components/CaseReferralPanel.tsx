import { Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { colon } from '@/i18n';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useByCase } from '../api/use-referrals';
import { useReferralsLabel, useReferralsT } from '../i18n';
import { isOfficial } from '../lib/roles';
import { BatchStatusTag, ConsentTag, ItemStatusTag, LoadError } from './parts';

/** 慈善转介 on the case page: consents, each referral's outcome, plan and activities. */
export function CaseReferralPanel({ caseNo }: { caseNo: string }) {
  const user = useCurrentUser();
  const t = useReferralsT();
  const label = useReferralsLabel();
  const official = isOfficial(user);
  const data = useByCase(caseNo, official);
  if (!official) return null;
  return (
    <Card size="small" title={t('casePanel.title')} data-testid="case-referrals">
      {data.isPending ? (
        <Skeleton active />
      ) : data.isError ? (
        <LoadError error={data.error} />
      ) : data.data.referrals.length === 0 && data.data.consents.length === 0 ? (
        <Empty description={t('casePanel.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {data.data.consents.map((c) => (
            <div key={`c${c.id}`}>
              <ConsentTag status={c.withdrawnAt ? 'WITHDRAWN' : 'GIVEN'} /> {label('relation', c.giverRelation)} {c.giverName} · {c.givenOn} ·{' '}
              {c.charityName ?? t('consent.anyCharity')}
              {c.withdrawReason ? ` · ${c.withdrawReason}` : ''}
            </div>
          ))}
          {data.data.referrals.map((r) => (
            <Card key={r.batchNo} size="small" className="page-card" data-testid={`case-referral-${r.batchNo}`}>
              <Space wrap>
                <Link to={`/referrals/${encodeURIComponent(r.batchNo)}`}>{r.batchNo}</Link>
                <Typography.Text>{r.charityName}</Typography.Text>
                <BatchStatusTag status={r.batchStatus} />
                <ItemStatusTag status={r.item.status} id={r.item.id} />
                {r.item.outcome ? (
                  <Tag color={r.item.outcome === 'HELPED' ? 'green' : 'default'} data-testid="case-referral-outcome">
                    {label('outcome', r.item.outcome)}
                    {r.item.outcomeReason ? `${colon()}${label('outcomeReason', r.item.outcomeReason)}` : ''}
                  </Tag>
                ) : null}
              </Space>
              <div>
                <Typography.Text type="secondary">{formatDateTime(r.sentAt)}</Typography.Text>
              </div>
              {r.item.declineReason ? <div>{r.item.declineReason}</div> : null}
              {r.item.outcomeNote ? <div>{r.item.outcomeNote}</div> : null}
              {r.plan ? (
                <div>
                  {r.plan.contents.map((c) => (
                    <Tag key={c}>{label('content', c)}</Tag>
                  ))}
                  {r.plan.scheduleFrom} ~ {r.plan.scheduleTo}
                </div>
              ) : null}
              {r.activities.map((a) => (
                <div key={a.id}>
                  · {a.activityDate} {label('content', a.kind)}{colon()}{a.description}
                </div>
              ))}
            </Card>
          ))}
        </Space>
      )}
    </Card>
  );
}
