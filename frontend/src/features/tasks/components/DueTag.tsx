import { Tag } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { dueStatus, formatDateTime, type DueStatus } from '@/lib/dates';

const COLORS: Record<DueStatus, string> = {
  overdue: 'red',
  dueSoon: 'orange',
  ok: 'blue',
  none: 'default',
};

interface Props {
  due: string | null;
  /** The server's verdict; trusted over the browser clock when it says overdue. */
  overdue?: boolean;
  now?: Date;
}

export function DueTag({ due, overdue = false, now }: Props) {
  const { t } = useTranslation();
  const status: DueStatus = overdue && due ? 'overdue' : dueStatus(due, now);
  const when = formatDateTime(due);
  const text =
    status === 'none' ? t('due.none') : status === 'overdue' ? `${t('due.overdue')} · ${when}` : when;
  const title = status === 'overdue' ? t('due.overdueTitle') : status === 'dueSoon' ? t('due.dueSoonTitle') : undefined;
  return (
    <Tag
      color={COLORS[status]}
      icon={status === 'overdue' ? <ExclamationCircleOutlined /> : status === 'dueSoon' ? <ClockCircleOutlined /> : undefined}
      title={title}
      data-testid="due-tag"
      data-due-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {text}
    </Tag>
  );
}
