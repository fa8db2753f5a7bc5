import type { FinishedRun, StartResult, Termination } from './host-protocol';
import type { InvokeOutcome, InvokeStatus, LogEntry, LogLevel } from './types';

const MB = 1024 * 1024;

/** Time as the platform lines print it: `2022-09-20T11:43:57Z` (seed 7.1.1 example). */
let shownSecond = NaN;
let shownText = '';

/** 2026-11-28T06:00:00Z (platform lines of one second share the text: it is formatted once). */
export function platformTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== shownSecond) {
    shownSecond = second;
    shownText = new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return shownText;
}

function line(time: number, message: string, level: LogLevel = 'INFO'): LogEntry {
  return { time, level, message };
}

function mb(bytes: number): string {
  return (bytes / MB).toFixed(3);
}

function ms3(ms: number): string {
  return ms.toFixed(3);
}

/** Serialisation of error objects, indented with 4 spaces like Huawei's runtime (RUNTIME-CONTRACT §6.2). */
export function errorResult(error: Termination['error']): string {
  return JSON.stringify(error, null, 4);
}

export type ColdStart = Extract<StartResult, { ok: true }>;

/**
 * The load and initialize line pairs of a cold instance (RUNTIME-CONTRACT §6.1), with whatever the code
 * printed while loading or initializing in between.
 */
export function coldStartLines(requestId: string, version: string, cold: ColdStart): LogEntry[] {
  const start = cold;
  const startedAt = cold.startedAt;
  const loadEnd = startedAt + start.loadMs;
  const out: LogEntry[] = [
    line(startedAt, `${platformTime(startedAt)} Start load request '${requestId}', version: ${version}`),
  ];
  const userLines = start.logs;
  if (start.initMs === undefined) out.push(...userLines);
  out.push(
    line(
      loadEnd,
      `${platformTime(loadEnd)} Finish load request '${requestId}', duration: ${ms3(start.loadMs)}ms, memory used: ${mb(start.rss)}MB.`,
    ),
  );
  if (start.initMs !== undefined) {
    const initEnd = loadEnd + start.initMs;
    out.push(
      line(loadEnd, `${platformTime(loadEnd)} Start initialize request '${requestId}', version: ${version}`),
    );
    out.push(...userLines);
    out.push(
      line(
        initEnd,
        `${platformTime(initEnd)} Finish initialize request '${requestId}', duration: ${ms3(start.initMs)}ms, memory used: ${mb(start.rss)}MB.`,
      ),
    );
  }
  return out;
}

interface RunContext {
  requestId: string;
  version: string;
  memoryMB: number;
  instanceId: string;
  invokeStarted: number;
  cold?: ColdStart;
}

/** Builds the outcome of an invocation that reached an instance. */
export function runOutcome(ctx: RunContext, run: FinishedRun): InvokeOutcome {
  const { requestId, version } = ctx;
  const logs: LogEntry[] = ctx.cold ? coldStartLines(requestId, version, ctx.cold) : [];
  logs.push(
    line(
      ctx.invokeStarted,
      `${platformTime(ctx.invokeStarted)} Start invoke request '${requestId}', version: ${version}`,
    ),
  );
  logs.push(...run.logs);
  let status: InvokeStatus;
  let errorCode: string | undefined;
  let result: string;
  if (run.kind === 'result' && run.ok) {
    status = 'success';
    result = run.body;
  } else {
    const error = run.kind === 'result' ? run.error : run.termination.error;
    status = run.kind === 'result' ? 'function_error' : run.termination.status;
    errorCode = run.kind === 'result' ? run.code : run.termination.errorCode;
    result = errorResult(error);
    const now = Date.now();
    logs.push(line(now, `${platformTime(now)} ${requestId} ERROR ${JSON.stringify(error)}`, 'ERROR'));
  }
  const durationMs = run.ms;
  const billed = Math.max(1, Math.ceil(durationMs));
  const end = Date.now();
  logs.push(
    line(
      end,
      `${platformTime(end)} Finish invoke request '${requestId}', duration: ${ms3(durationMs)}ms, billing duration: ${billed}ms, memory used: ${mb(run.maxRss)}MB, billing memory: ${ctx.memoryMB}MB`,
    ),
  );
  const outcome: InvokeOutcome = {
    status,
    result,
    logs,
    durationMs,
    billedDurationMs: billed,
    maxMemoryUsedMB: Math.round((run.maxRss / MB) * 1000) / 1000,
    coldStart: ctx.cold !== undefined,
    instanceId: ctx.instanceId,
  };
  if (errorCode) outcome.errorCode = errorCode;
  if (ctx.cold) outcome.initDurationMs = ctx.cold.loadMs + (ctx.cold.initMs ?? 0);
  return outcome;
}

/** An outcome for a call that never ran: rejected, unsupported runtime, start failure, back-off. */
export function failedOutcome(
  requestId: string,
  t: Termination,
  extra: { logs?: LogEntry[]; instanceId?: string; durationMs?: number; note?: string } = {},
): InvokeOutcome {
  const now = Date.now();
  const logs = [...(extra.logs ?? [])];
  if (extra.note) logs.push(line(now, `${platformTime(now)} ${requestId} WARN ${extra.note}`, 'WARN'));
  logs.push(line(now, `${platformTime(now)} ${requestId} ERROR ${t.error.errorMessage}`, 'ERROR'));
  const durationMs = extra.durationMs ?? 0;
  return {
    status: t.status,
    errorCode: t.errorCode,
    result: errorResult(t.error),
    logs,
    durationMs,
    billedDurationMs: Math.ceil(durationMs),
    maxMemoryUsedMB: 0,
    coldStart: false,
    instanceId: extra.instanceId ?? '',
  };
}

/** The load line pair for a start that failed, so the log shows where the cold start stopped. */
export function failedStartLines(
  requestId: string,
  version: string,
  startedAt: number,
  logs: LogEntry[],
): LogEntry[] {
  return [
    line(startedAt, `${platformTime(startedAt)} Start load request '${requestId}', version: ${version}`),
    ...logs,
  ];
}
