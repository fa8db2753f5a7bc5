import { describe, expect, it } from 'vitest';
import type { LtsLogLine } from '../api/types';
import { groupByRequest, highlightParts, linesAsText, parseFinish, toLogLine } from './log-lines';

const A = '9c086408-c4c2-4b0a-b56d-1cd1a1288d67';
const B = 'ea83bf49-f657-44e3-a933-981c4fcf45fc';
let seq = 0;
const T0 = Date.UTC(2026, 10, 28, 4, 39, 42);
function raw(content: string, labels?: Record<string, string>, at = T0 + seq): LtsLogLine {
  seq += 1;
  return { content, line_num: String(at * 1_000_000 + seq), ...(labels ? { labels } : {}) };
}
const start = (id: string, v = 'latest') =>
  `2026-11-28T04:39:42Z Start invoke request '${id}', version: ${v}`;
const finish = (id: string) =>
  `2026-11-28T04:39:42Z Finish invoke request '${id}', duration: 0.932ms, billing duration: 1ms, memory used: 39.824MB, billing memory: 128MB`;

describe('toLogLine', () => {
  it('reads request id, version and platform kind from the boundary lines without labels (cloud)', () => {
    const line = toLogLine(raw(start(A, 'v2'), undefined, T0 + 5));
    expect(line).toMatchObject({ requestId: A, version: 'v2', platform: true, level: 'INFO' });
    expect(line.time).toBe(T0 + 5);
  });

  it('reads the level and request id of a runtime-prefixed error line', () => {
    expect(toLogLine(raw(`2026-11-28T04:39:42Z ${A} ERROR {"errorMessage":"boom"}`))).toMatchObject({
      requestId: A,
      level: 'ERROR',
      platform: false,
    });
  });

  it('prefers labels when the connection provides them (local)', () => {
    const line = toLogLine(raw('hello', { requestId: B, level: 'WARN', logType: 'function', version: 'v1' }));
    expect(line).toMatchObject({ requestId: B, level: 'WARN', platform: false, version: 'v1' });
  });

  it('strips highlight tags into highlighted parts', () => {
    expect(highlightParts('a <HighLightTag>word</HighLightTag> b')).toEqual([
      { text: 'a ', hit: false },
      { text: 'word', hit: true },
      { text: ' b', hit: false },
    ]);
    expect(toLogLine(raw('x <HighLightTag>hit</HighLightTag>')).text).toBe('x hit');
  });

  it('parses the Finish line summary', () => {
    expect(parseFinish(finish(A))).toEqual({
      durationMs: 0.932,
      billedMs: 1,
      memoryUsedMb: 39.824,
      billingMemoryMb: 128,
    });
    expect(parseFinish('plain output')).toBeUndefined();
  });
});

describe('groupByRequest', () => {
  it('groups by request id, attaches unlabelled output to the enclosing request, newest request first', () => {
    const lines = [
      raw(start(B), undefined, T0),
      raw('output of B', undefined, T0 + 1),
      raw(finish(B), undefined, T0 + 2),
      raw('between requests', undefined, T0 + 3),
      raw(start(A), undefined, T0 + 10),
      raw('output of A', undefined, T0 + 11),
      raw(`2026-11-28T04:39:42Z ${A} ERROR boom`, undefined, T0 + 12),
      raw(finish(A), undefined, T0 + 13),
    ].map((l) => toLogLine(l));
    // Input order does not matter (newest-first pages).
    const { groups, ungrouped } = groupByRequest([...lines].reverse());
    expect(groups.map((g) => g.requestId)).toEqual([A, B]);
    expect(groups[0]?.lines.map((l) => l.text)).toEqual([
      start(A),
      'output of A',
      `2026-11-28T04:39:42Z ${A} ERROR boom`,
      finish(A),
    ]);
    expect(groups[0]).toMatchObject({ failed: true, attempts: 1, version: 'latest' });
    expect(groups[0]?.finish?.durationMs).toBe(0.932);
    expect(groups[1]).toMatchObject({ failed: false });
    expect(ungrouped.map((l) => l.text)).toEqual(['between requests']);
  });

  it('keeps streams apart and counts retried attempts', () => {
    const lines = [
      toLogLine(raw(start(A), undefined, T0), 'fn-a'),
      toLogLine(raw(start(B), undefined, T0 + 1), 'fn-b'),
      toLogLine(raw('from a', undefined, T0 + 2), 'fn-a'),
      toLogLine(raw('from b', undefined, T0 + 3), 'fn-b'),
      toLogLine(raw(finish(A), undefined, T0 + 4), 'fn-a'),
      toLogLine(raw(start(A), undefined, T0 + 5), 'fn-a'),
      toLogLine(raw(finish(A), undefined, T0 + 6), 'fn-a'),
    ];
    const { groups } = groupByRequest(lines);
    const a = groups.find((g) => g.requestId === A);
    const b = groups.find((g) => g.requestId === B);
    expect(a?.lines.map((l) => l.text)).toContain('from a');
    expect(b?.lines.map((l) => l.text)).toEqual([start(B), 'from b']);
    expect(a?.attempts).toBe(2);
    expect(b?.finish).toBeUndefined();
  });

  it('writes a text download with a local-time header', () => {
    const text = linesAsText([toLogLine(raw('hello', undefined, T0))], 'UTC+00:00');
    expect(text.split('\n')[0]).toBe('# times in local time (UTC+00:00)');
    expect(text).toContain(' hello\n');
  });
});
