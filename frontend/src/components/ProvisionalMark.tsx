import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The year whose holidays are not loaded; nothing is shown when null. */
  year: number | null | undefined;
  /** The whole sentence (task detail, case page) instead of the short word (lists). */
  full?: boolean;
}

/** 暂定: a working-day deadline counted from weekends only, that year's holidays not imported yet. */
export function ProvisionalMark({ year, full = false }: Props) {
  const { t } = useTranslation();
  if (year == null) return null;
  return (
    <Tag color="gold" title={t('due.provisionalTitle', { year })} data-testid="due-provisional" style={{ marginInlineEnd: 0 }}>
      {full ? t('due.provisionalFull', { year }) : t('due.provisional')}
    </Tag>
  );
}
