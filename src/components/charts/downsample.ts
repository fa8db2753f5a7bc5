/**
 * Downsampling for time series with gaps: Largest-Triangle-Three-Buckets (Steinarsson 2013) applied to each run
 * of present values, so a 7-day range of 1-minute buckets draws as fast as an hour. Two guarantees the plain
 * algorithm lacks, because operators read charts for spikes and outages:
 * - the minimum and maximum of every run are kept (LTTB alone may drop a one-bucket spike);
 * - a gap (`null`, i.e. the seed's `-1` "no data", seed 7.8.3) stays a gap: one null marker per missing run.
 */
export interface ChartPoint {
  /** Epoch milliseconds. */
  t: number;
  /** `null` = no data in that bucket (drawn as a gap, never as zero). */
  v: number | null;
}

/** LTTB over `points` (all values present); returns the chosen indices, first and last included. */
function lttbIndices(points: readonly { t: number; v: number }[], threshold: number): number[] {
  const n = points.length;
  if (threshold >= n || threshold < 3) return points.map((_, i) => i);
  const chosen: number[] = [0];
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const avgStart = Math.floor((i + 1) * every) + 1;
    const avgEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgT = 0;
    let avgV = 0;
    for (let j = avgStart; j < avgEnd; j++) {
      const p = points[j];
      if (p) {
        avgT += p.t;
        avgV += p.v;
      }
    }
    const len = Math.max(avgEnd - avgStart, 1);
    avgT /= len;
    avgV /= len;
    const rangeStart = Math.floor(i * every) + 1;
    const rangeEnd = Math.floor((i + 1) * every) + 1;
    const pa = points[a];
    let best = rangeStart;
    let bestArea = -1;
    for (let j = rangeStart; j < rangeEnd && pa; j++) {
      const p = points[j];
      if (!p) continue;
      const area = Math.abs((pa.t - avgT) * (p.v - pa.v) - (pa.t - p.t) * (avgV - pa.v));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    chosen.push(best);
    a = best;
  }
  chosen.push(n - 1);
  return chosen;
}

/** Splits into runs of present values; each run is [start, end) in the original array. */
function runsOf(points: readonly ChartPoint[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  points.forEach((p, i) => {
    if (p.v !== null && start < 0) start = i;
    if (p.v === null && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, points.length]);
  return runs;
}

/**
 * Indices of the points to draw, at most about `threshold` (plus two extremes per run and one marker per gap).
 * @example downsampleIndices(series, 1000) // → sorted indices into `series`
 */
export function downsampleIndices(points: readonly ChartPoint[], threshold: number): number[] {
  if (points.length <= threshold) return points.map((_, i) => i);
  const runs = runsOf(points);
  const present = runs.reduce((sum, [s, e]) => sum + (e - s), 0);
  const keep = new Set<number>();
  for (const [start, end] of runs) {
    const run: { t: number; v: number }[] = [];
    let minI = start;
    let maxI = start;
    for (let i = start; i < end; i++) {
      const p = points[i];
      const v = p?.v ?? 0;
      run.push({ t: p?.t ?? 0, v });
      if (v < (points[minI]?.v ?? 0)) minI = i;
      if (v > (points[maxI]?.v ?? 0)) maxI = i;
    }
    // Each run gets a share of the budget proportional to its length (at least its ends).
    const share = Math.max(2, Math.round((threshold * run.length) / Math.max(present, 1)));
    for (const j of lttbIndices(run, share)) keep.add(start + j);
    keep.add(minI);
    keep.add(maxI);
  }
  // One null marker right after each run (and before the first) keeps the gap visible.
  for (const [start, end] of runs) {
    if (start > 0) keep.add(start - 1);
    if (end < points.length) keep.add(end);
  }
  if (runs.length === 0 && points.length > 0) {
    keep.add(0);
    keep.add(points.length - 1);
  }
  return [...keep].sort((x, y) => x - y);
}

/** The points `downsampleIndices` keeps. */
export function downsample(points: readonly ChartPoint[], threshold: number): ChartPoint[] {
  return downsampleIndices(points, threshold).flatMap((i) => {
    const p = points[i];
    return p ? [p] : [];
  });
}
