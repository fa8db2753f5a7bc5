/**
 * Invocation records and per-minute rollups behind the metrics API (seed 7.8). Every invocation is recorded once;
 * writes are batched into one transaction every few milliseconds so that recording never limits throughput.
 * Rollups are kept per function for three qualifiers: '*' (all versions), the version that ran, and '!alias'
 * when an alias was invoked.
 */
import type { Db } from '../store/db';
import { runMigrations } from '../store/db';
import { directSqlWriter } from '../store/sql-writer';
import type { SqlWriter } from '../store/sql-writer';
import { MINUTE_MS, minuteRollups } from './rollups';

export type InvocationOutcome = 'success' | 'function_error' | 'system_error' | 'rejected';

export interface InvocationRecord {
  requestId: string;
  /** Unqualified function URN. */
  funcUrn: string;
  version: string;
  alias?: string;
  startedAt: number;
  durationMs: number;
  billedMs: number;
  memoryUsedMb: number;
  memoryMb: number;
  outcome: InvocationOutcome;
  errorCode?: string;
  coldStart: boolean;
  /** sync, async, or the trigger type that fired it (TIMER, APIG, …). */
  source: string;
}

const MIGRATIONS = [
  `CREATE TABLE invocation_records (
     request_id TEXT NOT NULL,
     func_urn TEXT NOT NULL,
     version TEXT NOT NULL,
     alias TEXT,
     started_at INTEGER NOT NULL,
     duration_ms REAL NOT NULL,
     billed_ms INTEGER NOT NULL,
     memory_used_mb REAL NOT NULL,
     memory_mb INTEGER NOT NULL,
     outcome TEXT NOT NULL,
     error_code TEXT,
     cold_start INTEGER NOT NULL,
     source TEXT NOT NULL
   );
   CREATE INDEX invocation_records_by_request ON invocation_records (request_id);
   CREATE INDEX invocation_records_by_function ON invocation_records (func_urn, started_at);
   CREATE INDEX invocation_records_by_time ON invocation_records (started_at);
   CREATE TABLE metric_minutes (
     func_urn TEXT NOT NULL,
     qualifier TEXT NOT NULL,
     minute INTEGER NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     fail_count INTEGER NOT NULL DEFAULT 0,
     function_error_count INTEGER NOT NULL DEFAULT 0,
     system_error_count INTEGER NOT NULL DEFAULT 0,
     reject_count INTEGER NOT NULL DEFAULT 0,
     duration_sum REAL NOT NULL DEFAULT 0,
     duration_min REAL,
     duration_max REAL,
     gb_seconds REAL NOT NULL DEFAULT 0,
     PRIMARY KEY (func_urn, qualifier, minute)
   );
   CREATE INDEX metric_minutes_by_time ON metric_minutes (minute);
   CREATE TABLE instance_minutes (
     func_urn TEXT NOT NULL,
     qualifier TEXT NOT NULL,
     minute INTEGER NOT NULL,
     on_demand_max INTEGER NOT NULL DEFAULT 0,
     reserved_max INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (func_urn, qualifier, minute)
   );`,
  // No query looks invocation records up by request id or by time alone (records() goes by function and time):
  // two fewer index entries to write per invocation.
  `DROP INDEX invocation_records_by_request;
   DROP INDEX invocation_records_by_time;`,
];

export { MINUTE_MS } from './rollups';

export interface MinuteRow {
  minute: number;
  count: number;
  fail_count: number;
  function_error_count: number;
  system_error_count: number;
  reject_count: number;
  duration_sum: number;
  duration_min: number | null;
  duration_max: number | null;
  gb_seconds: number;
}

export interface InstanceRow {
  minute: number;
  on_demand_max: number;
  reserved_max: number;
}

export interface MetricsStore {
  record(rec: InvocationRecord): void;
  recordInstances(funcUrn: string, qualifier: string, onDemand: number, reserved: number, at: number): void;
  /** Writes everything buffered now (tests, shutdown, before a read). */
  flush(): void;
  /** Minute rows of one function (or '*' for the whole tenant) in [from, to). */
  minutes(funcUrn: string, qualifier: string, from: number, to: number): MinuteRow[];
  instanceMinutes(funcUrn: string, qualifier: string, from: number, to: number): InstanceRow[];
  /** Totals per function over [from, to), for 7.8.1. */
  totalsByFunction(from: number, to: number): (MinuteRow & { func_urn: string })[];
  /** Per-day invocation count and GB-s over [from, to), for 7.8.2 monthly_report. */
  daily(from: number, to: number): { day: string; count: number; gb_seconds: number }[];
  records(funcUrn: string, from: number, to: number, limit: number): InvocationRecord[];
  deleteFunction(funcUrn: string): void;
  close(): void;
}

export function createMetricsStore(
  db: Db,
  options: { flushIntervalMs?: number; maxBatch?: number; writer?: SqlWriter } = {},
): MetricsStore {
  runMigrations(db, 'metrics', MIGRATIONS);
  const flushIntervalMs = options.flushIntervalMs ?? 20;
  const maxBatch = options.maxBatch ?? 1000;
  const insertRecordSql = 'INSERT INTO invocation_records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const upsertMinuteSql = `INSERT INTO metric_minutes (func_urn, qualifier, minute, count, fail_count, function_error_count, system_error_count,
       reject_count, duration_sum, duration_min, duration_max, gb_seconds)
     VALUES (@funcUrn, @qualifier, @minute, @count, @fail, @functionError, @systemError, @reject, @duration, @dmin, @dmax, @gbs)
     ON CONFLICT (func_urn, qualifier, minute) DO UPDATE SET
       count = count + excluded.count,
       fail_count = fail_count + excluded.fail_count,
       function_error_count = function_error_count + excluded.function_error_count,
       system_error_count = system_error_count + excluded.system_error_count,
       reject_count = reject_count + excluded.reject_count,
       duration_sum = duration_sum + excluded.duration_sum,
       duration_min = CASE WHEN excluded.duration_min IS NULL THEN duration_min
                           WHEN duration_min IS NULL THEN excluded.duration_min
                           ELSE MIN(duration_min, excluded.duration_min) END,
       duration_max = CASE WHEN excluded.duration_max IS NULL THEN duration_max
                           WHEN duration_max IS NULL THEN excluded.duration_max
                           ELSE MAX(duration_max, excluded.duration_max) END,
       gb_seconds = gb_seconds + excluded.gb_seconds`;
  const writer = options.writer ?? directSqlWriter(db);
  const upsertInstancesSql = `INSERT INTO instance_minutes (func_urn, qualifier, minute, on_demand_max, reserved_max)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (func_urn, qualifier, minute) DO UPDATE SET
       on_demand_max = MAX(on_demand_max, excluded.on_demand_max),
       reserved_max = MAX(reserved_max, excluded.reserved_max)`;

  let buffer: InvocationRecord[] = [];
  let timer: NodeJS.Timeout | undefined;

  const submit = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return;
    const batch = buffer;
    buffer = [];
    const records: unknown[][] = [];
    for (const rec of batch) {
      records.push([
        rec.requestId,
        rec.funcUrn,
        rec.version,
        rec.alias ?? null,
        rec.startedAt,
        rec.durationMs,
        rec.billedMs,
        rec.memoryUsedMb,
        rec.memoryMb,
        rec.outcome,
        rec.errorCode ?? null,
        rec.coldStart ? 1 : 0,
        rec.source,
      ]);
    }
    // One row per invocation; the per-minute rollups are summed first, so a batch of a thousand calls of one
    // function costs a thousand inserts and two or three upserts, not three thousand.
    writer.submit([
      { sql: insertRecordSql, rows: records },
      { sql: upsertMinuteSql, rows: minuteRollups(batch) as unknown as Record<string, unknown>[] },
    ]);
  };
  const flush = () => {
    submit();
    writer.sync();
  };

  const durationRows = (funcUrn: string, qualifier: string, from: number, to: number) => {
    flush();
    const where = funcUrn === '*' ? `qualifier = '*'` : `func_urn = @funcUrn AND qualifier = @qualifier`;
    return db
      .prepare(
        `SELECT minute, SUM(count) AS count, SUM(fail_count) AS fail_count, SUM(function_error_count) AS function_error_count,
           SUM(system_error_count) AS system_error_count, SUM(reject_count) AS reject_count, SUM(duration_sum) AS duration_sum,
           MIN(duration_min) AS duration_min, MAX(duration_max) AS duration_max, SUM(gb_seconds) AS gb_seconds
         FROM metric_minutes WHERE ${where} AND minute >= @from AND minute < @to GROUP BY minute ORDER BY minute`,
      )
      .all({ funcUrn, qualifier, from, to }) as MinuteRow[];
  };

  return {
    record(rec) {
      buffer.push(rec);
      if (buffer.length >= maxBatch) submit();
      else timer ??= setTimeout(submit, flushIntervalMs);
    },
    recordInstances(funcUrn, qualifier, onDemand, reserved, at) {
      // Through the writer too: a write on this connection would wait (busy_timeout) for the writer's lock.
      const minute = Math.floor(at / MINUTE_MS) * MINUTE_MS;
      writer.submit([{ sql: upsertInstancesSql, rows: [[funcUrn, qualifier, minute, onDemand, reserved]] }]);
    },
    flush,
    minutes: durationRows,
    instanceMinutes(funcUrn, qualifier, from, to) {
      flush();
      return db
        .prepare(
          `SELECT minute, on_demand_max, reserved_max FROM instance_minutes
           WHERE func_urn = ? AND qualifier = ? AND minute >= ? AND minute < ? ORDER BY minute`,
        )
        .all(funcUrn, qualifier, from, to) as InstanceRow[];
    },
    totalsByFunction(from, to) {
      flush();
      return db
        .prepare(
          `SELECT func_urn, 0 AS minute, SUM(count) AS count, SUM(fail_count) AS fail_count,
             SUM(function_error_count) AS function_error_count, SUM(system_error_count) AS system_error_count,
             SUM(reject_count) AS reject_count, SUM(duration_sum) AS duration_sum, MIN(duration_min) AS duration_min,
             MAX(duration_max) AS duration_max, SUM(gb_seconds) AS gb_seconds
           FROM metric_minutes WHERE qualifier = '*' AND minute >= ? AND minute < ? GROUP BY func_urn`,
        )
        .all(from, to) as (MinuteRow & { func_urn: string })[];
    },
    daily(from, to) {
      flush();
      return db
        .prepare(
          `SELECT strftime('%Y-%m-%d', minute / 1000, 'unixepoch') AS day, SUM(count) AS count, SUM(gb_seconds) AS gb_seconds
           FROM metric_minutes WHERE qualifier = '*' AND minute >= ? AND minute < ? GROUP BY day ORDER BY day`,
        )
        .all(from, to) as { day: string; count: number; gb_seconds: number }[];
    },
    records(funcUrn, from, to, limit) {
      flush();
      const rows = db
        .prepare(
          `SELECT * FROM invocation_records WHERE func_urn = ? AND started_at >= ? AND started_at < ?
           ORDER BY started_at DESC LIMIT ?`,
        )
        .all(funcUrn, from, to, limit) as Record<string, unknown>[];
      return rows.map((r): InvocationRecord => ({
        requestId: r.request_id as string,
        funcUrn: r.func_urn as string,
        version: r.version as string,
        ...(r.alias ? { alias: r.alias as string } : {}),
        startedAt: r.started_at as number,
        durationMs: r.duration_ms as number,
        billedMs: r.billed_ms as number,
        memoryUsedMb: r.memory_used_mb as number,
        memoryMb: r.memory_mb as number,
        outcome: r.outcome as InvocationOutcome,
        ...(r.error_code ? { errorCode: r.error_code as string } : {}),
        coldStart: r.cold_start === 1,
        source: r.source as string,
      }));
    },
    deleteFunction(funcUrn) {
      flush();
      db.transaction(() => {
        for (const table of ['invocation_records', 'metric_minutes', 'instance_minutes']) {
          db.prepare(`DELETE FROM ${table} WHERE func_urn = ?`).run(funcUrn);
        }
      })();
    },
    close: flush,
  };
}
