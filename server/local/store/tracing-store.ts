/**
 * Tracing (APM) AK/SK per function (seed 7.5, module `tracing`). Empty values disable tracing (7.5.2).
 */
import type { LocalDeps } from '../deps';
import { runMigrations } from './db';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE function_tracing (
    function_id TEXT PRIMARY KEY REFERENCES functions(id) ON DELETE CASCADE,
    tracing_ak TEXT NOT NULL,
    tracing_sk TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );`,
];

export type TracingStore = ReturnType<typeof createTracingStore>;

export function createTracingStore(deps: Pick<LocalDeps, 'db' | 'now'>) {
  runMigrations(deps.db, 'tracing', MIGRATIONS);
  const q = {
    get: deps.db.prepare('SELECT tracing_ak, tracing_sk FROM function_tracing WHERE function_id = ?'),
    set: deps.db.prepare(`INSERT INTO function_tracing (function_id, tracing_ak, tracing_sk, updated_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (function_id) DO UPDATE SET tracing_ak = excluded.tracing_ak,
      tracing_sk = excluded.tracing_sk, updated_at = excluded.updated_at`),
    delete: deps.db.prepare('DELETE FROM function_tracing WHERE function_id = ?'),
  };
  return {
    get: (functionId: string) =>
      q.get.get(functionId) as { tracing_ak: string; tracing_sk: string } | undefined,
    set: (functionId: string, ak: string, sk: string) => {
      if (ak === '' && sk === '') q.delete.run(functionId);
      else q.set.run(functionId, ak, sk, deps.now().toISOString());
    },
  };
}

const stores = new WeakMap<object, TracingStore>();

export function tracingStoreFor(deps: Pick<LocalDeps, 'db' | 'now'>): TracingStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createTracingStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
