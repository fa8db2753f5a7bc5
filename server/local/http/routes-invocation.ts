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
import type { CancelSignal } from '../runtime/cancel';
import { sha512Hex } from '../store/blobs';
import { functionUrnParam } from './routes';

/** Sync request and response bodies are limited to 6 MB (RUNTIME-CONTRACT §7). */
export const MAX_SYNC_BODY = 6 * 1024 * 1024;
const MEMORY_SIZES = new Set([
  128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 8192, 10240,
]);
const TAIL_BYTES = 4 * 1024;
const HEADER_TAIL_BYTES = 2000;

const utf8 = new TextDecoder();

export function parseEvent(raw: Uint8Array, limit: number): unknown {
  if (raw.byteLength > limit) {
    throw new HttpError(500, 'FSS.4140', 'the size of request body is beyond maximum body size.');
  }
  const text = utf8.decode(raw);
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

/** Request headers by lower-case name (node:http's `req.headers`, or `lowerHeaders(c)` under Hono). */
export type HeaderMap = Record<string, string | undefined>;

/** A reply independent of the HTTP layer: the Hono routes and the lean node:http path both write it. */
export interface PlainReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function memoryOverride(headers: HeaderMap): number | undefined {
  const value = headers['x-cff-instance-memory'];
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

function errorMessageOf(result: string): string {
  try {
    return (JSON.parse(result) as { errorMessage?: string }).errorMessage ?? result;
  } catch {
    return result;
  }
}

/** Platform refusals become error envelopes; everything the function did is a 200. */
function refusal(result: InvokeResult): HttpError | undefined {
  const { outcome } = result;
  switch (outcome.status) {
    case 'rejected':
      return new HttpError(429, outcome.errorCode ?? 'FSS.1429', errorMessageOf(outcome.result));
    case 'unsupported_runtime':
    case 'crashed':
      return new HttpError(500, outcome.errorCode ?? 'FSS.0500', errorMessageOf(outcome.result));
    default:
      return undefined;
  }
}

/** A finished invocation as the seed's sync response (v0 text or v1 JSON, optional log tail). */
export function invocationReply(result: InvokeResult, requestHeaders: HeaderMap): PlainReply {
  const refused = refusal(result);
  if (refused) throw refused;
  const { outcome, requestId } = result;
  const ok = outcome.status === 'success';
  const wantTail = requestHeaders['x-cff-log-type']?.toLowerCase() === 'tail';
  const v1 = requestHeaders['x-cff-request-version']?.toLowerCase() === 'v1';
  const errCode = ok ? '0' : (outcome.errorCode ?? 'FSS.4002').replace(/^FSS\./, '');
  const headers: Record<string, string> = {
    'X-Cff-Request-Id': requestId,
    'X-CFF-Billing-Duration': String(outcome.billedDurationMs),
    'X-Cff-Response-Version': v1 ? 'v1' : 'v0',
    'X-Func-Err-Code': errCode,
    'X-Is-Func-Err': ok ? 'false' : 'true',
    'X-Cff-Invoke-Summary': JSON.stringify({
      funcDigest: result.config.digest.slice(0, 32),
      version: result.alias ?? result.version,
      duration: Math.round(outcome.durationMs * 1000) / 1000,
      billingDuration: outcome.billedDurationMs,
      memorySize: result.config.memory,
      memoryUsed: Math.round(outcome.maxMemoryUsedMB * 1000) / 1000,
      coldStart: outcome.coldStart,
      instanceId: outcome.instanceId,
    }),
  };
  const logText = wantTail ? outcome.logs.map((l) => l.message).join('\n') : '';
  if (wantTail) headers['X-Cff-Function-Log'] = tail(logText, HEADER_TAIL_BYTES).toString('base64');
  if (v1) {
    headers['content-type'] = 'application/json';
    const body = JSON.stringify({
      request_id: requestId,
      result: outcome.result,
      log: wantTail ? tail(logText, TAIL_BYTES).toString('utf8') : '',
      status: ok ? 200 : 500,
    });
    return { status: 200, headers, body };
  }
  headers['content-type'] = 'text/plain; charset=utf-8';
  return { status: 200, headers, body: outcome.result };
}

/** Writes a finished invocation through Hono (the gateway and the draft run use it too). */
export function invocationResponse(c: Context, result: InvokeResult): Response {
  const reply = invocationReply(result, lowerHeaders(c));
  return c.body(reply.body, reply.status as 200, reply.headers);
}

export interface SyncInvokeRequest {
  /** The decoded `{function_urn}` path parameter. */
  urn: string;
  body: Uint8Array;
  /** Lower-case request headers. */
  headers: Record<string, string>;
  requestId: string;
  signal?: CancelSignal;
}

/** Sync invocation (seed 7.1.1), whichever HTTP layer received it. */
export async function syncInvoke(deps: LocalDeps, req: SyncInvokeRequest): Promise<PlainReply> {
  const event = parseEvent(req.body, MAX_SYNC_BODY);
  const memory = memoryOverride(req.headers);
  const result = await execution(deps).invoker.invoke({
    urn: req.urn,
    event,
    source: 'sync',
    requestId: req.requestId,
    headers: req.headers,
    // The signal is the client's connection: it fires when the client goes away.
    signal: req.signal,
    signalIsHangUp: true,
    memoryOverride: memory,
  });
  return invocationReply(result, req.headers);
}

export function registerInvocationRoutes(app: LocalHono, deps: LocalDeps): void {
  app.post('/v2/:project_id/fgs/functions/:function_urn/invocations', async (c) => {
    const reply = await syncInvoke(deps, {
      urn: functionUrnParam(c),
      body: new Uint8Array(await c.req.arrayBuffer()),
      headers: lowerHeaders(c),
      requestId: c.get('requestId'),
      signal: c.req.raw.signal,
    });
    return c.body(reply.body, reply.status as 200, reply.headers);
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
      signalIsHangUp: true,
      draftCode: { digest: sha512Hex(bytes), bytes },
    });
    return invocationResponse(c, result);
  });
}
