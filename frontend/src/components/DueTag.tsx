import { Space, Tag } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ProvisionalMark } from './ProvisionalMark';
import { dueStatus, formatDateTime, type DueStatus } from '@/lib/dates';

const COLORS: Record<DueStatus, string> = {
  overdue: 'red',
  dueToday: 'orange',
  ok: 'default',
  none: 'default',
};

interface Props {
  due: string | null;
  /** The server's verdict; trusted over the browser clock when it says overdue. */
  overdue?: boolean;
  now?: Date;
  /** The due date's year has no holiday schedule loaded: the date is provisional (暂定). */
  provisionalYear?: number | null;
  /** Spell the provisional mark out (task detail) instead of one word (lists). */
  fullMark?: boolean;
}

export function DueTag({ due, overdue = false, now, provisionalYear, fullMark = false }: Props) {
  const { t } = useTranslation();
  const status: DueStatus = overdue && due ? 'overdue' : dueStatus(due, now);
  const when = formatDateTime(due);
  const text =
    status === 'none'
      ? t('due.none')
      : status === 'overdue'
        ? `${t('due.overdue')} · ${when}`
        : status === 'dueToday'
          ? `${t('due.today')} · ${when}`
          : when;
  const title = status === 'overdue' ? t('due.overdueTitle') : status === 'dueToday' ? t('due.dueTodayTitle') : undefined;
  const tag = (
    <Tag
      color={COLORS[status]}
      icon={status === 'overdue' ? <ExclamationCircleOutlined /> : status === 'dueToday' ? <ClockCircleOutlined /> : undefined}
      title={title}
      data-testid="due-tag"
      data-due-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {text}
    </Tag>
  );
  if (provisionalYear == null || status === 'none') return tag;
  return (
    <Space size={4} wrap>
      {tag}
      <ProvisionalMark year={provisionalYear} full={fullMark} />
    </Space>
  );
}
