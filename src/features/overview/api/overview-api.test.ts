import { expect, it } from 'vitest';
import { minutesThisMonth, summarize } from './overview-api';

it('sums this month ignoring -1 buckets, with a count-weighted average duration', () => {
  const p = (values: number[]) => values.map((value, i) => ({ timestamp: i, value }));
  expect(summarize({ count: p([-1, 2, 6]), fail_count: p([-1, 1, 0]), duration: p([-1, 10, 2]) })).toEqual({
    invocations: 8,
    errors: 1,
    avgDurationMs: 4,
  });
  expect(summarize({ count: p([-1]), fail_count: p([-1]), duration: p([-1]) }).avgDurationMs).toBe(0);
});

it('asks for the minutes since the month began, capped at 30 days', () => {
  const now = new Date(2026, 10, 3, 0, 30).getTime();
  expect(minutesThisMonth(now)).toBe(2 * 1440 + 30);
  expect(minutesThisMonth(new Date(2026, 11, 31, 23, 0).getTime())).toBe(43_200);
});
