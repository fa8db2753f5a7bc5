/**
 * From the seed's metric responses (7.8.3 / 7.8.5) to chart series: `-1` ("no data in that period", T7-476)
 * becomes `null` so charts draw a gap, and points outside the requested range are dropped (the API only answers
 * "the last N minutes", so a custom range is clipped here).
 */
import type { ChartPoint } from '@/components/charts/downsample';
import { METRIC_COLORS } from '@/components/charts/metric-colors';
import type { ChartSeries } from '@/components/charts/time-series-chart';
import type { SlaReports, SlaReportsValue } from '../api/types';

export function toPoints(
  values: readonly SlaReportsValue[] | undefined,
  from = -Infinity,
  to = Infinity,
): ChartPoint[] {
  return (values ?? [])
    .filter((p) => p.timestamp >= from && p.timestamp <= to)
    .map((p) => ({ t: p.timestamp, v: p.value < 0 ? null : p.value }));
}

/** Sum of present values (gaps count as nothing, not as -1). */
export function total(points: readonly ChartPoint[]): number {
  return points.reduce((sum, p) => sum + (p.v ?? 0), 0);
}

export interface MonitoringLabels {
  invocations: string;
  errors: string;
  functionErrors: string;
  systemErrors: string;
  throttles: string;
  durationMin: string;
  durationAvg: string;
  durationMax: string;
  instances: string;
  reservedInstances: string;
}

export interface MonitoringSeries {
  invocations: ChartSeries[];
  errors: ChartSeries[];
  throttles: ChartSeries[];
  duration: ChartSeries[];
  instances: ChartSeries[];
  totals: { invocations: number; errors: number; throttles: number };
}

/** The five monitoring charts from one statistics answer and one SLA report (for instances). */
export function shapeMonitoring(
  stats: SlaReports,
  sla: SlaReports | undefined,
  labels: MonitoringLabels,
  range: { from: number; to: number },
): MonitoringSeries {
  const s = (key: keyof typeof METRIC_COLORS, values: SlaReportsValue[] | undefined): ChartSeries => ({
    key,
    label: labels[key],
    color: METRIC_COLORS[key],
    points: toPoints(values, range.from - 60_000, range.to),
  });
  const invocations = s('invocations', stats.count);
  const errors = s('errors', stats.fail_count);
  const throttles = s('throttles', stats.reject_count);
  const errorSeries = [errors];
  if (stats.function_error_count) errorSeries.push(s('functionErrors', stats.function_error_count));
  if (stats.system_error_count) errorSeries.push(s('systemErrors', stats.system_error_count));
  return {
    invocations: [invocations],
    errors: errorSeries,
    throttles: [throttles],
    duration: [
      s('durationMin', stats.min_duration),
      s('durationAvg', stats.duration),
      s('durationMax', stats.max_duration),
    ],
    instances: [
      s('instances', sla?.instance_num ?? sla?.concurrency_num ?? stats.concurrency_num),
      s('reservedInstances', sla?.reserved_instance_num ?? stats.reserved_instance_num),
    ],
    totals: {
      invocations: total(invocations.points),
      errors: total(errors.points),
      throttles: total(throttles.points),
    },
  };
}
