import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartPoint } from './downsample';
import { downsample } from './downsample';

const series = (values: readonly (number | null)[]): ChartPoint[] =>
  values.map((v, i) => ({ t: 1_700_000_000_000 + i * 60_000, v }));

/** Maximal runs of nulls, as [first index, last index]. */
function gapRuns(points: readonly ChartPoint[]): number[][] {
  const runs: number[][] = [];
  points.forEach((p, i) => {
    if (p.v !== null) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

describe('downsample', () => {
  it('returns short series unchanged', () => {
    const input = series([1, null, 3]);
    expect(downsample(input, 10)).toEqual(input);
  });

  it('reduces 10,000 points to about the threshold and keeps first and last', () => {
    const input = series(Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50) * 100));
    const out = downsample(input, 500);
    expect(out.length).toBeLessThanOrEqual(502);
    expect(out.length).toBeGreaterThan(400);
    expect(out[0]).toEqual(input[0]);
    expect(out.at(-1)).toEqual(input.at(-1));
  });

  it('keeps a one-bucket spike and a one-bucket dip', () => {
    const values = Array.from({ length: 5000 }, () => 10);
    values[1234] = 9999;
    values[3210] = -50;
    const out = downsample(series(values), 100);
    expect(out.map((p) => p.v)).toContain(9999);
    expect(out.map((p) => p.v)).toContain(-50);
  });

  it('keeps every gap as a gap (a null between the runs around it)', () => {
    const values: (number | null)[] = Array.from({ length: 3000 }, (_, i) => i % 7);
    for (let i = 1000; i < 1200; i++) values[i] = null;
    for (let i = 2500; i < 2501; i++) values[i] = null;
    const out = downsample(series(values), 200);
    const gaps = gapRuns(out);
    expect(gaps).toHaveLength(2);
    // The kept nulls sit between the last point before and the first point after each gap.
    const times = out.map((p) => p.t);
    expect(times).toContain(series(values)[999]?.t);
    expect(times).toContain(series(values)[1200]?.t);
  });

  it('property: extremes of each run are kept, gaps stay, order is preserved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 8 }), {
          minLength: 0,
          maxLength: 3000,
        }),
        fc.integer({ min: 3, max: 300 }),
        (values, threshold) => {
          const input = series(values);
          const out = downsample(input, threshold);
          const present = values.filter((v): v is number => v !== null);
          if (present.length > 0) {
            const outValues = out.map((p) => p.v);
            expect(outValues).toContain(Math.max(...present));
            expect(outValues).toContain(Math.min(...present));
          }
          expect(gapRuns(out).length).toBe(gapRuns(input).length);
          for (let i = 1; i < out.length; i++) expect((out[i]?.t ?? 0) > (out[i - 1]?.t ?? 0)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
