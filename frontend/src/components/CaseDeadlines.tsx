import { Card, List, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useProcessWords } from '@/lib/process-words';
import { useTranslation } from 'react-i18next';
import { ProvisionalMark } from './ProvisionalMark';

/** An open deadline of a case (the case view's `deadlines`). */
export interface CaseDeadline {
  taskName: string;
  /** ISO-8601 instant. */
  due: string;
  /** That year's holidays are not loaded: counted from weekends only (暂定). */
  dueProvisionalYear: number | null;
  /** The task definition key: the task's name in the chosen language. */
  taskKey?: string | null;
}

/** The case's open deadlines; a provisional one says so in full (截止 … 暂定：2027年节假日安排未导入). */
export function CaseDeadlines({ deadlines }: { deadlines: CaseDeadline[] }) {
  const { t } = useTranslation();
  const words = useProcessWords();
  if (deadlines.length === 0) return null;
  return (
    <Card size="small" title={t('due.deadlines')} style={{ marginBottom: 12 }} data-testid="case-deadlines">
      <List
        size="small"
        split={false}
        dataSource={deadlines}
        renderItem={(d) => (
          <List.Item style={{ paddingInline: 0, flexWrap: 'wrap', gap: 4, justifyContent: 'flex-start' }}>
            <Typography.Text strong>{words.task(d.taskKey, d.taskName)}</Typography.Text>
            <Typography.Text>{t('due.dueAt', { when: formatDateTime(d.due) })}</Typography.Text>
            <ProvisionalMark year={d.dueProvisionalYear} full />
          </List.Item>
        )}
      />
    </Card>
  );
}
