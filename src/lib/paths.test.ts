import { describe, expect, it } from 'vitest';
import { isFunctionTab, paths, switchConnectionPath } from './paths';

describe('paths', () => {
  it('builds connection-scoped URLs and encodes names', () => {
    expect(paths.functions('local')).toBe('/c/local/functions');
    expect(paths.function('local', 'default', 'a b', 'triggers')).toBe(
      '/c/local/functions/default/a%20b/triggers',
    );
    expect(paths.function('cn', 'default', 'hello')).toBe('/c/cn/functions/default/hello/code');
  });

  it('recognises function tabs', () => {
    expect(isFunctionTab('monitoring')).toBe(true);
    expect(isFunctionTab('nope')).toBe(false);
    expect(isFunctionTab(undefined)).toBe(false);
  });
});

describe('switchConnectionPath', () => {
  it('keeps the section when switching connection', () => {
    expect(switchConnectionPath('/c/local/logs', 'cloud')).toBe('/c/cloud/logs');
    expect(switchConnectionPath('/c/local/functions', 'cloud')).toBe('/c/cloud/functions');
  });

  it('falls back to the function list from a function page, and to the dashboard otherwise', () => {
    expect(switchConnectionPath('/c/local/functions/default/hello/code', 'cloud')).toBe('/c/cloud/functions');
    expect(switchConnectionPath('/c/local/unknown', 'cloud')).toBe('/c/cloud/overview');
    expect(switchConnectionPath('/', 'cloud')).toBe('/c/cloud/overview');
  });
});
