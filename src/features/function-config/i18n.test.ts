import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '@/i18n/catalogue-checks';
import { configCatalogue as cat } from './i18n';

describe('function configuration catalogue', () => {
  it('is complete in en-US and zh-CN', () => {
    expect(catalogueProblems(cat['en-US'], cat['zh-CN'], cat.sameInBoth)).toEqual([]);
  });
});
