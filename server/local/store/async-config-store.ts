/**
 * Async invocation config per function version or alias (seed 7.15.1–7.15.4, module `async_config`). The async
 * queue reads it through `effectiveFor`: the alias's own config, else its version's, else the seed defaults
 * (event age 3600 s, 1 retry).
 */
import type { LocalDeps } from '../deps';
import type { AsyncConfigRequest, DestinationConfig } from '../async-config/destination';
import { ASYNC_DEFAULTS } from '../async-config/destination';
import { runMigrations } from './db';
import type { ResolvedFunction } from './function-store';
import { formatTimestamp } from './stamps';

export const ASYNC_CONFIG_MODULE = 'async_config';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE async_invoke_configs (
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    max_age_seconds INTEGER NOT NULL,
    max_retries INTEGER NOT NULL,
    destination_config TEXT,
    enable_async_status_log INTEGER NOT NULL DEFAULT 0,
    created_time TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    PRIMARY KEY (function_id, qualifier)
  );`,
];

interface Row {
  function_id: string;
  qualifier: string;
  max_age_seconds: number;
  max_retries: number;
  destination_config: string | null;
  enable_async_status_log: number;
  created_time: string;
  last_modified: string;
}

export interface AsyncConfig {
  functionId: string;
  qualifier: string;
  maxAgeSeconds: number;
  maxRetries: number;
  destinationConfig?: DestinationConfig;
  enableAsyncStatusLog: boolean;
  createdTime: string;
  lastModified: string;
}

function toConfig(row: Row): AsyncConfig {
  const config: AsyncConfig = {
    functionId: row.function_id,
    qualifier: row.qualifier,
    maxAgeSeconds: row.max_age_seconds,
    maxRetries: row.max_retries,
    enableAsyncStatusLog: row.enable_async_status_log === 1,
    createdTime: row.created_time,
    lastModified: row.last_modified,
  };
  if (row.destination_config)
    config.destinationConfig = JSON.parse(row.destination_config) as DestinationConfig;
  return config;
}

export type AsyncConfigStore = ReturnType<typeof createAsyncConfigStore>;

export function createAsyncConfigStore(deps: Pick<LocalDeps, 'db' | 'now' | 'hooks'>) {
  const { db, now } = deps;
  runMigrations(db, ASYNC_CONFIG_MODULE, MIGRATIONS);
  const q = {
    get: db.prepare('SELECT * FROM async_invoke_configs WHERE function_id = ? AND qualifier = ?'),
    list: db.prepare(
      'SELECT * FROM async_invoke_configs WHERE function_id = ? ORDER BY rowid LIMIT ? OFFSET ?',
    ),
    count: db.prepare('SELECT COUNT(*) AS n FROM async_invoke_configs WHERE function_id = ?'),
    upsert:
      db.prepare(`INSERT INTO async_invoke_configs (function_id, qualifier, max_age_seconds, max_retries,
      destination_config, enable_async_status_log, created_time, last_modified)
      VALUES (@function_id, @qualifier, @max_age_seconds, @max_retries, @destination_config,
      @enable_async_status_log, @created_time, @last_modified)
      ON CONFLICT (function_id, qualifier) DO UPDATE SET max_age_seconds = excluded.max_age_seconds,
      max_retries = excluded.max_retries, destination_config = excluded.destination_config,
      enable_async_status_log = excluded.enable_async_status_log, last_modified = excluded.last_modified`),
    delete: db.prepare('DELETE FROM async_invoke_configs WHERE function_id = ? AND qualifier = ?'),
  };
  deps.hooks.functionDeleted.add((event) => {
    if (event.version !== undefined) q.delete.run(event.functionId, event.version);
  });

  const get = (functionId: string, qualifier: string): AsyncConfig | undefined => {
    const row = q.get.get(functionId, qualifier) as Row | undefined;
    return row ? toConfig(row) : undefined;
  };

  function put(functionId: string, qualifier: string, request: AsyncConfigRequest): AsyncConfig {
    const stamp = formatTimestamp(now());
    q.upsert.run({
      function_id: functionId,
      qualifier,
      max_age_seconds: request.max_async_event_age_in_seconds ?? ASYNC_DEFAULTS.maxAgeSeconds,
      max_retries: request.max_async_retry_attempts ?? ASYNC_DEFAULTS.maxRetries,
      destination_config: request.destination_config ? JSON.stringify(request.destination_config) : null,
      enable_async_status_log: request.enable_async_status_log ? 1 : 0,
      created_time: stamp,
      last_modified: stamp,
    });
    return get(functionId, qualifier) as AsyncConfig;
  }

  /** What an async invocation of `resolved` uses: alias config, else version config, else the defaults. */
  function effectiveFor(resolved: ResolvedFunction): Omit<AsyncConfig, 'createdTime' | 'lastModified'> {
    const own = resolved.alias ? get(resolved.func.id, `!${resolved.alias.name}`) : undefined;
    const found = own ?? get(resolved.func.id, resolved.version.version);
    if (found) return found;
    return {
      functionId: resolved.func.id,
      qualifier: resolved.version.version,
      maxAgeSeconds: ASYNC_DEFAULTS.maxAgeSeconds,
      maxRetries: ASYNC_DEFAULTS.maxRetries,
      enableAsyncStatusLog: false,
    };
  }

  return {
    get,
    put,
    remove: (functionId: string, qualifier: string) => q.delete.run(functionId, qualifier).changes > 0,
    list: (functionId: string, offset: number, limit: number) => ({
      items: (q.list.all(functionId, limit, offset) as Row[]).map(toConfig),
      count: (q.count.get(functionId) as { n: number }).n,
    }),
    effectiveFor,
  };
}

const stores = new WeakMap<object, AsyncConfigStore>();

export function asyncConfigStoreFor(deps: Pick<LocalDeps, 'db' | 'now' | 'hooks'>): AsyncConfigStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createAsyncConfigStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
