import { expect, it } from 'vitest';
import { catalogueProblems } from '@/i18n/catalogue-checks';
import { dependenciesCatalogue as cat } from './i18n';

it('has every dependencies string in en-US and zh-CN', () => {
  expect(catalogueProblems(cat['en-US'], cat['zh-CN'], cat.sameInBoth)).toEqual([]);
});
