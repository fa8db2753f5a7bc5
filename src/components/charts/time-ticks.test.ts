import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, timeTicks } from './time-ticks';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

describe('timeTicks', () => {
  it('picks the smallest round step that fits and aligns ticks to it', () => {
    const { ticks, step } = timeTicks(at('2026-01-01T10:07:00Z'), at('2026-01-01T11:07:00Z'), 6, 0);
    expect(step).toBe(15 * MIN);
    expect(ticks.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '10:15',
      '10:30',
      '10:45',
      '11:00',
    ]);
  });

  it('aligns to local time (UTC+5:30 here)', () => {
    // 10:07Z is 15:37 local; local half hours fall on :00 and :30 UTC+5:30, i.e. :30 and :00 UTC.
    const { ticks } = timeTicks(at('2026-01-01T10:07:00Z'), at('2026-01-01T12:07:00Z'), 5, 330);
    expect(ticks.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '10:30',
      '11:00',
      '11:30',
      '12:00',
    ]);
  });

  it('counts in days over a week, at local midnight', () => {
    const { ticks, step } = timeTicks(at('2026-01-01T10:00:00Z'), at('2026-01-08T10:00:00Z'), 8, 60);
    expect(step).toBe(DAY);
    expect(ticks).toHaveLength(7);
    for (const t of ticks) expect((t + 60 * MIN) % DAY).toBe(0);
  });

  it('stays within the range and the count for any range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.integer({ min: 1, max: 400 * DAY }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -720, max: 840 }),
        (from, span, max, offset) => {
          const { ticks, step } = timeTicks(from, from + span, max, offset);
          expect(ticks.length).toBeLessThanOrEqual(Math.max(max, 2));
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(from);
            expect(t).toBeLessThanOrEqual(from + span);
            // A tick before 1970 in local time gives -0, which is aligned too.
            expect(Math.abs((t + offset * MIN) % step)).toBe(0);
          }
        },
      ),
    );
  });

  it('gives a single tick for an empty or one-point range', () => {
    expect(timeTicks(5, 5, 6, 0).ticks).toEqual([5]);
    expect(timeTicks(5, 1, 6, 0).ticks).toEqual([5]);
  });
});
