import { describe, expect, it } from 'vitest';
import { compileKeywords, parseKeywords } from './keywords';

const line = (content: string, labels: Record<string, string> = {}) => ({ content, labels });
const matches = (query: string, content: string, labels: Record<string, string> = {}) =>
  compileKeywords(parseKeywords(query))(line(content, labels));

describe('LTS keyword statements', () => {
  it('matches whole tokens, case-insensitively, with default AND', () => {
    expect(matches('hello', 'say Hello, world')).toBe(true);
    expect(matches('hell', 'say hello world')).toBe(false);
    expect(matches('GET POST', 'GET /a then POST /b')).toBe(true);
    expect(matches('GET PUT', 'GET /a then POST /b')).toBe(false);
    expect(matches('2023', 'at 2023-01-01')).toBe(false);
  });

  it('splits a term on delimiters: var/log means var and log', () => {
    expect(matches('var/log', 'opened /var/tmp/log')).toBe(true);
    expect(matches('var/log', 'opened /var/tmp')).toBe(false);
  });

  it('supports or, not, &&, || and parentheses with the documented precedence', () => {
    expect(matches('error or warn', 'a WARN line')).toBe(true);
    expect(matches('error || warn', 'an info line')).toBe(false);
    expect(matches('start not finish', 'Start invoke request')).toBe(true);
    expect(matches('start not finish', 'Start then Finish')).toBe(false);
    expect(matches('(a or b) && c', 'b c')).toBe(true);
    expect(matches('a or b and c', 'a')).toBe(true);
    expect(matches('not timeout', 'all good')).toBe(true);
  });

  it('supports * and ? wildcards but never as the first character', () => {
    expect(matches('2023-01*', 'at 2023-01-01 ok')).toBe(true);
    expect(matches('he?lo', 'hello')).toBe(true);
    expect(() => parseKeywords('*ROR*')).toThrow(
      expect.objectContaining({ code: 'LTS.0301', status: 400 }) as Error,
    );
  });

  it('matches #"phrases" in order and field:value on labels', () => {
    expect(matches('#"invoke request"', "Start invoke request 'x'")).toBe(true);
    expect(matches('#"request invoke"', "Start invoke request 'x'")).toBe(false);
    expect(matches('requestId:abc-1', 'hello', { requestId: 'abc-1' })).toBe(true);
    expect(matches('requestId:abc-2', 'hello', { requestId: 'abc-1' })).toBe(false);
    expect(matches('level:ERR*', 'x', { level: 'ERROR' })).toBe(true);
    expect(matches('content:hello', 'hello there')).toBe(true);
    expect(matches('"request method":GET', 'x', { 'request method': 'GET' })).toBe(true);
  });

  it('rejects malformed statements with LTS.0009', () => {
    for (const bad of ['(a or b', 'a)', 'a and', '"open', 'key:']) {
      expect(() => parseKeywords(bad)).toThrow(expect.objectContaining({ code: 'LTS.0009' }) as Error);
    }
    expect(parseKeywords('   ')).toBeUndefined();
  });
});
