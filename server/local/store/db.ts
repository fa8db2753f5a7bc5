/**
 * The local FunctionGraph's SQLite database and its per-module migration runner.
 *
 * Durability: WAL + `synchronous=FULL`, so a write that was acknowledged (the HTTP response was sent after the
 * transaction committed) survives `kill -9` and power loss of the process.
 *
 * @example
 * const db = openDatabase(settings.dataDir);
 * runMigrations(db, 'functions', [FUNCTIONS_SCHEMA_V1, FUNCTIONS_SCHEMA_V2]);
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DATABASE_FILE = 'functiongraph.sqlite';

/** Opens (creating if needed) `<dataDir>/functiongraph.sqlite` with the pragmas every module relies on. */
export function openDatabase(dataDir: string, file = DATABASE_FILE): Db {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(path.join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    module TEXT NOT NULL,
    version INTEGER NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (module, version)
  )`);
  return db;
}

/**
 * Applies the not-yet-applied migrations of one store module, in order, each in its own transaction.
 * `migrations[i]` is version `i + 1`; never edit a shipped migration, append a new one.
 */
export function runMigrations(db: Db, module: string, migrations: readonly string[]): number {
  const row = db
    .prepare('SELECT MAX(version) AS version FROM schema_migrations WHERE module = ?')
    .get(module) as { version: number | null };
  const current = row.version ?? 0;
  const record = db.prepare('INSERT INTO schema_migrations (module, version, applied_at) VALUES (?, ?, ?)');
  migrations.forEach((sql, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      db.exec(sql);
      record.run(module, version, new Date().toISOString());
    })();
  });
  return migrations.length;
}

/** Every user table with all rows in primary-key order: a comparable snapshot of the whole store (tests, diagnostics). */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    dump[name] = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).all();
  }
  return dump;
}
