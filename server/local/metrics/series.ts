/**
 * Shapes minute rollups into the seed's metric responses (7.8.3–7.8.5): arrays of `{timestamp, value}` per bucket,
 * `-1` where the bucket has no data (seed T7-476: "-1 means no data in that period, e.g. the function did not run").
 */
import type { InstanceRow, MinuteRow } from './metrics-store';
import { MINUTE_MS } from './metrics-store';

export interface SlaReportsValue {
  timestamp: number;
  value: number;
}

export const NO_DATA = -1;

/** Bucket size by range, as seed 7.8.4 documents it: 1 min under 1 h, 30 min under 1 day, 180 min beyond. */
export function bucketSizeFor(rangeMs: number): number {
  if (rangeMs <= 60 * MINUTE_MS) return MINUTE_MS;
  if (rangeMs <= 24 * 60 * MINUTE_MS) return 30 * MINUTE_MS;
  return 180 * MINUTE_MS;
}

/** The window ending at `now` (rounded up to the next minute) covering the last `minutes` minutes. */
export function lastMinutesWindow(
  now: number,
  minutes: number,
): { from: number; to: number; bucket: number } {
  const bucket = bucketSizeFor(minutes * MINUTE_MS);
  const to = Math.ceil((now + 1) / MINUTE_MS) * MINUTE_MS;
  const from = Math.floor((to - minutes * MINUTE_MS) / bucket) * bucket;
  return { from, to, bucket };
}

interface Acc {
  count: number;
  fail: number;
  functionError: number;
  systemError: number;
  reject: number;
  durationSum: number;
  durationCount: number;
  min: number | null;
  max: number | null;
}

export interface StatisticsSeries {
  count: SlaReportsValue[];
  duration: SlaReportsValue[];
  fail_count: SlaReportsValue[];
  max_duration: SlaReportsValue[];
  min_duration: SlaReportsValue[];
  reject_count: SlaReportsValue[];
  function_error_count: SlaReportsValue[];
  system_error_count: SlaReportsValue[];
  reserved_instance_num: SlaReportsValue[];
  concurrency_num: SlaReportsValue[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function shapeStatistics(
  rows: readonly MinuteRow[],
  instances: readonly InstanceRow[],
  window: { from: number; to: number; bucket: number },
): StatisticsSeries {
  const buckets = new Map<number, Acc>();
  const instanceBuckets = new Map<number, { onDemand: number; reserved: number }>();
  const keyOf = (minute: number) => Math.floor(minute / window.bucket) * window.bucket;
  for (const row of rows) {
    const key = keyOf(row.minute);
    const acc = buckets.get(key) ?? {
      count: 0,
      fail: 0,
      functionError: 0,
      systemError: 0,
      reject: 0,
      durationSum: 0,
      durationCount: 0,
      min: null,
      max: null,
    };
    acc.count += row.count;
    acc.fail += row.fail_count;
    acc.functionError += row.function_error_count;
    acc.systemError += row.system_error_count;
    acc.reject += row.reject_count;
    acc.durationSum += row.duration_sum;
    acc.durationCount += row.count - row.reject_count;
    if (row.duration_min !== null)
      acc.min = acc.min === null ? row.duration_min : Math.min(acc.min, row.duration_min);
    if (row.duration_max !== null)
      acc.max = acc.max === null ? row.duration_max : Math.max(acc.max, row.duration_max);
    buckets.set(key, acc);
  }
  for (const row of instances) {
    const key = keyOf(row.minute);
    const acc = instanceBuckets.get(key) ?? { onDemand: 0, reserved: 0 };
    acc.onDemand = Math.max(acc.onDemand, row.on_demand_max);
    acc.reserved = Math.max(acc.reserved, row.reserved_max);
    instanceBuckets.set(key, acc);
  }
  const series: StatisticsSeries = {
    count: [],
    duration: [],
    fail_count: [],
    max_duration: [],
    min_duration: [],
    reject_count: [],
    function_error_count: [],
    system_error_count: [],
    reserved_instance_num: [],
    concurrency_num: [],
  };
  for (let t = window.from; t < window.to; t += window.bucket) {
    const acc = buckets.get(t);
    const inst = instanceBuckets.get(t);
    const push = (key: keyof StatisticsSeries, value: number) => {
      series[key].push({ timestamp: t, value });
    };
    push('count', acc ? acc.count : NO_DATA);
    push('fail_count', acc ? acc.fail : NO_DATA);
    push('function_error_count', acc ? acc.functionError : NO_DATA);
    push('system_error_count', acc ? acc.systemError : NO_DATA);
    push('reject_count', acc ? acc.reject : NO_DATA);
    push('duration', acc && acc.durationCount > 0 ? round(acc.durationSum / acc.durationCount) : NO_DATA);
    push('max_duration', acc?.max != null ? round(acc.max) : NO_DATA);
    push('min_duration', acc?.min != null ? round(acc.min) : NO_DATA);
    push('concurrency_num', inst ? inst.onDemand : NO_DATA);
    push('reserved_instance_num', inst ? inst.reserved : NO_DATA);
  }
  return series;
}
