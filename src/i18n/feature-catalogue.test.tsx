import { renderHook } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue-checks';
import { defineCatalogue, useFeatureTranslation } from './feature-catalogue';
import { changeLanguage, createI18n } from './i18n';

const sample = defineCatalogue(
  'sample',
  { title: 'Functions', count: '{{n}} functions', unit: 'MB' },
  { title: '函数', count: '{{n}} 个函数', unit: 'MB' },
  ['unit'],
);

describe('feature catalogues', () => {
  it('register on first use and follow the language', async () => {
    const i18n = createI18n();
    const { result, rerender } = renderHook(() => useFeatureTranslation(sample), {
      wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>,
    });
    expect(result.current('count', { n: 3 })).toBe('3 functions');
    await changeLanguage(i18n, 'zh-CN');
    rerender();
    expect(result.current('title')).toBe('函数');
  });

  it('report missing, untranslated and mismatched strings', () => {
    expect(catalogueProblems(sample['en-US'], sample['zh-CN'], sample.sameInBoth)).toEqual([]);
    expect(catalogueProblems({ a: 'A', b: 'x {{n}}', c: 'C' }, { a: 'A', b: '乙' })).toEqual([
      'c: missing in zh-CN',
      'a: not translated',
      'b: placeholders differ',
    ]);
  });
});
