import { describe, expect, it } from 'vitest';
import type { AliasRow } from '../store/function-schema';
import { pickAliasVersion } from './alias-routing';

const alias = (over: Partial<AliasRow>): AliasRow => ({
  function_id: 'f',
  name: 'prod',
  version: 'v1',
  description: '',
  additional_version_weights: null,
  additional_version_strategy: null,
  last_modified: '',
  created_at: '',
  ...over,
});

describe('alias routing', () => {
  it('splits traffic by weight', () => {
    const a = alias({ additional_version_weights: JSON.stringify({ v2: 20 }) });
    expect(pickAliasVersion(a, {}, 0)).toBe('v2');
    expect(pickAliasVersion(a, {}, 0.1999)).toBe('v2');
    expect(pickAliasVersion(a, {}, 0.2)).toBe('v1');
    expect(pickAliasVersion(a, {}, 0.99)).toBe('v1');
    const counts = { v1: 0, v2: 0 };
    for (let i = 0; i < 1000; i++) counts[pickAliasVersion(a, {}, i / 1000) as 'v1' | 'v2']++;
    expect(counts).toEqual({ v1: 800, v2: 200 });
  });

  it('sends requests matching header rules to the rule version', () => {
    const a = alias({
      additional_version_strategy: JSON.stringify({
        v2: {
          combine_type: 'and',
          rules: [{ rule_type: 'Header', param: 'version', op: '=', value: 'beta' }],
        },
        v3: { combine_type: 'or', rules: [{ rule_type: 'Header', param: 'user', op: 'in', value: 'a, b' }] },
      }),
    });
    expect(pickAliasVersion(a, { version: 'beta' }, 0.5)).toBe('v2');
    expect(pickAliasVersion(a, { user: 'b' }, 0.5)).toBe('v3');
    expect(pickAliasVersion(a, { user: 'c' }, 0.5)).toBe('v1');
    expect(pickAliasVersion(a, {}, 0.5)).toBe('v1');
  });
});
