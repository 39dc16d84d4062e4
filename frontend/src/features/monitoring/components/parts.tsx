import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LoadError, Forbidden } from '@/components/PageParts';
import { isApiError } from '@/lib/api-client';
import { useMonitoringT } from '../i18n';
import { durationParts, type DurationParts } from '../lib/format';
import type { MonitoringT } from '../i18n';

/** A number that leads to the list behind it; a plain number without a target. */
export function CountLink({ to, count, testId, danger, children }: { to?: string; count: number; testId?: string; danger?: boolean; children?: ReactNode }) {
  const style = danger && count > 0 ? { color: '#cf1322' } : undefined;
  if (!to) return <span style={style} data-testid={testId}>{children ?? count}</span>;
  return (
    <Link to={to} style={style} data-testid={testId}>
      {children ?? count}
    </Link>
  );
}

/** A failed query: the one Forbidden page for a 403 (a street outside the user's area), else the one error alert. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMonitoringT();
  if (isApiError(error, 403)) return <Forbidden testId="monitoring-forbidden" title={t('common:forbidden')} />;
  return <LoadError error={error} onRetry={onRetry} testId="monitoring-error" />;
}

/** "1 天 7 小时" / "5.5 h" / "30 分钟", from elapsed hours. */
export function formatDuration(t: MonitoringT, hours: number | null | undefined): string {
  if (hours == null) return t('common:none');
  const parts: DurationParts = durationParts(hours);
  switch (parts.unit) {
    case 'minutes':
      return t('duration.minutes', { count: parts.minutes });
    case 'hours':
      return t('duration.hours', { count: parts.hours });
    default:
      return parts.hours === 0 ? t('duration.days', { days: parts.days }) : t('duration.daysHours', { days: parts.days, hours: parts.hours });
  }
}
