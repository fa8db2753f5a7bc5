import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/db';
import { workerSqlWriter } from '../store/sql-writer';
import { createMetricsStore, MINUTE_MS } from './metrics-store';
import type { InvocationRecord } from './metrics-store';
import { bucketSizeFor, lastMinutesWindow, NO_DATA, shapeStatistics } from './series';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function store() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-metrics-'));
  dirs.push(dir);
  return createMetricsStore(openDatabase(dir));
}

const URN = 'urn:fss:local-1:p:function:default:hello';
const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);
const rec = (i: number, over: Partial<InvocationRecord> = {}): InvocationRecord => ({
  requestId: `r-${i}`,
  funcUrn: URN,
  version: 'latest',
  startedAt: T0 + i * 1000,
  durationMs: 10 + i,
  billedMs: 11 + i,
  memoryUsedMb: 30,
  memoryMb: 128,
  outcome: 'success',
  coldStart: i === 0,
  source: 'sync',
  ...over,
});

describe('metrics store and series', () => {
  it('keeps the largest instance counts per minute, written through the worker writer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-metrics-'));
    dirs.push(dir);
    const db = openDatabase(dir, 'telemetry.sqlite');
    const writer = workerSqlWriter(db.name, db, () => undefined);
    const s = createMetricsStore(db, { writer });
    s.recordInstances(URN, 'latest', 2, 1, T0 + 1000);
    s.recordInstances(URN, 'latest', 5, 0, T0 + 6000);
    s.recordInstances(URN, 'latest', 3, 1, T0 + MINUTE_MS + 1000);
    for (let i = 0; i < 90; i++) s.record(rec(i));
    expect(s.instanceMinutes(URN, 'latest', T0, T0 + 2 * MINUTE_MS)).toEqual([
      { minute: T0, on_demand_max: 5, reserved_max: 1 },
      { minute: T0 + MINUTE_MS, on_demand_max: 3, reserved_max: 1 },
    ]);
    expect(s.minutes(URN, '*', T0, T0 + 2 * MINUTE_MS).map((m) => m.count)).toEqual([60, 30]);
    s.close();
    await writer.close();
    db.close();
  });

  it('rolls invocations up per minute and shapes -1 for empty buckets', () => {
    const s = store();
    for (let i = 0; i < 70; i++) s.record(rec(i, i % 10 === 0 ? { outcome: 'function_error' } : {}));
    s.record(rec(100, { outcome: 'rejected', requestId: 'rej' }));
    const window = { from: T0, to: T0 + 5 * MINUTE_MS, bucket: MINUTE_MS };
    const series = shapeStatistics(s.minutes(URN, '*', window.from, window.to), [], window);
    expect(series.count.map((p) => p.value)).toEqual([60, 11, NO_DATA, NO_DATA, NO_DATA]);
    expect(series.fail_count.map((p) => p.value)).toEqual([6, 1, NO_DATA, NO_DATA, NO_DATA]);
    expect(series.reject_count.map((p) => p.value)).toEqual([0, 1, NO_DATA, NO_DATA, NO_DATA]);
    expect(series.min_duration[0]!.value).toBe(10);
    expect(series.max_duration[0]!.value).toBe(69);
    expect(series.max_duration[1]!.value).toBe(79);
    // Average ignores the rejected call, which never ran.
    expect(series.duration[1]!.value).toBe((70 + 71 + 72 + 73 + 74 + 75 + 76 + 77 + 78 + 79) / 10);
    expect(series.count[0]!.timestamp).toBe(T0);
  });

  it('keeps per-version and per-alias rollups apart from the total', () => {
    const s = store();
    s.record(rec(1, { version: 'v1', alias: 'prod' }));
    s.record(rec(2, { version: 'v2', alias: 'prod' }));
    s.record(rec(3, { version: 'v2' }));
    const sum = (q: string) => s.minutes(URN, q, T0, T0 + MINUTE_MS).reduce((n, r) => n + r.count, 0);
    expect([sum('*'), sum('v1'), sum('v2'), sum('!prod')]).toEqual([3, 1, 2, 2]);
    expect(s.minutes('*', '*', T0, T0 + MINUTE_MS)[0]!.count).toBe(3);
  });

  it('totals by function and per day, and deletes a function', () => {
    const s = store();
    s.record(rec(1));
    s.record(rec(2, { funcUrn: URN + '2', outcome: 'system_error' }));
    const totals = s.totalsByFunction(T0 - MINUTE_MS, T0 + MINUTE_MS);
    expect(totals.map((t) => [t.func_urn, t.count, t.fail_count]).sort()).toEqual([
      [URN, 1, 0],
      [URN + '2', 1, 1],
    ]);
    expect(s.daily(T0 - MINUTE_MS, T0 + MINUTE_MS)).toEqual([
      { day: '2026-11-28', count: 2, gb_seconds: expect.any(Number) as number },
    ]);
    s.deleteFunction(URN);
    expect(s.records(URN, 0, Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
    expect(s.records(URN + '2', 0, Number.MAX_SAFE_INTEGER, 10)).toHaveLength(1);
  });

  it('chooses bucket sizes per the seed and windows that end after now', () => {
    expect(bucketSizeFor(15 * MINUTE_MS)).toBe(MINUTE_MS);
    expect(bucketSizeFor(24 * 60 * MINUTE_MS)).toBe(30 * MINUTE_MS);
    expect(bucketSizeFor(7 * 24 * 60 * MINUTE_MS)).toBe(180 * MINUTE_MS);
    const w = lastMinutesWindow(T0 + 30_000, 15);
    expect(w.to).toBe(T0 + MINUTE_MS);
    expect((w.to - w.from) / MINUTE_MS).toBe(15);
  });
});
