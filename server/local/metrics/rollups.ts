/**
 * Per-minute rollups of a batch of invocation records, summed in memory before they are written (one upsert per
 * function, qualifier and minute instead of three per invocation). Qualifiers: '*' (all versions), the version
 * that ran, and '!alias' when an alias was invoked.
 */
import type { InvocationRecord } from './metrics-store';

export const MINUTE_MS = 60_000;

export interface MinuteDelta {
  funcUrn: string;
  qualifier: string;
  minute: number;
  count: number;
  fail: number;
  functionError: number;
  systemError: number;
  reject: number;
  duration: number;
  dmin: number | null;
  dmax: number | null;
  gbs: number;
}

function addToRollup(
  rollups: Map<string, MinuteDelta>,
  rec: InvocationRecord,
  minute: number,
  qualifier: string,
) {
  const key = `${rec.funcUrn}\n${qualifier}\n${String(minute)}`;
  let row = rollups.get(key);
  if (!row) {
    row = {
      funcUrn: rec.funcUrn,
      qualifier,
      minute,
      count: 0,
      fail: 0,
      functionError: 0,
      systemError: 0,
      reject: 0,
      duration: 0,
      dmin: null,
      dmax: null,
      gbs: 0,
    };
    rollups.set(key, row);
  }
  row.count++;
  if (rec.outcome === 'function_error') row.functionError++;
  if (rec.outcome === 'system_error') row.systemError++;
  if (rec.outcome === 'function_error' || rec.outcome === 'system_error') row.fail++;
  if (rec.outcome === 'rejected') {
    row.reject++;
    return;
  }
  row.duration += rec.durationMs;
  row.dmin = row.dmin === null ? rec.durationMs : Math.min(row.dmin, rec.durationMs);
  row.dmax = row.dmax === null ? rec.durationMs : Math.max(row.dmax, rec.durationMs);
  row.gbs += (rec.billedMs / 1000) * (rec.memoryMb / 1024);
}

export function minuteRollups(batch: readonly InvocationRecord[]): MinuteDelta[] {
  const rollups = new Map<string, MinuteDelta>();
  for (const rec of batch) {
    const minute = Math.floor(rec.startedAt / MINUTE_MS) * MINUTE_MS;
    addToRollup(rollups, rec, minute, '*');
    addToRollup(rollups, rec, minute, rec.version);
    if (rec.alias) addToRollup(rollups, rec, minute, `!${rec.alias}`);
  }
  return [...rollups.values()];
}
