import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useCasesT } from '../i18n';

export function Forbidden({ title }: { title?: string }) {
  const t = useCasesT();
  return (
    <Result
      status="403"
      title={title ?? t('common.forbidden')}
      extra={
        <Link to="/">
          <Button>{t('common.back')}</Button>
        </Link>
      }
    />
  );
}
