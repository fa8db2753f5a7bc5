/**
 * X-axis ticks for a time series, at round local times (…:00, :15, midnight…). The chart passes them to
 * Recharts: left to itself, a `scale="time"` axis takes every data point as a tick candidate and measures each
 * label in the DOM (hundreds of layouts: most of a large chart's first paint).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Step sizes a reader counts in, smallest first. */
const STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  28 * DAY,
];

export interface TimeTicks {
  ticks: number[];
  /** Milliseconds between ticks: a day or more reads as dates, less as times. */
  step: number;
}

/**
 * At most `max` ticks in [from, to], the smallest round step that fits, aligned to local time (the offset at
 * `from`, so a range across a DST change is off by its hour for ticks after it).
 * @example timeTicks(Date.parse('2026-01-01T10:07Z'), Date.parse('2026-01-01T11:07Z'), 6, 0) // 10:15, 10:30, 10:45, 11:00
 */
export function timeTicks(
  from: number,
  to: number,
  max: number,
  /** Minutes to add to UTC for local time (east positive), as `-new Date(t).getTimezoneOffset()`. */
  utcOffsetMinutes = -new Date(from).getTimezoneOffset(),
): TimeTicks {
  if (!(to > from) || max < 1) return { ticks: Number.isFinite(from) ? [from] : [], step: 0 };
  const span = to - from;
  const step =
    STEPS.find((s) => Math.floor(span / s) + 1 <= max) ?? Math.ceil(span / Math.max(1, max - 1) / DAY) * DAY;
  const shift = utcOffsetMinutes * MINUTE;
  const ticks: number[] = [];
  for (let local = Math.ceil((from + shift) / step) * step; local - shift <= to; local += step) {
    ticks.push(local - shift);
  }
  return { ticks, step };
}
