/**
 * Async invocation (seed 7.1.2 → 202 `{request_id}`) and the async request lists and cancel (7.15.5–7.15.7).
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import type { AsyncRequestRow, AsyncStatus } from '../async/async-queue';
import { listAsyncRequests } from '../async/async-requests-list';
import type { LocalDeps, LocalHono } from '../deps';
import { execution } from '../execution';
import { functionUrnParam } from './routes';
import { parseEvent } from './routes-invocation';

/** Async request bodies are limited to 256 KB (RUNTIME-CONTRACT §7). */
export const MAX_ASYNC_BODY = 256 * 1024;
const STATUSES = new Set<AsyncStatus>(['WAIT', 'RUNNING', 'SUCCESS', 'FAIL', 'DISCARD']);

/** `YYYY-MM-DDTHH:mm:ss`, UTC (seed 7.15.5 query_begin_time). */
export function formatAsyncTime(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().slice(0, 19);
}

function parseAsyncTime(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const t = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(t)) {
    throw new HttpError(400, 'FSS.0400', `Invalid parameter: ${name} must look like 2026-11-28T10:00:00`);
  }
  return t;
}

function intParam(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, 'FSS.0400', `Invalid parameter: ${name}`);
  return Math.min(n, max);
}

function view(row: AsyncRequestRow) {
  return {
    request_id: row.request_id,
    status: row.status,
    error_message: row.error_message,
    error_code: row.error_code,
    start_time: formatAsyncTime(row.start_time ?? row.created_at),
    end_time: formatAsyncTime(row.end_time),
  };
}

function requestIdsOf(c: Context, active: boolean): string[] | undefined {
  if (active) {
    const raw = c.req.query('requests') ?? '';
    if (raw.length > 640)
      throw new HttpError(400, 'FSS.0400', 'Invalid parameter: requests is longer than 640 characters');
    const ids = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length > 10) throw new HttpError(400, 'FSS.0400', 'Invalid parameter: at most 10 request ids');
    return ids.length > 0 ? ids : undefined;
  }
  const id = c.req.query('request_id');
  if (id !== undefined && id.length > 64)
    throw new HttpError(400, 'FSS.0400', 'Invalid parameter: request_id');
  return id ? [id] : undefined;
}

function listRoute(deps: LocalDeps, active: boolean) {
  return (c: Context) => {
    const resolved = deps.functions.resolve(functionUrnParam(c));
    const now = deps.now().getTime();
    const status = c.req.query('status');
    if (status !== undefined && status !== '' && !STATUSES.has(status as AsyncStatus)) {
      throw new HttpError(
        400,
        'FSS.0400',
        'Invalid parameter: status must be WAIT, RUNNING, SUCCESS, FAIL or DISCARD',
      );
    }
    const requestIds = requestIdsOf(c, active);
    const marker = intParam(c.req.query('marker'), 'marker', 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(c.req.query('limit'), 'limit', 100, 500) || 100;
    const to = parseAsyncTime(c.req.query('query_end_time'), now, 'query_end_time');
    const from = parseAsyncTime(c.req.query('query_begin_time'), to - 3600_000, 'query_begin_time');
    const statuses: AsyncStatus[] = status ? [status as AsyncStatus] : active ? ['WAIT', 'RUNNING'] : [];
    const { rows, total } = listAsyncRequests(deps.db, {
      functionId: resolved.func.id,
      ...(requestIds ? { requestIds } : {}),
      statuses,
      from,
      to,
      offset: marker,
      limit,
    });
    return c.json({
      invocations: rows.map(view),
      count: total,
      next_marker: Math.min(marker + rows.length, total),
    });
  };
}

const cancelSchema = z.object({
  request_id: z.string().min(1).max(64),
  type: z.enum(['force', 'recursive']).optional(),
});

export function registerAsyncRoutes(app: LocalHono, deps: LocalDeps): void {
  app.post('/v2/:project_id/fgs/functions/:function_urn/invocations-async', async (c) => {
    const urn = functionUrnParam(c);
    const resolved = deps.functions.resolve(urn);
    const event = parseEvent(new Uint8Array(await c.req.arrayBuffer()), MAX_ASYNC_BODY);
    const requestId = execution(deps).asyncQueue.enqueue({
      functionId: resolved.func.id,
      urn,
      event,
      requestId: c.get('requestId'),
    });
    return c.json({ request_id: requestId }, 202);
  });

  app.get('/v2/:project_id/fgs/functions/:function_urn/async-invocations', listRoute(deps, false));
  app.get('/v2/:project_id/fgs/functions/:function_urn/active-async-invocations', listRoute(deps, true));

  // seed 7.15.7 shows the literal body `null`, but the official SDK crashes on a JSON null ("Cannot set properties
  // of null"), so this answers 200 with an empty body. An unknown or finished request is "Invalid RequestId".
  app.post('/v2/:project_id/fgs/functions/:function_urn/cancel', async (c) => {
    const resolved = deps.functions.resolve(functionUrnParam(c));
    let body: unknown;
    try {
      body = JSON.parse((await c.req.text()) || '{}');
    } catch {
      throw new HttpError(400, 'FSS.0400', 'Invalid parameter: body must be JSON');
    }
    const parsed = cancelSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'FSS.0400', 'Invalid RequestId');
    const queue = execution(deps).asyncQueue;
    const row = queue.get(parsed.data.request_id);
    if (!row || row.function_id !== resolved.func.id || !queue.cancel(row.request_id)) {
      throw new HttpError(400, 'FSS.0400', 'Invalid RequestId');
    }
    return c.body(null, 200);
  });
}
