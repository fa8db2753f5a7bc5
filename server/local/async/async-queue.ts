/**
 * The async invocation queue (seed 7.1.2, 7.15): requests are persisted before 202 is answered, run by a small
 * worker pool, retried per the function's async config (max retries, max event age), and end in SUCCESS, FAIL
 * or DISCARD. On start, requests left RUNNING by a stopped server go back to WAIT, so a restart loses none.
 * Destinations (7.15.3): FunctionGraph destinations invoke the target function asynchronously with a record of the
 * result; other destination types are recorded on the request.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db';
import { runMigrations } from '../store/db';

export type AsyncStatus = 'WAIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | 'DISCARD';

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

export interface AsyncRequestRow {
  request_id: string;
  function_id: string;
  urn: string;
  status: AsyncStatus;
  event: string;
  attempts: number;
  created_at: number;
  next_attempt_at: number;
  start_time: number | null;
  end_time: number | null;
  error_code: number;
  error_message: string;
  result: string | null;
  destination_log: string | null;
  /** async, or the trigger type that queued it (TIMER, …). */
  source: string;
}

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

const MIGRATIONS = [
  `CREATE TABLE async_requests (
     request_id TEXT PRIMARY KEY,
     function_id TEXT NOT NULL,
     urn TEXT NOT NULL,
     status TEXT NOT NULL,
     event TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     next_attempt_at INTEGER NOT NULL,
     start_time INTEGER,
     end_time INTEGER,
     error_code INTEGER NOT NULL DEFAULT 0,
     error_message TEXT NOT NULL DEFAULT '',
     result TEXT,
     destination_log TEXT,
     source TEXT NOT NULL DEFAULT 'async'
   );
   CREATE INDEX async_requests_ready ON async_requests (status, next_attempt_at);
   CREATE INDEX async_requests_by_function ON async_requests (function_id, created_at);`,
];

export class AsyncQueue {
  private readonly running = new Map<string, AbortController>();
  /** Requests a user cancelled (as opposed to attempts interrupted by a stopping server). */
  private readonly cancelled = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly now: () => number;
  private readonly concurrency: number;
  private readonly idle = new Set<() => void>();

  constructor(private readonly o: AsyncQueueOptions) {
    runMigrations(o.db, 'async', MIGRATIONS);
    this.now = o.now ?? Date.now;
    this.concurrency = o.concurrency ?? 8;
    // Requests a stopped server was running go back to the queue (their attempt did not finish).
    o.db
      .prepare(`UPDATE async_requests SET status = 'WAIT', next_attempt_at = ? WHERE status = 'RUNNING'`)
      .run(this.now());
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
    const now = this.now();
    this.o.db
      .prepare(
        `INSERT INTO async_requests (request_id, function_id, urn, status, event, created_at, next_attempt_at, source)
         VALUES (?, ?, ?, 'WAIT', ?, ?, ?, ?)`,
      )
      .run(
        requestId,
        input.functionId,
        input.urn,
        JSON.stringify(input.event ?? {}),
        now,
        now,
        input.source ?? 'async',
      );
    this.schedule(0);
    return requestId;
  }

  get(requestId: string): AsyncRequestRow | undefined {
    return this.o.db.prepare('SELECT * FROM async_requests WHERE request_id = ?').get(requestId) as
      AsyncRequestRow | undefined;
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
    this.o.db.prepare('DELETE FROM async_requests WHERE function_id = ?').run(functionId);
  }

  /** Resolves when nothing is running or ready to run (tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0 || this.readyCount() > 0) {
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

  private readyCount(): number {
    return (
      this.o.db
        .prepare(`SELECT COUNT(*) AS n FROM async_requests WHERE status = 'WAIT' AND next_attempt_at <= ?`)
        .get(this.now()) as { n: number }
    ).n;
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
      const rows = this.o.db
        .prepare(
          `SELECT * FROM async_requests WHERE status = 'WAIT' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?`,
        )
        .all(this.now(), free) as AsyncRequestRow[];
      for (const row of rows) this.begin(row);
    }
    const next = this.o.db
      .prepare(`SELECT MIN(next_attempt_at) AS t FROM async_requests WHERE status = 'WAIT'`)
      .get() as { t: number | null };
    if (next.t !== null && this.running.size < this.concurrency) {
      this.schedule(Math.max(0, next.t - this.now()));
    } else if (next.t === null && this.running.size === 0) {
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
    this.o.db
      .prepare(
        `UPDATE async_requests SET status = 'RUNNING', attempts = attempts + 1, start_time = COALESCE(start_time, ?) WHERE request_id = ?`,
      )
      .run(now, row.request_id);
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
          this.o.db
            .prepare(
              `UPDATE async_requests SET status = 'WAIT', next_attempt_at = ?, error_code = ?, error_message = ? WHERE request_id = ?`,
            )
            .run(this.now() + delay, result.errorCode, result.errorMessage, row.request_id);
        }
        this.schedule(0);
      });
  }

  private finish(row: AsyncRequestRow, result: AttemptResult, status?: AsyncStatus): void {
    const final: AsyncStatus = status ?? (result.ok ? 'SUCCESS' : 'FAIL');
    this.o.db
      .prepare(
        `UPDATE async_requests SET status = ?, end_time = ?, error_code = ?, error_message = ?, result = ? WHERE request_id = ?`,
      )
      .run(
        final,
        this.now(),
        result.ok ? 0 : result.errorCode,
        result.ok ? '' : result.errorMessage,
        result.result,
        row.request_id,
      );
    const finished = this.get(row.request_id);
    if (finished && this.o.onFinished) {
      const note = this.o.onFinished(finished, this.o.policyFor(finished));
      if (note)
        this.o.db
          .prepare('UPDATE async_requests SET destination_log = ? WHERE request_id = ?')
          .run(note, row.request_id);
    }
  }
}
