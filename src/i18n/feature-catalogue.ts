/**
 * Per-feature string catalogues. Each feature keeps its strings beside its code, in both languages, as its own
 * i18next namespace; they load with the feature's (lazy) route, so the first-load bundle carries only the frame's
 * strings. `useFeatureTranslation` registers the namespace on first use and returns a `t` typed by the en-US keys.
 *
 * @example
 * // src/features/functions/i18n.ts
 * export const functionsCatalogue = defineCatalogue('functions', { list: { title: 'Functions' } }, { list: { title: '函数' } });
 * // in a component
 * const t = useFeatureTranslation(functionsCatalogue);
 * t('list.title');
 */
import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The same tree with every leaf a string: what the other language must provide. */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

/** `a.b.c` for every string leaf of a catalogue. */
export type CatalogueKey<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : CatalogueKey<T[K], `${P}${K}.`>;
}[keyof T & string];

export interface FeatureCatalogue<T extends object> {
  namespace: string;
  'en-US': T;
  'zh-CN': Translated<T>;
  /** Keys whose text is the same in both languages on purpose (e.g. "JSON", "URN"). */
  sameInBoth?: readonly CatalogueKey<T>[];
}

export function defineCatalogue<const T extends object>(
  namespace: string,
  en: T,
  zh: Translated<T>,
  sameInBoth: readonly CatalogueKey<T>[] = [],
): FeatureCatalogue<T> {
  return { namespace, 'en-US': en, 'zh-CN': zh, sameInBoth };
}

/** Adds a feature's bundles to an i18next instance (idempotent). */
export function registerCatalogue<T extends object>(instance: I18n, catalogue: FeatureCatalogue<T>): void {
  for (const language of ['en-US', 'zh-CN'] as const) {
    if (!instance.hasResourceBundle(language, catalogue.namespace)) {
      instance.addResourceBundle(language, catalogue.namespace, catalogue[language]);
    }
  }
}

export type FeatureT<T> = (key: CatalogueKey<T>, options?: Record<string, unknown>) => string;

/** The feature's `t`, typed by its en-US keys; re-renders on language change like `useTranslation`. */
export function useFeatureTranslation<T extends object>(catalogue: FeatureCatalogue<T>): FeatureT<T> {
  // useTranslation() re-renders on language change; the fixed t reads the feature's namespace.
  const { i18n } = useTranslation();
  registerCatalogue(i18n, catalogue);
  const { language } = i18n;
  // Stable per language, so memoised components receiving `t` (list rows, …) do not re-render on every pass.
  return useMemo(
    // Feature namespaces are not in the frame's CustomTypeOptions; FeatureT types the keys instead.
    () => i18n.getFixedT(language, catalogue.namespace as 'translation') as unknown as FeatureT<T>,
    [i18n, language, catalogue.namespace],
  );
}
