import { Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { Forbidden } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { useMeeting } from '../api/meetings';
import { useMeetingsT } from '../i18n';
import { DecideButton, DecisionText, ItemLink, LoadError, PageTitle, StatusTag } from './parts';

/** One joint meeting: who was present and its items; the manager records a decision per item. */
export function MeetingPage() {
  const { meetingNo = '' } = useParams();
  const user = useCurrentUser();
  const t = useMeetingsT();
  const meeting = useMeeting(meetingNo);
  if (!hasAnyRole(user, 'DISTRICT_MANAGER', 'ADMIN')) return <Forbidden testId="meetings-forbidden" />;
  if (meeting.isPending) return <Skeleton active />;
  if (meeting.isError) return <LoadError error={meeting.error} />;
  const m = meeting.data;
  const manager = hasAnyRole(user, 'DISTRICT_MANAGER');
  return (
    <div data-testid="meeting-page">
      <PageTitle>
        {t('common.meeting')} {m.meeting.heldOn}
      </PageTitle>
      <Typography.Paragraph>
        {t('agenda.attendees')}：{m.meeting.attendees}
      </Typography.Paragraph>
      {m.meeting.note ? <Typography.Paragraph type="secondary">{m.meeting.note}</Typography.Paragraph> : null}
      {m.items.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {m.items.map((i) => (
            <Card key={i.itemNo} size="small" data-testid={`meeting-item-${i.itemNo}`}
              title={<Space wrap><ItemLink itemNo={i.itemNo} /><StatusTag status={i.status} /></Space>}
              extra={manager && i.status === 'SCHEDULED' ? <DecideButton item={i} /> : null}>
              <div>
                {i.personName} · {i.villageName ?? ''}
              </div>
              <div>
                {t('common.need')}：{i.need}
              </div>
              <div>
                <Typography.Text type="secondary">
                  {t('common.whyNotMet')}：{i.whyNotMet}
                </Typography.Text>
              </div>
              <DecisionText item={i} />
            </Card>
          ))}
        </Space>
      )}
    </div>
  );
}
