/**
 * What the result panel shows, from a sync invoke or draft run answer (seed 7.1.1 with
 * `X-CFF-Request-Version: v1`): `{request_id, result, log, status}` + `X-Cff-Invoke-Summary`; a refusal by the
 * platform (an FSS error envelope) is its own kind.
 */
import { ApiError } from '@/api/errors';

export type AsyncStatus = 'WAIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | 'DISCARD';
export const FINAL_ASYNC: readonly AsyncStatus[] = ['SUCCESS', 'FAIL', 'DISCARD'];

export interface InvokeSummary {
  durationMs?: number;
  billedMs?: number;
  memorySizeMb?: number;
  memoryUsedMb?: number;
  version?: string;
  coldStart?: boolean;
}

export type InvocationResult =
  | ({
      kind: 'success' | 'function-error' | 'timeout';
      requestId: string;
      result: string;
      log: string;
      errorCode?: string;
      draft?: boolean;
    } & InvokeSummary)
  | { kind: 'fss-error'; status: number; code: string; message: string; requestId?: string }
  | {
      kind: 'async';
      requestId: string;
      status: AsyncStatus;
      errorCode?: number;
      errorMessage?: string;
      startTime?: string;
      endTime?: string;
    };

export interface SyncInvokeBody {
  request_id?: string;
  result?: string;
  log?: string;
  status?: number;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function parseSummary(header: string | null, billing: string | null): InvokeSummary {
  let raw: Record<string, unknown> = {};
  try {
    raw = header ? (JSON.parse(header) as Record<string, unknown>) : {};
  } catch {
    raw = {};
  }
  const billedHeader = billing === null ? undefined : Number(billing);
  return {
    durationMs: num(raw.duration),
    billedMs: num(raw.billingDuration) ?? (Number.isFinite(billedHeader) ? billedHeader : undefined),
    memorySizeMb: num(raw.memorySize),
    memoryUsedMb: num(raw.memoryUsed),
    version: typeof raw.version === 'string' ? raw.version : undefined,
    coldStart: typeof raw.coldStart === 'boolean' ? raw.coldStart : undefined,
  };
}

/** FSS.4010 (seed 9.2): the invocation timed out. */
const TIMEOUT_CODES = new Set(['4010', 'FSS.4010']);

export function fromSyncResponse(body: SyncInvokeBody, headers: Headers, draft = false): InvocationResult {
  const errCode = headers.get('x-func-err-code') ?? undefined;
  const failed = (body.status ?? 200) >= 400 || headers.get('x-is-func-err') === 'true';
  const kind = !failed ? 'success' : errCode && TIMEOUT_CODES.has(errCode) ? 'timeout' : 'function-error';
  return {
    kind,
    requestId: body.request_id ?? headers.get('x-cff-request-id') ?? '',
    result: body.result ?? '',
    log: body.log ?? '',
    ...(failed && errCode ? { errorCode: errCode.startsWith('FSS.') ? errCode : `FSS.${errCode}` } : {}),
    ...(draft ? { draft } : {}),
    ...parseSummary(headers.get('x-cff-invoke-summary'), headers.get('x-cff-billing-duration')),
  };
}

/** A platform refusal (FSS error envelope) becomes a result to show; anything else is rethrown. */
export function fromError(error: unknown): InvocationResult {
  if (error instanceof ApiError)
    return {
      kind: 'fss-error',
      status: error.status,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
    };
  throw error;
}

/** The function's output, pretty-printed when it is JSON. */
export function prettyResult(result: string): { text: string; json: boolean } {
  try {
    return { text: JSON.stringify(JSON.parse(result), null, 2), json: true };
  } catch {
    return { text: result, json: false };
  }
}
