import { describe, expect, it } from 'vitest';
import { changeLanguage, createI18n, detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n';

describe('i18n', () => {
  it('starts in en-US and switches to zh-CN, loading its catalogue, and back', async () => {
    const i18n = createI18n();
    expect(i18n.t('nav.functions')).toBe('Functions');
    await changeLanguage(i18n, 'zh-CN');
    expect(i18n.t('nav.functions')).toBe('函数');
    expect(document.documentElement.lang).toBe('zh-CN');
    await changeLanguage(i18n, 'en-US');
    expect(i18n.t('nav.functions')).toBe('Functions');
  });

  it('remembers the choice for the next visit', async () => {
    const i18n = createI18n();
    await changeLanguage(i18n, 'zh-CN');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(detectLanguage()).toBe('zh-CN');
  });

  it('ignores an invalid stored value', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(['en-US', 'zh-CN']).toContain(detectLanguage());
  });
});
