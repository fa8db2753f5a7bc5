import { describe, expect, it } from 'vitest';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

import { flattenCatalogue as flatten } from './catalogue-checks';

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

// Strings that are the same in both languages on purpose (none yet; e.g. a product name would go here).
const SAME_IN_BOTH = new Set<string>([]);

describe('i18n catalogues', () => {
  const en = flatten(enUS);
  const zh = flatten(zhCN);

  it('have the same keys', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...en, ...zh]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders', () => {
    for (const [key, value] of en) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('translate every string (zh-CN differs from en-US and contains Chinese)', () => {
    for (const [key, value] of en) {
      if (SAME_IN_BOTH.has(key)) continue;
      const translated = zh.get(key) ?? '';
      expect(translated, key).not.toBe(value);
      expect(translated, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('use GLOSSARY.md terms for the navigation and function tabs', () => {
    expect(en.get('nav.overview')).toBe('Dashboard');
    expect(zh.get('nav.overview')).toBe('总览');
    expect(zh.get('nav.functions')).toBe('函数');
    expect(zh.get('function.tabs.configuration')).toBe('设置');
    expect(zh.get('function.tabs.monitoring')).toBe('监控');
  });
});
