/**
 * Messages and results of the host protocol (hosts/node-host.cjs, hosts/python-host.py), and the
 * terminations the manager itself decides (timeout, memory, cancel, rejection).
 */
import type { InvokeStatus, LogEntry, LogLevel } from './types';

/** Error JSON of FunctionGraph's runtimes (RUNTIME-CONTRACT §6.2). */
export interface ErrorJson {
  errorMessage: string;
  errorType: string;
  stackTrace: string[];
}

/** Why an instance stopped while requests were in flight (or while starting). */
export interface Termination {
  status: Exclude<InvokeStatus, 'success' | 'function_error'>;
  errorCode: string;
  error: ErrorJson;
}

export type RunResult =
  | { kind: 'result'; ok: true; body: string; ms: number; logs: LogEntry[]; maxRss: number }
  | {
      kind: 'result';
      ok: false;
      code: string;
      error: ErrorJson;
      ms: number;
      logs: LogEntry[];
      maxRss: number;
    }
  | { kind: 'terminated'; termination: Termination; ms: number; logs: LogEntry[]; maxRss: number }
  /** Handed off behind a running call and never started there (see hand-off.ts): to be dispatched again. */
  | { kind: 'withdrawn' };

/** A call that ran, or was ended by its instance's end. */
export type FinishedRun = Exclude<RunResult, { kind: 'withdrawn' }>;

export type StartResult =
  | { ok: true; startedAt: number; loadMs: number; initMs?: number; logs: LogEntry[]; rss: number }
  | { ok: false; termination: Termination; logs: LogEntry[] };

export function termination(
  status: Termination['status'],
  errorCode: string,
  message: string,
  type: string,
): Termination {
  return { status, errorCode, error: { errorMessage: message, errorType: type, stackTrace: [] } };
}

export function rejection(detail: string): Termination {
  return termination(
    'rejected',
    'FSS.1429',
    `Function concurrent invocation requests exceeds max value, please increase the max instances num or max concurrency per instance. (${detail})`,
    'RejectedError',
  );
}

/** An instance that could not start (FSS.4201): a crash while loading, or a package that could not be prepared. */
export function initFailed(detail: string): Termination {
  return termination(
    'init_error',
    'FSS.4201',
    `function initialization failed: ${detail}`,
    'InitializationError',
  );
}

export function canceled(): Termination {
  return termination('canceled', 'FSS.4208', 'function invocation canceled', 'CanceledError');
}

export const unknownError: ErrorJson = {
  errorMessage: 'function invocation exception',
  errorType: 'Error',
  stackTrace: [],
};

export type HostMessage =
  | { t: 'log'; id: string; level: LogLevel; msg: string; time: number }
  | { t: 'loaded' }
  | { t: 'ready'; initMs?: number; code?: string; error?: ErrorJson }
  | { t: 'result'; id: string; ok?: boolean; body?: string; code?: string; error?: ErrorJson; ms: number }
  | { t: 'withdrawn'; id: string };
