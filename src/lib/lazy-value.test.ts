import { describe, expect, it } from 'vitest';
import { lazyValue } from './lazy-value';

describe('lazyValue', () => {
  it('imports once, then has the value at hand', async () => {
    let imports = 0;
    const lazy = lazyValue(() => {
      imports += 1;
      return Promise.resolve('module');
    });
    expect(lazy.current()).toBeUndefined();
    await Promise.all([lazy.load(), lazy.load()]);
    expect(await lazy.load()).toBe('module');
    expect(lazy.current()).toBe('module');
    expect(imports).toBe(1);
  });

  it('forgets a failed import, so the next load tries again', async () => {
    let attempt = 0;
    const lazy = lazyValue(() =>
      ++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(attempt),
    );
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.current()).toBeUndefined();
    expect(await lazy.load()).toBe(2);
  });

  it('finds a value that arrived another way through peek', () => {
    const registry = new Map<string, string>([['page', 'evaluated']]);
    const lazy = lazyValue(
      () => Promise.resolve('imported'),
      () => registry.get('page'),
    );
    expect(lazy.current()).toBe('evaluated');
  });
});
