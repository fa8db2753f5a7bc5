/**
 * Function log lines for the LTS-compatible query API (lts-query.md). Each line belongs to a stream (one per
 * function) and carries labels (functionName, functionUrn, package, version, requestId, instanceId, level,
 * logType, category — our choice, lts-query.md §7.3). `line_num` = written-at ms × 1,000,000 + a per-ms sequence:
 * unique, 19 digits, sorted by time. Writes are batched into one transaction every few milliseconds.
 */
import type { Db } from '../store/db';
import { runMigrations } from '../store/db';
import { directSqlWriter } from '../store/sql-writer';
import type { SqlWriter } from '../store/sql-writer';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface NewLogLine {
  streamId: string;
  time: number;
  content: string;
  labels: Record<string, string>;
}

export interface StoredLogLine {
  lineNum: string;
  time: number;
  content: string;
  labels: Record<string, string>;
}

const MIGRATIONS = [
  `CREATE TABLE log_lines (
     line_num TEXT PRIMARY KEY,
     stream_id TEXT NOT NULL,
     time_ms INTEGER NOT NULL,
     request_id TEXT,
     content TEXT NOT NULL,
     labels TEXT NOT NULL
   );
   CREATE INDEX log_lines_by_stream ON log_lines (stream_id, line_num);
   CREATE INDEX log_lines_by_request ON log_lines (request_id);`,
  // Request ids are random: their index took a random leaf page per line written, and no query used it (the LTS
  // query filters a stream's time range by the requestId label).
  `DROP INDEX log_lines_by_request;`,
];

export interface ScanOptions {
  streamId: string;
  /** Inclusive bounds, ms. */
  from: number;
  to: number;
  desc: boolean;
  /** Exclusive cursor: rows strictly after (in scan order) this line_num. */
  after?: string;
  batch: number;
}

export interface LogStore {
  append(line: NewLogLine): void;
  flush(): void;
  /** Yields lines of a stream in line_num order (ascending or descending), reading in batches. */
  scan(options: ScanOptions): Generator<StoredLogLine>;
  deleteStream(streamId: string): void;
  close(): void;
}

/** 19-digit line number; `seq` counts lines within one millisecond. */
export function lineNumber(time: number, seq: number): string {
  // time × 1,000,000 + seq for seq < 1,000,000, by concatenation (no BigInt on the write path).
  return (String(time) + String(seq).padStart(6, '0')).padStart(19, '0');
}

export function createLogStore(
  db: Db,
  options: { flushIntervalMs?: number; maxBatch?: number; writer?: SqlWriter } = {},
): LogStore {
  runMigrations(db, 'logs', MIGRATIONS);
  const writer = options.writer ?? directSqlWriter(db);
  const flushIntervalMs = options.flushIntervalMs ?? 20;
  const maxBatch = options.maxBatch ?? 2000;
  const insertSql = 'INSERT INTO log_lines VALUES (?, ?, ?, ?, ?, ?)';
  const lastRow = db.prepare('SELECT MAX(line_num) AS n FROM log_lines').get() as { n: string | null };
  let lastMs = lastRow.n ? Number(BigInt(lastRow.n) / 1_000_000n) : 0;
  let seq = lastRow.n ? Number(BigInt(lastRow.n) % 1_000_000n) : 0;
  let buffer: [string, string, number, string | null, string, string][] = [];
  let timer: NodeJS.Timeout | undefined;

  const submit = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    writer.submit([{ sql: insertSql, rows }]);
  };
  const flush = () => {
    submit();
    writer.sync();
  };

  return {
    append(line) {
      // Monotonic: a clock step backwards must not reorder or collide line numbers.
      let ms = Math.max(Math.floor(line.time), lastMs);
      if (ms === lastMs) seq++;
      else seq = 1;
      if (seq >= 1_000_000) {
        ms++;
        seq = 1;
      }
      lastMs = ms;
      buffer.push([
        lineNumber(ms, seq),
        line.streamId,
        ms,
        line.labels.requestId ?? null,
        line.content,
        JSON.stringify(line.labels),
      ]);
      if (buffer.length >= maxBatch) submit();
      else timer ??= setTimeout(submit, flushIntervalMs);
    },
    flush,
    *scan(o) {
      flush();
      const lo = lineNumber(o.from, 0);
      const hi = lineNumber(o.to, 999_999);
      const statement = db.prepare(
        o.desc
          ? `SELECT line_num, time_ms, content, labels FROM log_lines
             WHERE stream_id = ? AND line_num >= ? AND line_num <= ? AND line_num < ? ORDER BY line_num DESC LIMIT ?`
          : `SELECT line_num, time_ms, content, labels FROM log_lines
             WHERE stream_id = ? AND line_num >= ? AND line_num <= ? AND line_num > ? ORDER BY line_num ASC LIMIT ?`,
      );
      let cursor = o.after ?? (o.desc ? '9'.repeat(20) : '');
      for (;;) {
        const rows = statement.all(o.streamId, lo, hi, cursor, o.batch) as {
          line_num: string;
          time_ms: number;
          content: string;
          labels: string;
        }[];
        for (const row of rows) {
          yield {
            lineNum: row.line_num,
            time: row.time_ms,
            content: row.content,
            labels: JSON.parse(row.labels) as Record<string, string>,
          };
        }
        if (rows.length < o.batch) return;
        cursor = rows.at(-1)?.line_num ?? cursor;
      }
    },
    deleteStream(streamId) {
      flush();
      db.prepare('DELETE FROM log_lines WHERE stream_id = ?').run(streamId);
    },
    close: flush,
  };
}
