import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => errorMessage(error, { generic: t('errors.generic'), network: t('errors.network') }),
    [t],
  );
}
