import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage } from '@/i18n/i18n';
import type { Language } from '@/i18n/i18n';

/** The UI language and a setter that switches without reload and remembers the choice. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return {
    language: isLanguage(current) ? current : 'en-US',
    setLanguage: (language) => void changeLanguage(i18n, language),
  };
}
