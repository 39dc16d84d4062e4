import { Card, List, Typography } from 'antd';
import type { CaseDeadline } from '@/features/cases/types';
import { formatDateTime } from '@/lib/dates';
import { useCalendarT } from '../i18n';
import { ProvisionalMark } from '@/components/ProvisionalMark';

/** The case's open deadlines; a provisional one says so in full (截止 … 暂定：2027年节假日安排未导入). */
export function CaseDeadlines({ deadlines }: { deadlines: CaseDeadline[] }) {
  const t = useCalendarT();
  if (deadlines.length === 0) return null;
  return (
    <Card size="small" title={t('deadlines')} style={{ marginBottom: 12 }} data-testid="case-deadlines">
      <List
        size="small"
        split={false}
        dataSource={deadlines}
        renderItem={(d) => (
          <List.Item style={{ paddingInline: 0, flexWrap: 'wrap', gap: 4, justifyContent: 'flex-start' }}>
            <Typography.Text strong>{d.taskName}</Typography.Text>
            <Typography.Text>{t('due', { when: formatDateTime(d.due) })}</Typography.Text>
            <ProvisionalMark year={d.dueProvisionalYear} full />
          </List.Item>
        )}
      />
    </Card>
  );
}
