import { expect, it } from 'vitest';
import { catalogueProblems } from '@/i18n/catalogue-checks';
import { testEventsCatalogue as cat } from './i18n';

it('has every test-events string in en-US and zh-CN', () => {
  expect(catalogueProblems(cat['en-US'], cat['zh-CN'], cat.sameInBoth)).toEqual([]);
});
