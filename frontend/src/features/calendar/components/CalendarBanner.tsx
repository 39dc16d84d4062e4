import { Alert, Button } from 'antd';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isManager } from '@/lib/auth/roles';
import { useCalendarStatus } from '../api/calendar';
import { useCalendarT } from '../i18n';

/**
 * From 1 November, when next year's holidays are not imported, administrators and district
 * managers see this on every page (the server also mails them daily) until the year is imported.
 */
export function CalendarBanner() {
  const user = useCurrentUser();
  const t = useCalendarT();
  const status = useCalendarStatus(isManager(user));
  const year = status.data?.missingYear;
  if (!isManager(user) || year == null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="calendar-banner"
      message={t('missing', { year })}
      description={t('missingHint', { year })}
      action={
        <Link to="/calendar">
          <Button size="small">{t('goImport')}</Button>
        </Link>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
