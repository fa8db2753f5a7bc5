/**
 * Sync invocation (seed 7.1.1) and the local draft-run extension. A function error is a 200 whose v1 body has
 * `status: 500` and the error JSON as `result` (the SDK reads it; aksk-signing.md §6); platform refusals (too many
 * requests, unsupported runtime, crashes) are error envelopes.
 */
import type { Context } from 'hono';
import { HttpError } from '../../shared/errors';
import type { LocalDeps, LocalHono } from '../deps';
import { execution } from '../execution';
import type { InvokeResult } from '../invoke/invoker';
import { sha512Hex } from '../store/blobs';
import { functionUrnParam } from './routes';

/** Sync request and response bodies are limited to 6 MB (RUNTIME-CONTRACT §7). */
export const MAX_SYNC_BODY = 6 * 1024 * 1024;
const MEMORY_SIZES = new Set([
  128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 8192, 10240,
]);
const TAIL_BYTES = 4 * 1024;
const HEADER_TAIL_BYTES = 2000;

export function parseEvent(raw: Uint8Array, limit: number): unknown {
  if (raw.byteLength > limit) {
    throw new HttpError(500, 'FSS.4140', 'the size of request body is beyond maximum body size.');
  }
  const text = new TextDecoder().decode(raw);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'FSS.0400', 'Invalid parameter: the request body must be JSON (the event).');
  }
}

export function lowerHeaders(c: Context): Record<string, string> {
  const headers: Record<string, string> = {};
  c.req.raw.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function memoryOverride(c: Context): number | undefined {
  const value = c.req.header('x-cff-instance-memory');
  if (value === undefined || value === '') return undefined;
  const memory = Number(value);
  if (!MEMORY_SIZES.has(memory)) {
    throw new HttpError(
      400,
      'FSS.0400',
      `Invalid parameter: X-Cff-Instance-Memory must be one of ${[...MEMORY_SIZES].join(', ')}`,
    );
  }
  return memory;
}

function tail(text: string, bytes: number): Buffer {
  const buf = Buffer.from(text, 'utf8');
  return buf.byteLength <= bytes ? buf : buf.subarray(buf.byteLength - bytes);
}

/** Platform refusals become error envelopes; everything the function did is a 200. */
function refusal(result: InvokeResult): HttpError | undefined {
  const { outcome } = result;
  const message = (() => {
    try {
      return (JSON.parse(outcome.result) as { errorMessage?: string }).errorMessage ?? outcome.result;
    } catch {
      return outcome.result;
    }
  })();
  switch (outcome.status) {
    case 'rejected':
      return new HttpError(429, outcome.errorCode ?? 'FSS.1429', message);
    case 'unsupported_runtime':
    case 'crashed':
      return new HttpError(500, outcome.errorCode ?? 'FSS.0500', message);
    default:
      return undefined;
  }
}

/** Writes a finished invocation as the seed's sync response (v0 text or v1 JSON, optional log tail). */
export function invocationResponse(c: Context, result: InvokeResult): Response {
  const refused = refusal(result);
  if (refused) throw refused;
  const { outcome, requestId } = result;
  const ok = outcome.status === 'success';
  const logText = outcome.logs.map((l) => l.message).join('\n');
  const wantTail = c.req.header('x-cff-log-type')?.toLowerCase() === 'tail';
  const v1 = c.req.header('x-cff-request-version')?.toLowerCase() === 'v1';
  const errCode = ok ? '0' : (outcome.errorCode ?? 'FSS.4002').replace(/^FSS\./, '');
  c.header('X-Cff-Request-Id', requestId);
  c.header('X-CFF-Billing-Duration', String(outcome.billedDurationMs));
  c.header('X-Cff-Response-Version', v1 ? 'v1' : 'v0');
  c.header('X-Func-Err-Code', errCode);
  c.header('X-Is-Func-Err', ok ? 'false' : 'true');
  c.header(
    'X-Cff-Invoke-Summary',
    JSON.stringify({
      funcDigest: result.config.digest.slice(0, 32),
      version: result.alias ?? result.version,
      duration: Math.round(outcome.durationMs * 1000) / 1000,
      billingDuration: outcome.billedDurationMs,
      memorySize: result.config.memory,
      memoryUsed: Math.round(outcome.maxMemoryUsedMB * 1000) / 1000,
      coldStart: outcome.coldStart,
      instanceId: outcome.instanceId,
    }),
  );
  if (wantTail) c.header('X-Cff-Function-Log', tail(logText, HEADER_TAIL_BYTES).toString('base64'));
  if (v1) {
    return c.json({
      request_id: requestId,
      result: outcome.result,
      log: wantTail ? tail(logText, TAIL_BYTES).toString('utf8') : '',
      status: ok ? 200 : 500,
    });
  }
  return c.body(outcome.result, 200, { 'content-type': 'text/plain; charset=utf-8' });
}

export function registerInvocationRoutes(app: LocalHono, deps: LocalDeps): void {
  app.post('/v2/:project_id/fgs/functions/:function_urn/invocations', async (c) => {
    const urn = functionUrnParam(c);
    const event = parseEvent(new Uint8Array(await c.req.arrayBuffer()), MAX_SYNC_BODY);
    const result = await execution(deps).invoker.invoke({
      urn,
      event,
      source: 'sync',
      requestId: c.get('requestId'),
      headers: lowerHeaders(c),
      signal: c.req.raw.signal,
      ...(memoryOverride(c) !== undefined ? { memoryOverride: memoryOverride(c) } : {}),
    });
    return invocationResponse(c, result);
  });

  // Local extension (never on the seed's paths): run unsaved code with the function's configuration.
  app.post('/local/v1/:project_id/functions/:function_urn/draft-invocations', async (c) => {
    if (c.req.param('project_id') !== deps.settings.projectId) {
      throw new HttpError(403, 'FSS.0403', 'Forbidden. This local FunctionGraph serves another project.');
    }
    const urn = functionUrnParam(c);
    deps.functions.resolve(urn);
    const body = parseEvent(new Uint8Array(await c.req.arrayBuffer()), 20 * 1024 * 1024) as {
      code?: unknown;
      event?: unknown;
    };
    if (typeof body.code !== 'string' || body.code === '') {
      throw new HttpError(
        400,
        'FSS.0400',
        'Invalid parameter: code must be the base64 ZIP of the draft package.',
      );
    }
    const bytes = new Uint8Array(Buffer.from(body.code, 'base64'));
    if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new HttpError(400, 'FSS.0400', 'Invalid parameter: code is not a ZIP package.');
    }
    const result = await execution(deps).invoker.invoke({
      urn,
      event: body.event ?? {},
      source: 'draft',
      requestId: c.get('requestId'),
      signal: c.req.raw.signal,
      draftCode: { digest: sha512Hex(bytes), bytes },
    });
    return invocationResponse(c, result);
  });
}
