import { expect, it } from 'vitest';
import { catalogueProblems } from '@/i18n/catalogue-checks';
import { logsCatalogue as cat } from './i18n';

it('the logs catalogue is complete in both languages', () => {
  expect(catalogueProblems(cat['en-US'], cat['zh-CN'], cat.sameInBoth)).toEqual([]);
});
