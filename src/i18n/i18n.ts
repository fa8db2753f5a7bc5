/**
 * i18next with the en-US catalogue bundled and zh-CN loaded on demand (a separate chunk, so the first-load
 * bundle carries one language). Switching never reloads the page. The choice is remembered in localStorage;
 * the first visit follows the browser's language.
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US';

export const LANGUAGES = ['en-US', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as language pickers show them. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'en-US': 'English', 'zh-CN': '简体中文' };

export const LANGUAGE_STORAGE_KEY = 'fgc-language';

/** Catalogues other than the bundled en-US, loaded when first needed. */
const loaders: Record<Exclude<Language, 'en-US'>, () => Promise<object>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};

/** Makes sure the language's catalogue is in the instance (no-op for en-US and for loaded ones). */
export async function loadLanguage(instance: I18n, language: Language): Promise<void> {
  if (language === 'en-US' || instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await loaders[language]());
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The stored choice, else zh-CN for a Chinese browser, else en-US. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en-US';
}

/** Changes the UI language without a reload, remembers it, and keeps `<html lang>` in step. */
export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  await loadLanguage(instance, language);
  await instance.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be blocked (private mode); the switch still works for this visit.
  }
}

/**
 * A fresh i18next instance in en-US, ready synchronously (tests get their own). The app then switches to the
 * detected language with `changeLanguage` before its first render (main.tsx).
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources: { 'en-US': { translation: enUS } },
    lng: 'en-US',
    fallbackLng: 'en-US',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
