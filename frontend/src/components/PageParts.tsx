import type { ReactNode } from 'react';
import { Alert, Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useErrorMessage } from '@/lib/use-error-message';
import './PageParts.css';

/** A page's heading, with room on the right for its main action (wraps under it on a phone). */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-title">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}

/** A query that failed: what went wrong, in the user's language. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return <Alert type="error" showIcon message={t('page.loadFailed')} description={message(error)} />;
}

/** The signed-in user's role may not see this page (the server would answer 403 anyway). */
export function Forbidden({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Result
        status="403"
        title={t('page.forbidden')}
        extra={
          <Link to="/">
            <Button>{t('notFound.home')}</Button>
          </Link>
        }
      />
    </div>
  );
}
