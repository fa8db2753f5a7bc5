/**
 * The async invocation queue's scheduling and retry policy (seed 7.1.2, 7.15): requests are persisted before 202
 * is answered, run by a small worker pool, retried per the function's async config (max retries, max event age),
 * and end in SUCCESS, FAIL or DISCARD. On start, requests left RUNNING by a stopped server go back to WAIT, so a
 * restart loses none. The rows and their SQL are in async-request-store.ts; destinations (7.15.3) are delivered
 * by the `onFinished` callback (async-worker.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db';
import { AsyncRequestStore } from './async-request-store';
import type { AsyncRequestRow, AsyncStatus } from './async-request-store';

// The queue's rows are part of its API (`get`, `run`, `onFinished`): importers take them from here.
export type { AsyncRequestRow, AsyncStatus } from './async-request-store';

export interface AsyncDestination {
  destination: string;
  param: string;
}

export interface AsyncPolicy {
  maxRetries: number;
  maxEventAgeS: number;
  onSuccess?: AsyncDestination;
  onFailure?: AsyncDestination;
}

export const DEFAULT_ASYNC_POLICY: AsyncPolicy = { maxRetries: 1, maxEventAgeS: 3600 };

/** What running one attempt reports back. */
export interface AttemptResult {
  ok: boolean;
  /** 0 on success; the FSS number otherwise (e.g. 4002, 4010, 4208). */
  errorCode: number;
  errorMessage: string;
  result: string;
  canceled?: boolean;
  /** The function was deleted or cannot run at all: retrying is pointless. */
  permanent?: boolean;
}

export interface AsyncQueueOptions {
  db: Db;
  run: (row: AsyncRequestRow, signal: AbortSignal) => Promise<AttemptResult>;
  policyFor: (row: AsyncRequestRow) => AsyncPolicy;
  /** Called after a request ends, to deliver on-success/on-failure destinations. */
  onFinished?: (row: AsyncRequestRow, policy: AsyncPolicy) => string | undefined;
  concurrency?: number;
  pollMs?: number;
  /** Delay before retry n (1-based). */
  retryDelayMs?: (attempt: number) => number;
  now?: () => number;
}

export class AsyncQueue {
  private readonly running = new Map<string, AbortController>();
  /** Requests a user cancelled (as opposed to attempts interrupted by a stopping server). */
  private readonly cancelled = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly now: () => number;
  private readonly concurrency: number;
  private readonly idle = new Set<() => void>();
  private readonly store: AsyncRequestStore;

  constructor(private readonly o: AsyncQueueOptions) {
    this.store = new AsyncRequestStore(o.db);
    this.now = o.now ?? Date.now;
    this.concurrency = o.concurrency ?? 8;
    this.store.requeueRunning(this.now());
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Persists a request (committed before returning) and wakes the workers. */
  enqueue(input: {
    functionId: string;
    urn: string;
    event: unknown;
    requestId?: string;
    source?: string;
  }): string {
    const requestId = input.requestId ?? randomUUID();
    this.store.insert({
      requestId,
      functionId: input.functionId,
      urn: input.urn,
      event: JSON.stringify(input.event ?? {}),
      source: input.source ?? 'async',
      now: this.now(),
    });
    this.schedule(0);
    return requestId;
  }

  get(requestId: string): AsyncRequestRow | undefined {
    return this.store.get(requestId);
  }

  /** Cancels a waiting or running request (seed 7.15.7). False when it is unknown or already final. */
  cancel(requestId: string): boolean {
    const row = this.get(requestId);
    if (!row) return false;
    if (row.status === 'WAIT') {
      this.finish(row, {
        ok: false,
        errorCode: 4208,
        errorMessage: 'function invocation canceled',
        result: '',
        canceled: true,
      });
      return true;
    }
    if (row.status === 'RUNNING') {
      this.cancelled.add(requestId);
      this.running.get(requestId)?.abort();
      return true;
    }
    return false;
  }

  deleteFunction(functionId: string): void {
    for (const [id, controller] of this.running) {
      if (this.get(id)?.function_id === functionId) controller.abort();
    }
    this.store.deleteFunction(functionId);
  }

  /** Resolves when nothing is running or ready to run (tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0 || this.store.readyCount(this.now()) > 0) {
      await new Promise<void>((resolve) => {
        this.idle.add(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    // Running attempts are left RUNNING in the store; the next start puts them back in the queue.
    for (const controller of this.running.values()) controller.abort(new Error('server stopping'));
    while (this.running.size > 0) await new Promise((r) => setTimeout(r, 10));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, delayMs);
    this.timer.unref();
  }

  private pump(): void {
    if (this.stopped) return;
    const free = this.concurrency - this.running.size;
    if (free > 0) {
      for (const row of this.store.ready(this.now(), free)) this.begin(row);
    }
    const next = this.store.nextAttemptAt();
    if (next !== null && this.running.size < this.concurrency) {
      this.schedule(Math.max(0, next - this.now()));
    } else if (next === null && this.running.size === 0) {
      for (const resolve of this.idle) resolve();
      this.idle.clear();
    } else {
      this.schedule(this.o.pollMs ?? 1000);
    }
  }

  private begin(row: AsyncRequestRow): void {
    const policy = this.o.policyFor(row);
    const now = this.now();
    if (now - row.created_at > policy.maxEventAgeS * 1000) {
      this.finish(
        row,
        {
          ok: false,
          errorCode: 408,
          errorMessage: 'event discarded: older than the maximum event age',
          result: '',
        },
        'DISCARD',
      );
      return;
    }
    const controller = new AbortController();
    this.running.set(row.request_id, controller);
    this.store.markRunning(row.request_id, now);
    const current = { ...row, status: 'RUNNING' as const, attempts: row.attempts + 1 };
    void this.o
      .run(current, controller.signal)
      .catch((error: unknown): AttemptResult => ({
        ok: false,
        errorCode: 500,
        errorMessage: error instanceof Error ? error.message : String(error),
        result: '',
        permanent: true,
      }))
      .then((result) => {
        this.running.delete(row.request_id);
        const userCancelled = this.cancelled.delete(row.request_id);
        // An attempt interrupted by a stopping server stays RUNNING in the store; the next start requeues it.
        if (this.stopped && !result.ok && !userCancelled) return;
        if (result.ok || result.canceled || result.permanent || current.attempts > policy.maxRetries) {
          this.finish(current, result);
        } else {
          const delay = this.o.retryDelayMs?.(current.attempts) ?? 1000 * 2 ** (current.attempts - 1);
          this.store.scheduleRetry(row.request_id, this.now() + delay, result.errorCode, result.errorMessage);
        }
        this.schedule(0);
      });
  }

  private finish(row: AsyncRequestRow, result: AttemptResult, status?: AsyncStatus): void {
    this.store.finish(
      row.request_id,
      {
        status: status ?? (result.ok ? 'SUCCESS' : 'FAIL'),
        errorCode: result.ok ? 0 : result.errorCode,
        errorMessage: result.ok ? '' : result.errorMessage,
        result: result.result,
      },
      this.now(),
    );
    const finished = this.get(row.request_id);
    if (finished && this.o.onFinished) {
      const note = this.o.onFinished(finished, this.o.policyFor(finished));
      if (note) this.store.setDestinationLog(row.request_id, note);
    }
  }
}
