import { Button, Skeleton, Space } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { useApplication } from '../api/use-tempaid';
import { useTempaidT } from '../i18n';
import { AidSummary, AidTimeline, LedgerCard, LoadError } from './parts';

/** One application: what was asked, decided and paid, its history and the person's year. */
export function DetailPage() {
  const { applicationNo = '' } = useParams();
  const t = useTempaidT();
  const aid = useApplication(applicationNo);
  const navigate = useNavigate();
  if (aid.isPending) return <Skeleton active />;
  if (aid.isError) return <LoadError error={aid.error} />;
  const year = dayjs(aid.data.paidOn ?? aid.data.requestedAt).year();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="tempaid-detail">
      <Space wrap>
        <Link to="/temporary-aid">{t('common.back')}</Link>
        {aid.data.taskId ? (
          <Button type="primary" onClick={() => navigate(`/tasks/${aid.data.taskId}`)} data-testid="tempaid-open-task">
            {t('common.openTask')}
          </Button>
        ) : null}
      </Space>
      <AidSummary aid={aid.data} />
      <AidTimeline aid={aid.data} />
      <LedgerCard personId={aid.data.personId} year={year} />
    </Space>
  );
}
