import { describe, expect, it } from 'vitest';
import type { SlaReports, SlaReportsValue } from '../api/types';
import type { MonitoringLabels } from './shape-series';
import { shapeMonitoring, toPoints, total } from './shape-series';

const T0 = Date.UTC(2026, 10, 28, 10, 0);
const series = (values: number[]): SlaReportsValue[] =>
  values.map((value, i) => ({ timestamp: T0 + i * 60_000, value }));

const labels: MonitoringLabels = {
  invocations: 'Invocations',
  errors: 'Errors',
  functionErrors: 'Function errors',
  systemErrors: 'System errors',
  throttles: 'Throttles',
  durationMin: 'Min',
  durationAvg: 'Avg',
  durationMax: 'Max',
  instances: 'Instances',
  reservedInstances: 'Reserved',
};

/** A 7.8.3 answer as the seed shapes it (T7-475), with -1 for buckets without data. */
const stats: SlaReports = {
  count: series([-1, 3, 0, -1, 2]),
  fail_count: series([-1, 1, 0, -1, 0]),
  reject_count: series([-1, 0, 0, -1, 1]),
  duration: series([-1, 12.5, -1, -1, 8]),
  min_duration: series([-1, 2, -1, -1, 8]),
  max_duration: series([-1, 30, -1, -1, 8]),
  function_error_count: series([-1, 1, 0, -1, 0]),
  system_error_count: series([-1, 0, 0, -1, 0]),
  concurrency_num: series([-1, 1, 1, -1, 1]),
  reserved_instance_num: series([-1, 0, 0, -1, 0]),
};

describe('toPoints', () => {
  it('turns -1 into a gap (null), keeps real zeros, and keeps timestamps', () => {
    expect(toPoints(series([-1, 0, 4]))).toEqual([
      { t: T0, v: null },
      { t: T0 + 60_000, v: 0 },
      { t: T0 + 120_000, v: 4 },
    ]);
  });

  it('clips to the requested range and tolerates a missing series', () => {
    expect(toPoints(series([1, 2, 3]), T0 + 60_000, T0 + 60_000)).toEqual([{ t: T0 + 60_000, v: 2 }]);
    expect(toPoints(undefined)).toEqual([]);
  });
});

describe('shapeMonitoring', () => {
  const shaped = shapeMonitoring(stats, { ...stats, instance_num: series([-1, 2, 2, -1, 1]) }, labels, {
    from: -Infinity,
    to: Infinity,
  });

  it('totals ignore gaps instead of subtracting them', () => {
    expect(shaped.totals).toEqual({ invocations: 5, errors: 1, throttles: 1 });
    expect(total(toPoints(series([-1, -1])))).toBe(0);
  });

  it('builds duration min/avg/max and error breakdown series with labels and colours', () => {
    expect(shaped.duration.map((s) => s.label)).toEqual(['Min', 'Avg', 'Max']);
    expect(shaped.duration[1]?.points.map((p) => p.v)).toEqual([null, 12.5, null, null, 8]);
    expect(shaped.errors.map((s) => s.key)).toEqual(['errors', 'functionErrors', 'systemErrors']);
    expect(new Set(shaped.duration.map((s) => s.color)).size).toBe(3);
  });

  it('takes instances from the SLA report (instance_num) and falls back to concurrency_num', () => {
    expect(shaped.instances[0]?.points.map((p) => p.v)).toEqual([null, 2, 2, null, 1]);
    const fallback = shapeMonitoring(stats, undefined, labels, { from: -Infinity, to: Infinity });
    expect(fallback.instances[0]?.points.map((p) => p.v)).toEqual([null, 1, 1, null, 1]);
  });
});
