import { useMemo } from 'react';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Forbidden, LoadError } from '@/components/PageParts';
import { isApiError } from '@/lib/api-client';
import { useReportsT } from '../i18n';
import { PRESETS, presetPeriod, type Period } from '../lib/periods';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useReportsT();
  if (isApiError(error, 403)) return <Forbidden testId="reports-forbidden" title={t('common:forbidden')} />;
  return <LoadError error={error} onRetry={onRetry} testId="reports-error" />;
}

/** A zh-CN RangePicker (the app's locale) over Shanghai calendar days, with this month / last quarter / this year. */
export function PeriodPicker({ value, onChange, testId }: { value: Period; onChange: (p: Period) => void; testId: string }) {
  const t = useReportsT();
  const presets = useMemo(
    () =>
      PRESETS.map((preset) => {
        const p = presetPeriod(preset);
        return { label: t(`kpis.presets.${preset}`), value: [dayjs(p.from), dayjs(p.to)] as [Dayjs, Dayjs] };
      }),
    [t],
  );
  return (
    <DatePicker.RangePicker
      value={[dayjs(value.from), dayjs(value.to)]}
      presets={presets}
      allowClear={false}
      inputReadOnly
      aria-label={t('kpis.period')}
      data-testid={testId}
      style={{ maxWidth: '100%' }}
      onChange={(range) => {
        if (range?.[0] && range[1]) onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
      }}
    />
  );
}
