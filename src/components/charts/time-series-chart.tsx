/**
 * A time-series line chart (Recharts) for shaped series: missing buckets (`null`) are gaps, never zeros; long
 * series are downsampled (LTTB keeping extremes) so a 7-day range paints as fast as an hour; charts with the
 * same `syncId` highlight the same time on hover (UI.md "Charts"). Presentational: no data hooks.
 * Import it lazily (`React.lazy`) so Recharts loads with the page that draws a chart.
 */
import { Paper, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BaseTickContentProps } from 'recharts';
import type { ChartPoint } from './downsample';
import { downsampleIndices } from './downsample';
import classes from './time-series-chart.module.css';
import { usePlotTurn } from './plot-turn';
import { DAY, timeTicks } from './time-ticks';

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
  const times = [...keepTimes].sort((a, b) => a - b);
  const rows = times.map((t): ChartRow => ({ t }));
  for (const s of series) {
    const values = valuesAt(s.points, times);
    rows.forEach((row, i) => {
      row[s.key] = values[i] ?? null;
    });
  }
  return rows;
}

/** Each series' value at the given (sorted) times, `null` where it has none. */
function valuesAt(points: readonly ChartPoint[], times: readonly number[]): (number | null)[] {
  const sorted = points.every((p, i) => i === 0 || (points[i - 1]?.t ?? -Infinity) <= p.t);
  if (!sorted) {
    const byTime = new Map(points.map((p) => [p.t, p.v]));
    return times.map((t) => byTime.get(t) ?? null);
  }
  // Time-ordered (as the API answers): one walk, no lookup table over thousands of points.
  let j = 0;
  return times.map((t) => {
    while (j < points.length && (points[j]?.t ?? Infinity) < t) j++;
    const p = points[j];
    return p?.t === t ? p.v : null;
  });
}

/**
 * The series' names and colours under the plot, in HTML: Recharts' own legend measures itself after mounting
 * and lays the whole chart out again.
 */
function SeriesLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className={classes.legend}>
      {series.map((s) => (
        <li key={s.key} className={classes.legendItem}>
          <span className={classes.swatch} style={{ background: s.color }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * An axis label as plain SVG text, where Recharts' own (wrapping) text measures every word of every label in
 * the DOM. Same class and anchoring as Recharts' default tick.
 */
function PlainTick({
  x,
  y,
  payload,
  index,
  textAnchor,
  verticalAnchor,
  tickFormatter,
  fill,
  className,
}: BaseTickContentProps) {
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : '0';
  const value: unknown = payload.value;
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill={fill} className={className}>
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </text>
  );
}

/** Earliest and latest time over all series (0, 0 when there are none). */
function timeSpan(series: readonly ChartSeries[]): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      if (p.t < from) from = p.t;
      if (p.t > to) to = p.t;
    }
  }
  return from <= to ? [from, to] : [0, 0];
}

const FORMATS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { month: 'short', day: 'numeric' },
  full: { dateStyle: 'medium', timeStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and kind for every chart: building one costs more than drawing a line. */
function dateTimeFormat(locale: string | undefined, kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, FORMATS[kind]);
    formats.set(key, format);
  }
  return format;
}

// Vertical grid lines are off; without this Recharts still works out where they would go.
const NO_VERTICAL_LINES = () => [];
/** Roughly one x label per this many pixels. */
const PX_PER_TICK = 100;

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
  // Rows are computed in a deferred (time-sliced) pass after the frame, and the plot mounts on this chart's
  // turn (plot-turn.ts), so a page of large charts never blocks input for long.
  const deferred = useDeferredValue<readonly ChartSeries[] | null>(series, null);
  const turn = usePlotTurn();
  const rows = useMemo(() => (deferred ? chartRows(deferred, maxPoints) : []), [deferred, maxPoints]);
  const plotted = turn ? deferred : null;
  const hasData = series.some((s) => s.points.some((p) => p.v !== null));
  // Ticks and their formatter come from the series in the first (urgent) pass, so the deferred one, which
  // mounts Recharts, has less to do in one go.
  const maxTicks = width === undefined ? 6 : Math.max(2, Math.floor((width - 76) / PX_PER_TICK));
  const xTicks = useMemo(() => {
    const [from, to] = timeSpan(series);
    return timeTicks(from, to, maxTicks);
  }, [series, maxTicks]);
  const tick = dateTimeFormat(locale, xTicks.step >= DAY ? 'day' : 'time');
  return (
    <Paper withBorder p="sm" role="figure" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {hasData && !plotted ? <div style={{ height }} aria-busy="true" /> : null}
      {hasData && plotted ? (
        <LineChart
          data={rows}
          height={height}
          {...(width === undefined ? { responsive: true, style: { width: '100%', height } } : { width })}
          {...(syncId ? { syncId, syncMethod: 'value' as const } : {})}
          margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={NO_VERTICAL_LINES}
          />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={xTicks.ticks}
            tickFormatter={(t: number) => tick.format(t)}
            tick={PlainTick}
            // With a known width the ticks are spaced to fit: no need to measure every label.
            {...(width === undefined ? { minTickGap: 32 } : { interval: 0 })}
          />
          <YAxis
            // Room for "1000 ms" (labels are not measured).
            width={unit === 'count' ? 56 : 76}
            allowDecimals={unit !== 'count'}
            tickFormatter={(v: number) => (unit === 'count' ? String(v) : `${String(v)} ${unit}`)}
            tick={PlainTick}
            // A handful of round values over the height: they fit, no need to measure them.
            interval={0}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(t) => `${dateTimeFormat(locale, 'full').format(Number(t))} (${timeZoneLabel})`}
            formatter={(value) => `${String(value)} ${unit === 'count' ? '' : unit}`}
          />
          {plotted.map((s) => (
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
      ) : null}
      {hasData ? <SeriesLegend series={series} /> : null}
      {hasData ? null : (
        <Text c="dimmed" size="sm" h={height} py="xl" ta="center">
          {emptyLabel}
        </Text>
      )}
    </Paper>
  );
}
