/**
 * Function metrics (seed 7.8): tenant statistics, functions ranked by a metric, per-function series for the last
 * N minutes, instance reports and SLA reports, from the invocation rollups. Unqualified URNs cover all versions;
 * a version or `!alias` qualifier narrows to it.
 */
import type { Context } from 'hono';
import { HttpError } from '../../shared/errors';
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import { execution } from '../execution';
import { MINUTE_MS } from '../metrics/metrics-store';
import { lastMinutesWindow, shapeStatistics } from '../metrics/series';
import { functionUrnParam } from './routes';

const MAX_PERIOD_MINUTES = 30 * 24 * 60;

function periodMinutes(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PERIOD_MINUTES) {
    throw new HttpError(
      400,
      'FSS.0400',
      `Invalid parameter: period must be whole minutes from 1 to ${MAX_PERIOD_MINUTES}`,
    );
  }
  return n;
}

function boundedInt(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new HttpError(400, 'FSS.0400', `Invalid parameter: ${name}`);
  return Math.min(n, max);
}

/** Accepts epoch seconds, epoch milliseconds or an ISO date. */
function parseTime(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (/^\d+$/.test(value)) return value.length <= 10 ? Number(value) * 1000 : Number(value);
  const t = Date.parse(value);
  if (Number.isNaN(t))
    throw new HttpError(400, 'FSS.0400', `Invalid parameter: time "${value.slice(0, 40)}"`);
  return t;
}

function target(deps: LocalDeps, c: Context): { funcUrn: string; qualifier: string } {
  const resolved = deps.functions.resolve(functionUrnParam(c, 'func_urn'));
  const funcUrn = formatFunctionUrn({
    region: deps.settings.region,
    projectId: deps.settings.projectId,
    package: resolved.func.package,
    name: resolved.func.name,
  });
  const q = resolved.urn.qualifier;
  if (q === undefined) return { funcUrn, qualifier: '*' };
  return { funcUrn, qualifier: resolved.alias ? `!${resolved.alias.name}` : resolved.version.version };
}

const REPORT_TYPES: Record<
  string,
  (r: {
    count: number;
    fail_count: number;
    reject_count: number;
    duration_sum: number;
    duration_max: number | null;
    duration_min: number | null;
  }) => number
> = {
  failcount: (r) => r.fail_count,
  count: (r) => r.count,
  rejectcount: (r) => r.reject_count,
  duration: (r) => (r.count - r.reject_count > 0 ? r.duration_sum / (r.count - r.reject_count) : 0),
  maxDuration: (r) => r.duration_max ?? 0,
  minDuration: (r) => r.duration_min ?? 0,
};

export function registerMetricsLiteralRoutes(app: LocalHono, deps: LocalDeps): void {
  // 7.8.2 tenant statistics
  app.get('/v2/:project_id/fgs/functions/statistics', (c) => {
    const filter = c.req.query('filter');
    const metrics = execution(deps).metrics;
    const now = deps.now().getTime();
    if (filter === 'monitor_data') {
      const window = lastMinutesWindow(now, periodMinutes(c.req.query('period'), 60));
      return c.json({
        statistics: shapeStatistics(metrics.minutes('*', '*', window.from, window.to), [], window),
      });
    }
    if (filter === 'monthly_report') {
      const option = ['0', '1', '2', '3'].includes(c.req.query('option') ?? '')
        ? Number(c.req.query('option'))
        : 0;
      const d = new Date(now);
      const monthsBack = [0, 1, 3, 6][option] ?? 0;
      const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (option === 0 ? 0 : monthsBack), 1);
      const to = option === 1 ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) : now + MINUTE_MS;
      const days = metrics.daily(from, to);
      return c.json({
        count: days.map((x) => ({ date: x.day, value: x.count })),
        gbs: days.map((x) => ({ date: x.day, value: Math.round(x.gb_seconds * 1000) / 1000 })),
        gpu_gbs: [],
      });
    }
    throw new HttpError(400, 'FSS.0400', 'Invalid parameter: filter must be monitor_data or monthly_report');
  });
}

export function registerMetricsRoutes(app: LocalHono, deps: LocalDeps): void {
  // 7.8.1 functions ranked by a metric (default: failures over the last day, top 10)
  app.get('/v2/:project_id/fgs/function/report', (c) => {
    const type = c.req.query('type') ?? 'failcount';
    const score = REPORT_TYPES[type];
    if (!score)
      throw new HttpError(
        400,
        'FSS.0400',
        `Invalid parameter: type must be one of ${Object.keys(REPORT_TYPES).join(', ')}`,
      );
    const now = deps.now().getTime();
    const end = parseTime(c.req.query('end_time'), now);
    const start = parseTime(c.req.query('start_time'), end - 24 * 60 * MINUTE_MS);
    if (start >= end)
      throw new HttpError(400, 'FSS.0400', 'Invalid parameter: start_time must be before end_time');
    const limit = boundedInt(c.req.query('limit'), 'limit', 10, 1, 500);
    const rows = execution(deps)
      .metrics.totalsByFunction(Math.floor(start / MINUTE_MS) * MINUTE_MS, end + 1)
      .map((r) => ({ key: r.func_urn, value: Math.round(score(r) * 1000) / 1000 }))
      .filter((r) => r.value > 0)
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
    return c.json({
      values: rows.slice(0, limit),
      next_marker: Math.min(limit, rows.length),
      count: rows.length,
    });
  });

  // 7.8.3 metrics of one function over the last {period} minutes
  app.get('/v2/:project_id/fgs/functions/:func_urn/statistics/:period', (c) => {
    const { funcUrn, qualifier } = target(deps, c);
    const window = lastMinutesWindow(deps.now().getTime(), periodMinutes(c.req.param('period'), 60));
    const ex = execution(deps);
    return c.json(
      shapeStatistics(
        ex.metrics.minutes(funcUrn, qualifier, window.from, window.to),
        ex.metrics.instanceMinutes(funcUrn, qualifier, window.from, window.to),
        window,
      ),
    );
  });

  // 7.8.4 instance usage (camelCase keys per the seed), last hour in 1-minute buckets
  app.get('/v2/:project_id/fgs/functions/:func_urn/instancereports', (c) => {
    const { funcUrn, qualifier } = target(deps, c);
    boundedInt(c.req.query('marker'), 'marker', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = boundedInt(c.req.query('limit'), 'limit', 100, 1, 500);
    const window = lastMinutesWindow(deps.now().getTime(), 60);
    const series = shapeStatistics(
      [],
      execution(deps).metrics.instanceMinutes(funcUrn, qualifier, window.from, window.to),
      window,
    );
    return c.json({
      instanceNum: series.concurrency_num.slice(-limit),
      reservedInstanceNum: series.reserved_instance_num.slice(-limit),
    });
  });

  // 7.8.5 SLA report over the last {period} minutes
  app.get('/v2/:project_id/fgs/functions/:func_urn/slareports/:period', (c) => {
    const { funcUrn, qualifier } = target(deps, c);
    const window = lastMinutesWindow(deps.now().getTime(), periodMinutes(c.req.param('period'), 60));
    const ex = execution(deps);
    const s = shapeStatistics(
      ex.metrics.minutes(funcUrn, qualifier, window.from, window.to),
      ex.metrics.instanceMinutes(funcUrn, qualifier, window.from, window.to),
      window,
    );
    return c.json({ ...s, instance_num: s.concurrency_num });
  });
}
