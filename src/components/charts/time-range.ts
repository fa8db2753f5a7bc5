/**
 * The time range every chart and log view uses (UI.md "Charts": 15 min, 1 h, 1 d, 7 d, custom; in the URL).
 * `?range=1h` or `?range=custom&from=<ms>&to=<ms>`; absent means the page's default.
 */
export const RANGE_PRESETS = ['15m', '1h', '1d', '7d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeKey = RangePreset | 'custom';

export const PRESET_MINUTES: Record<RangePreset, number> = { '15m': 15, '1h': 60, '1d': 1440, '7d': 10080 };

export interface TimeRange {
  key: RangeKey;
  /** Custom bounds in epoch ms (only for `custom`). */
  from?: number;
  to?: number;
}

export interface ResolvedRange {
  from: number;
  to: number;
}

function isPreset(value: string | null): value is RangePreset {
  return (RANGE_PRESETS as readonly string[]).includes(value ?? '');
}

export function parseTimeRange(params: URLSearchParams, fallback: RangePreset = '1h'): TimeRange {
  const key = params.get('range');
  if (isPreset(key)) return { key };
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  if (key === 'custom' && Number.isFinite(from) && Number.isFinite(to) && from > 0 && to > from) {
    return { key: 'custom', from, to };
  }
  return { key: fallback };
}

/** Writes the range into a copy of `params` (other parameters kept). */
export function withTimeRange(params: URLSearchParams, range: TimeRange): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('range', range.key);
  if (range.key === 'custom' && range.from !== undefined && range.to !== undefined) {
    next.set('from', String(range.from));
    next.set('to', String(range.to));
  } else {
    next.delete('from');
    next.delete('to');
  }
  return next;
}

/** Absolute bounds at `now`. */
export function resolveRange(range: TimeRange, now: number): ResolvedRange {
  if (range.key === 'custom' && range.from !== undefined && range.to !== undefined) {
    return { from: range.from, to: Math.min(range.to, now) };
  }
  const minutes = range.key === 'custom' ? 60 : PRESET_MINUTES[range.key];
  return { from: now - minutes * 60_000, to: now };
}

/**
 * The `{period}` (last N minutes, seed 7.8.3) that covers `from` at `now`. The metrics API only answers "the
 * last N minutes", so a custom range asks from its start until now and the caller clips the end.
 */
export function periodMinutesFor(range: ResolvedRange, now: number, maxMinutes = 43_200): number {
  return Math.min(maxMinutes, Math.max(1, Math.ceil((now - range.from) / 60_000)));
}

/** "UTC+08:00" for the browser's zone at `at`: labels local timestamps. */
export function utcOffsetLabel(at: number): string {
  const offset = -new Date(at).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
