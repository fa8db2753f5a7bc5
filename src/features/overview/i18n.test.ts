import { expect, it } from 'vitest';
import { catalogueProblems } from '@/i18n/catalogue-checks';
import { overviewCatalogue as cat } from './i18n';

it('the overview catalogue is complete in both languages', () => {
  expect(catalogueProblems(cat['en-US'], cat['zh-CN'], cat.sameInBoth)).toEqual([]);
});
