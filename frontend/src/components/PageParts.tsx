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

/**
 * A query that failed: what went wrong, in the user's language; with `onRetry`, a retry button.
 * The one error alert of every feature.
 */
export function LoadError({ error, title, onRetry, testId }: { error: unknown; title?: string; onRetry?: () => void; testId?: string }) {
  const { t } = useTranslation(['translation', 'common']);
  const message = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      message={title ?? t('page.loadFailed')}
      description={message(error)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common:retry')}
          </Button>
        )
      }
    />
  );
}

/**
 * The signed-in user's role may not see this page (the server would answer 403 anyway). The one
 * 403 page of every feature; `title` for a feature's own wording, `testId` for its tests.
 */
export function Forbidden({ testId, title }: { testId?: string; title?: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Result
        status="403"
        title={title ?? t('page.forbidden')}
        extra={
          <Link to="/">
            <Button>{t('notFound.home')}</Button>
          </Link>
        }
      />
    </div>
  );
}
