/**
 * Project-level log switches (seed 7.9.3 enable-lts-logs, 7.9.4 enable-async-status-logs), module `log_config`.
 */
import type { LocalDeps } from '../deps';
import { runMigrations } from './db';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE log_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );`,
];

export type LogSwitch = 'lts_logs' | 'async_status_logs';

export type LogConfigStore = ReturnType<typeof createLogConfigStore>;

export function createLogConfigStore(deps: Pick<LocalDeps, 'db' | 'now'>) {
  runMigrations(deps.db, 'log_config', MIGRATIONS);
  const get = deps.db.prepare('SELECT value FROM log_settings WHERE key = ?');
  const set = deps.db.prepare(
    'INSERT INTO log_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  return {
    isEnabled: (key: LogSwitch) => (get.get(key) as { value: string } | undefined)?.value === 'true',
    enable: (key: LogSwitch) => {
      set.run(key, 'true', deps.now().toISOString());
    },
  };
}

const stores = new WeakMap<object, LogConfigStore>();

export function logConfigStoreFor(deps: Pick<LocalDeps, 'db' | 'now'>): LogConfigStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createLogConfigStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
