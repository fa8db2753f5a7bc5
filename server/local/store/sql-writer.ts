/**
 * Where telemetry rows (invocation records, rollups, log lines) are written. Every invocation produces a handful of
 * rows; writing them costs ~50 µs of SQLite per call, which on the event loop is a fifth of a warm invocation. The
 * worker writer does it on a thread of its own (its own connection to the same WAL database), so the event loop
 * only hands over batches. `sync()` blocks until everything submitted is committed: stores call it before they
 * read or delete, so a read always sees every write made before it.
 *
 * @example
 * const writer = workerSqlWriter(path.join(dataDir, 'telemetry.sqlite'), log);
 * writer.submit([{ sql: 'INSERT INTO t VALUES (?, ?)', rows: [[1, 'a'], [2, 'b']] }]);
 * writer.sync(); // both rows are committed now
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from './db';

export interface SqlBatch {
  sql: string;
  /** Positional (array) or named (object) parameters, one entry per row. */
  rows: (unknown[] | Record<string, unknown>)[];
}

export interface SqlWriter {
  /** Writes these rows in one transaction, soon. */
  submit(groups: SqlBatch[]): void;
  /** Returns once everything submitted so far is committed. */
  sync(): void;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
// The same code the worker thread runs (sql-batches.cjs): one transaction per submit, statements cached by SQL.
const { batchWriter } = require('./sql-batches.cjs') as {
  batchWriter: (db: Db) => (groups: SqlBatch[]) => void;
};

/** Writes on the calling thread at once (unit tests of the stores, and the fallback when the worker is gone). */
export function directSqlWriter(db: Db): SqlWriter {
  const write = batchWriter(db);
  return {
    submit: (groups) => {
      if (groups.length) write(groups);
    },
    sync: () => undefined,
    close: () => Promise.resolve(),
  };
}

/** A sync() that waited this long means the worker is stuck: fail loudly rather than hang the server. */
const SYNC_TIMEOUT_MS = 30_000;

/**
 * Batches submitted but not yet committed beyond which submit() waits: the writer runs at a low priority and a
 * sustained overload must not queue telemetry without bound (~256 × 20 ms of calls, a few MB).
 */
const MAX_PENDING = 256;

export function workerSqlWriter(
  file: string,
  fallbackDb: Db,
  log: (line: string) => void,
  options: { maxPending?: number } = {},
): SqlWriter {
  const maxPending = options.maxPending ?? MAX_PENDING;
  const progress = new SharedArrayBuffer(4);
  const done = new Int32Array(progress);
  const worker = new Worker(fileURLToPath(new URL('./sql-writer-worker.cjs', import.meta.url)), {
    workerData: { file, progress },
  });
  let seq = 0;
  let fallback: SqlWriter | undefined;
  worker.on('message', (m: { error?: string }) => {
    if (m.error) log(`telemetry writer: ${m.error}`);
  });
  worker.on('error', (error) => {
    log(`telemetry writer stopped: ${error.stack ?? error.message}; writing on the main thread from now on`);
    fallback ??= directSqlWriter(fallbackDb);
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      resolve();
    }),
  );
  // The thread must not keep a stopping process alive; close() ends it properly.
  worker.unref();

  /** Blocks until the writer has committed batch `target`. */
  const waitFor = (target: number) => {
    for (let at = Atomics.load(done, 0); at < target; at = Atomics.load(done, 0)) {
      if (Atomics.wait(done, 0, at, SYNC_TIMEOUT_MS) === 'timed-out') {
        throw new Error(`telemetry writer did not answer within ${String(SYNC_TIMEOUT_MS)} ms`);
      }
    }
  };
  const sync = () => {
    if (!fallback) waitFor(seq);
  };
  return {
    submit: (groups) => {
      if (groups.length === 0) return;
      if (fallback) {
        fallback.submit(groups);
        return;
      }
      worker.postMessage({ seq: ++seq, groups });
      if (seq - Atomics.load(done, 0) > maxPending) waitFor(seq - maxPending);
    },
    sync,
    close: async () => {
      if (fallback) return;
      worker.postMessage({ seq: ++seq, close: true });
      sync();
      await exited;
    },
  };
}
