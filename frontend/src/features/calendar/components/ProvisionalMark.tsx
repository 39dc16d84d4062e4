import { Tag } from 'antd';
import { useCalendarT } from '../i18n';

interface Props {
  /** The year whose holidays are not loaded; nothing is shown when null. */
  year: number | null | undefined;
  /** The whole sentence (task detail, case page) instead of the short word (lists). */
  full?: boolean;
}

/** 暂定: a working-day deadline counted from weekends only, that year's holidays not imported yet. */
export function ProvisionalMark({ year, full = false }: Props) {
  const t = useCalendarT();
  if (year == null) return null;
  return (
    <Tag color="gold" title={t('provisionalTitle', { year })} data-testid="due-provisional" style={{ marginInlineEnd: 0 }}>
      {full ? t('provisionalFull', { year }) : t('provisional')}
    </Tag>
  );
}
