// Typed translation keys: t('nav.functions') is checked against the en-US catalogue.
import 'i18next';
import type { enUS } from './en-US';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof enUS };
  }
}
