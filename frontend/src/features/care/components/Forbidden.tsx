import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useCareT } from '../i18n';

export function Forbidden() {
  const t = useCareT();
  return (
    <div data-testid="care-forbidden">
      <Result
        status="403"
        title={t('common.forbidden')}
        extra={
          <Link to="/">
            <Button>{t('common.back')}</Button>
          </Link>
        }
      />
    </div>
  );
}
