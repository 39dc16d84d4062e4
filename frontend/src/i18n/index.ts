import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import zh from './zh';
import en from './en';
import { commonEn, commonZh } from './common';

export type Language = 'zh' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'en'];
export const DEFAULT_LANGUAGE: Language = 'zh';
export const LANGUAGE_STORAGE_KEY = 'social-assist.lang';

/**
 * The namespaces loaded at start: `translation` (the app's shell and shared components, the default)
 * and `common` (words the features repeat). `processes` (task, process and form field names by model
 * id) comes with `lib/process-words`, so the sign-in page does not carry it; each feature adds its own
 * namespace when its i18n.ts is first imported; i18next.d.ts types them all.
 */
export const resources = {
  zh: { translation: zh, common: commonZh },
  en: { translation: en, common: commonEn },
} as const;

export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The colon after a label: full-width in Chinese, ': ' in English. */
export function colon(): string {
  return currentLanguage() === 'en' ? ': ' : '：';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

function applyLanguage(lng: Language) {
  document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en';
  document.title = i18n.t('app.platformTitle');
  dayjs.locale(lng === 'zh' ? 'zh-cn' : 'en');
}

export async function setLanguage(lng: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode without storage: the switch still works for this page.
  }
  await i18n.changeLanguage(lng);
}

i18n.on('languageChanged', (lng) => {
  if (isLanguage(lng)) applyLanguage(lng);
});

void i18n.use(initReactI18next).init({
  resources,
  defaultNS: 'translation',
  ns: ['translation', 'common'],
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
