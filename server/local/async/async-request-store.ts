/**
 * The persisted rows of the async invocation queue (seed 7.1.2, 7.15): the `async_requests` table (module
 * `async`), its row shape, and every statement the queue runs on it. Scheduling and retry policy live in
 * async-queue.ts; the request lists of 7.15.5/7.15.6 in async-requests-list.ts.
 */
import type { Db } from '../store/db';
import { runMigrations } from '../store/db';

export type AsyncStatus = 'WAIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | 'DISCARD';

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

/** A new request, already serialised. */
export interface AsyncRequestInsert {
  requestId: string;
  functionId: string;
  urn: string;
  event: string;
  source: string;
  now: number;
}

/** How a request ended: the columns written once it is final. */
export interface AsyncRequestOutcome {
  status: AsyncStatus;
  errorCode: number;
  errorMessage: string;
  result: string;
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

export class AsyncRequestStore {
  constructor(private readonly db: Db) {
    runMigrations(db, 'async', MIGRATIONS);
  }

  /** Requests a stopped server was running go back to the queue (their attempt did not finish). */
  requeueRunning(now: number): void {
    this.db
      .prepare(`UPDATE async_requests SET status = 'WAIT', next_attempt_at = ? WHERE status = 'RUNNING'`)
      .run(now);
  }

  insert(input: AsyncRequestInsert): void {
    this.db
      .prepare(
        `INSERT INTO async_requests (request_id, function_id, urn, status, event, created_at, next_attempt_at, source)
         VALUES (?, ?, ?, 'WAIT', ?, ?, ?, ?)`,
      )
      .run(input.requestId, input.functionId, input.urn, input.event, input.now, input.now, input.source);
  }

  get(requestId: string): AsyncRequestRow | undefined {
    return this.db.prepare('SELECT * FROM async_requests WHERE request_id = ?').get(requestId) as
      AsyncRequestRow | undefined;
  }

  deleteFunction(functionId: string): void {
    this.db.prepare('DELETE FROM async_requests WHERE function_id = ?').run(functionId);
  }

  readyCount(now: number): number {
    return (
      this.db
        .prepare(`SELECT COUNT(*) AS n FROM async_requests WHERE status = 'WAIT' AND next_attempt_at <= ?`)
        .get(now) as { n: number }
    ).n;
  }

  /** Up to `limit` waiting requests that are due, oldest due first. */
  ready(now: number, limit: number): AsyncRequestRow[] {
    return this.db
      .prepare(
        `SELECT * FROM async_requests WHERE status = 'WAIT' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?`,
      )
      .all(now, limit) as AsyncRequestRow[];
  }

  /** When the earliest waiting request is due; null when none waits. */
  nextAttemptAt(): number | null {
    return (
      this.db.prepare(`SELECT MIN(next_attempt_at) AS t FROM async_requests WHERE status = 'WAIT'`).get() as {
        t: number | null;
      }
    ).t;
  }

  markRunning(requestId: string, now: number): void {
    this.db
      .prepare(
        `UPDATE async_requests SET status = 'RUNNING', attempts = attempts + 1, start_time = COALESCE(start_time, ?) WHERE request_id = ?`,
      )
      .run(now, requestId);
  }

  /** Puts a failed attempt back in the queue, due at `at`, with the attempt's error. */
  scheduleRetry(requestId: string, at: number, errorCode: number, errorMessage: string): void {
    this.db
      .prepare(
        `UPDATE async_requests SET status = 'WAIT', next_attempt_at = ?, error_code = ?, error_message = ? WHERE request_id = ?`,
      )
      .run(at, errorCode, errorMessage, requestId);
  }

  finish(requestId: string, outcome: AsyncRequestOutcome, now: number): void {
    this.db
      .prepare(
        `UPDATE async_requests SET status = ?, end_time = ?, error_code = ?, error_message = ?, result = ? WHERE request_id = ?`,
      )
      .run(outcome.status, now, outcome.errorCode, outcome.errorMessage, outcome.result, requestId);
  }

  setDestinationLog(requestId: string, note: string): void {
    this.db
      .prepare('UPDATE async_requests SET destination_log = ? WHERE request_id = ?')
      .run(note, requestId);
  }
}
