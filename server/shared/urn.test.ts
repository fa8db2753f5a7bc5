import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from './errors';
import { formatAliasUrn, formatFunctionUrn, formatVersionUrn, parseFunctionUrn } from './urn';

const PID = '0123456789abcdef0123456789abcdef';
const ctx = { projectId: PID };
const fn = { region: 'local-1', projectId: PID, package: 'default', name: 'hello' };

function codeOf(thunk: () => unknown): string | undefined {
  try {
    thunk();
  } catch (error) {
    if (error instanceof HttpError) return `${String(error.status)} ${error.code}`;
    throw error;
  }
  return undefined;
}

describe('parseFunctionUrn (seed 2.1 funcurn + short forms)', () => {
  it.each([
    ['hello', { projectId: PID, package: 'default', name: 'hello' }],
    ['app1:hello', { projectId: PID, package: 'app1', name: 'hello' }],
    ['p2:app1:hello', { projectId: 'p2', package: 'app1', name: 'hello' }],
    ['p2:app1:hello:v1', { projectId: 'p2', package: 'app1', name: 'hello', qualifier: 'v1' }],
    ['p2:app1:hello:!prod', { projectId: 'p2', package: 'app1', name: 'hello', qualifier: '!prod' }],
    [
      `urn:fss:local-1:${PID}:function:default:hello`,
      { projectId: PID, region: 'local-1', package: 'default', name: 'hello' },
    ],
    [
      `urn:fss:cn-north-4:${PID}:function:default:hello:latest`,
      { projectId: PID, region: 'cn-north-4', package: 'default', name: 'hello', qualifier: 'latest' },
    ],
    [
      `urn:fss:local-1:${PID}:function:default:hello:!a1`,
      { projectId: PID, region: 'local-1', package: 'default', name: 'hello', qualifier: '!a1' },
    ],
  ])('parses %s', (urn, expected) => {
    expect(parseFunctionUrn(urn, ctx)).toEqual(expected);
  });

  it.each([
    ['5 fields', 'a:b:c:d:e'],
    ['6 fields', 'a:b:c:d:e:f'],
    ['9 fields', `urn:fss:local-1:${PID}:function:default:hello:v1:x`],
    ['urn:fs typo', `urn:fs:local-1:${PID}:function:default:hello`],
    ['not a function URN', `urn:fss:local-1:${PID}:workflow:default:hello`],
    ['bad name', '1hello'],
    ['name ending with -', 'hello-'],
    ['empty', ''],
    ['empty qualifier', `urn:fss:local-1:${PID}:function:default:hello:`],
    ['bare !', `${PID}:default:hello:!`],
  ])('rejects %s with 400 FSS.1309', (_label, urn) => {
    expect(codeOf(() => parseFunctionUrn(urn, ctx))).toBe('400 FSS.1309');
  });

  it('round-trips formatted URNs for any valid name and qualifier', () => {
    const name = fc.stringMatching(/^[A-Za-z]([A-Za-z0-9_-]{0,58}[A-Za-z0-9])?$/);
    const pkg = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/);
    const version = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
    fc.assert(
      fc.property(name, pkg, fc.option(version), fc.boolean(), (n, p, v, alias) => {
        const id = { ...fn, package: p, name: n };
        const urn =
          v === null ? formatFunctionUrn(id) : alias ? formatAliasUrn(id, v) : formatVersionUrn(id, v);
        const parsed = parseFunctionUrn(urn, ctx);
        expect(parsed.name).toBe(n);
        expect(parsed.package).toBe(p);
        expect(parsed.qualifier).toBe(v === null ? undefined : alias ? `!${v}` : v);
      }),
    );
  });

  it('formats the canonical forms', () => {
    expect(formatFunctionUrn(fn)).toBe(`urn:fss:local-1:${PID}:function:default:hello`);
    expect(formatVersionUrn(fn, 'latest')).toBe(`urn:fss:local-1:${PID}:function:default:hello:latest`);
    expect(formatAliasUrn(fn, 'prod')).toBe(`urn:fss:local-1:${PID}:function:default:hello:!prod`);
  });
});
