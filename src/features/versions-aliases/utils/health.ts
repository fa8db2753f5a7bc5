/**
 * Summary of a version's last hour from the 7.8.3 per-minute series (value −1 = no data in that minute):
 * invocations, errors, error rate, average latency (weighted by invocations) and the worst minute's maximum.
 */
import type { FunctionStatistics, SeriesPoint } from '../api/types';

export interface HealthSummary {
  invocations: number;
  errors: number;
  /** 0–1, or undefined without invocations. */
  errorRate: number | undefined;
  avgLatencyMs: number | undefined;
  maxLatencyMs: number | undefined;
}

const present = (series: SeriesPoint[] | undefined) => (series ?? []).filter((p) => p.value >= 0);

export function summarizeHealth(stats: FunctionStatistics): HealthSummary {
  const counts = new Map(present(stats.count).map((p) => [p.timestamp, p.value]));
  const invocations = [...counts.values()].reduce((a, b) => a + b, 0);
  const errors = present(stats.fail_count).reduce((a, p) => a + p.value, 0);
  let weighted = 0;
  let weight = 0;
  for (const p of present(stats.duration)) {
    const n = counts.get(p.timestamp) ?? 0;
    weighted += p.value * n;
    weight += n;
  }
  const maxes = present(stats.max_duration).map((p) => p.value);
  return {
    invocations,
    errors,
    errorRate: invocations > 0 ? errors / invocations : undefined,
    avgLatencyMs: weight > 0 ? weighted / weight : undefined,
    maxLatencyMs: maxes.length ? Math.max(...maxes) : undefined,
  };
}
