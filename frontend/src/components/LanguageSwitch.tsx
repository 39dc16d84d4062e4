import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '@/i18n';

/** One button that flips between 中文 and English; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh' ? 'en' : 'zh';
  return (
    <Button
      data-testid="lang-switch"
      icon={<GlobalOutlined />}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      lang={next === 'zh' ? 'zh-CN' : 'en'}
      onClick={() => void setLanguage(next)}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
