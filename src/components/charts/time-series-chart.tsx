/**
 * A time-series line chart (Recharts) for shaped series: missing buckets (`null`) are gaps, never zeros; long
 * series are downsampled (LTTB keeping extremes) so a 7-day range paints as fast as an hour; charts with the
 * same `syncId` highlight the same time on hover (UI.md "Charts"). Presentational: no data hooks.
 * Import it lazily (`React.lazy`) so Recharts loads with the page that draws a chart.
 */
import { Paper, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from './downsample';
import { downsampleIndices } from './downsample';

export interface ChartSeries {
  /** Stable key (also the row field name). */
  key: string;
  label: string;
  /** A CSS colour, the same for the same metric everywhere. */
  color: string;
  points: readonly ChartPoint[];
}

export interface TimeSeriesChartProps {
  title: string;
  /** Unit shown on the Y axis and in the tooltip, e.g. `ms`, `count`. */
  unit: string;
  series: readonly ChartSeries[];
  /** Shown instead of the plot when no series has a value. */
  emptyLabel: string;
  /** Suffix for times in the tooltip, e.g. "local time". */
  timeZoneLabel: string;
  syncId?: string;
  /** Upper bound on drawn rows (all series together). */
  maxPoints?: number;
  height?: number;
  /** Fixed width in px; without it the chart fills its container. */
  width?: number;
  locale?: string;
}

export type ChartRow = Record<string, number | null> & { t: number };

/** One row per kept timestamp: the union of the points each series' downsampling keeps. */
export function chartRows(series: readonly ChartSeries[], maxPoints: number): ChartRow[] {
  const first = series[0];
  if (!first) return [];
  const perSeries = Math.max(16, Math.floor(maxPoints / series.length));
  const keepTimes = new Set<number>();
  for (const s of series) {
    for (const i of downsampleIndices(s.points, perSeries)) {
      const p = s.points[i];
      if (p) keepTimes.add(p.t);
    }
  }
  const lookup = series.map((s) => new Map(s.points.map((p) => [p.t, p.v])));
  return [...keepTimes]
    .sort((a, b) => a - b)
    .map((t) => {
      const row: ChartRow = { t };
      series.forEach((s, i) => {
        row[s.key] = lookup[i]?.get(t) ?? null;
      });
      return row;
    });
}

export function TimeSeriesChart({
  title,
  unit,
  series,
  emptyLabel,
  timeZoneLabel,
  syncId,
  maxPoints = 600,
  height = 220,
  width,
  locale,
}: TimeSeriesChartProps) {
  // The plot renders in a deferred (time-sliced) pass after the frame, so a large chart never blocks input.
  const deferred = useDeferredValue<readonly ChartSeries[] | null>(series, null);
  const rows = useMemo(() => (deferred ? chartRows(deferred, maxPoints) : []), [deferred, maxPoints]);
  const hasData = series.some((s) => s.points.some((p) => p.v !== null));
  const time = useMemo(
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
    [locale],
  );
  const full = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
    [locale],
  );
  return (
    <Paper withBorder p="sm" role="figure" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {hasData && !deferred ? (
        <div style={{ height }} aria-busy="true" />
      ) : hasData && deferred ? (
        <LineChart
          data={rows}
          height={height}
          {...(width === undefined ? { responsive: true, style: { width: '100%', height } } : { width })}
          {...(syncId ? { syncId, syncMethod: 'value' as const } : {})}
          margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t: number) => time.format(t)}
            minTickGap={32}
          />
          <YAxis unit={unit === 'count' ? '' : ` ${unit}`} width={64} allowDecimals={unit !== 'count'} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(t) => `${full.format(Number(t))} (${timeZoneLabel})`}
            formatter={(value) => `${String(value)} ${unit === 'count' ? '' : unit}`}
          />
          <Legend />
          {deferred.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
              strokeWidth={1.5}
              type="linear"
            />
          ))}
        </LineChart>
      ) : (
        <Text c="dimmed" size="sm" h={height} py="xl" ta="center">
          {emptyLabel}
        </Text>
      )}
    </Paper>
  );
}
