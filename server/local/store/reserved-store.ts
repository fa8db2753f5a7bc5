/**
 * Reserved-instance settings per function version or alias (seed 7.11, module `reserved`). The runtime keeps
 * `count` instances warm (`forQualifier`, `all`); the total over the tenant is bounded by the
 * `fgs_func_occurs` quota (400 FSS.1076). An alias cannot get a policy when its version already has one and
 * vice versa (400 FSS.1426).
 */
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import { LOCAL_QUOTAS } from '../quotas/local-quotas';
import type { ReservedRequest, TacticsConfig } from '../reserved/tactics';
import { runMigrations } from './db';
import type { ResolvedFunction } from './function-store';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE reserved_instances (
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    target_version TEXT NOT NULL,
    count INTEGER NOT NULL,
    idle_mode INTEGER NOT NULL DEFAULT 0,
    tactics_config TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (function_id, qualifier)
  );`,
];

interface Row {
  function_id: string;
  qualifier: string;
  target_version: string;
  count: number;
  idle_mode: number;
  tactics_config: string | null;
  updated_at: string;
}

export interface ReservedSetting {
  functionId: string;
  /** A version name or `!alias`. */
  qualifier: string;
  /** The version the instances run (the alias's main version for aliases). */
  targetVersion: string;
  count: number;
  idleMode: boolean;
  tactics?: TacticsConfig;
}

const toSetting = (row: Row): ReservedSetting => ({
  functionId: row.function_id,
  qualifier: row.qualifier,
  targetVersion: row.target_version,
  count: row.count,
  idleMode: row.idle_mode === 1,
  ...(row.tactics_config ? { tactics: JSON.parse(row.tactics_config) as TacticsConfig } : {}),
});

export type ReservedStore = ReturnType<typeof createReservedStore>;

export function createReservedStore(deps: Pick<LocalDeps, 'db' | 'now' | 'hooks'>) {
  const { db } = deps;
  runMigrations(db, 'reserved', MIGRATIONS);
  // FSS.1077: the code and configuration of latest cannot change while latest keeps reserved instances.
  deps.hooks.updateGuards.add(({ functionId }) => {
    const held = db
      .prepare(
        `SELECT COALESCE(SUM(count), 0) AS n FROM reserved_instances WHERE function_id = ? AND target_version = 'latest'`,
      )
      .get(functionId) as { n: number };
    if (held.n > 0) {
      throw new HttpError(
        400,
        'FSS.1077',
        'The code and configuration of the function cannot be updated because the function has at least one reserved instance.',
      );
    }
  });
  const q = {
    one: db.prepare('SELECT * FROM reserved_instances WHERE function_id = ? AND qualifier = ?'),
    ofFunction: db.prepare('SELECT * FROM reserved_instances WHERE function_id = ? ORDER BY rowid'),
    all: db.prepare('SELECT * FROM reserved_instances ORDER BY rowid'),
    total: db.prepare(
      'SELECT COALESCE(SUM(count), 0) AS n FROM reserved_instances WHERE NOT (function_id = ? AND qualifier = ?)',
    ),
    upsert:
      db.prepare(`INSERT INTO reserved_instances (function_id, qualifier, target_version, count, idle_mode,
      tactics_config, updated_at) VALUES (@function_id, @qualifier, @target_version, @count, @idle_mode,
      @tactics_config, @updated_at) ON CONFLICT (function_id, qualifier) DO UPDATE SET
      target_version = excluded.target_version, count = excluded.count, idle_mode = excluded.idle_mode,
      tactics_config = excluded.tactics_config, updated_at = excluded.updated_at`),
    delete: db.prepare('DELETE FROM reserved_instances WHERE function_id = ? AND qualifier = ?'),
  };
  /** Listeners (the runtime) called after a committed change. */
  const changed = new Set<(setting: ReservedSetting) => void>();
  deps.hooks.functionDeleted.add((event) => {
    if (event.version !== undefined) q.delete.run(event.functionId, event.version);
  });

  function set(resolved: ResolvedFunction, request: ReservedRequest): ReservedSetting {
    const functionId = resolved.func.id;
    const qualifier = resolved.alias ? `!${resolved.alias.name}` : resolved.version.version;
    const target = resolved.version.version;
    const setting: ReservedSetting = {
      functionId,
      qualifier,
      targetVersion: target,
      count: request.count,
      idleMode: request.idle_mode ?? false,
      ...(request.tactics_config ? { tactics: request.tactics_config } : {}),
    };
    db.transaction(() => {
      const others = (q.ofFunction.all(functionId) as Row[]).filter(
        (r) => r.qualifier !== qualifier && r.count > 0,
      );
      const clash = others.find(
        (r) => r.target_version === target && (resolved.alias || r.qualifier.startsWith('!')),
      );
      if (clash && request.count > 0)
        throw new HttpError(400, 'FSS.1426', `This release[${target}] has reserved instances configured.`);
      const used = (q.total.get(functionId, qualifier) as { n: number }).n;
      if (used + request.count > LOCAL_QUOTAS.fgs_func_occurs)
        throw new HttpError(
          400,
          'FSS.1076',
          `The number of reserved instances exceeds the maximum allowed limit (${String(LOCAL_QUOTAS.fgs_func_occurs)} per tenant, ${String(used)} in use).`,
        );
      if (request.count === 0 && !request.tactics_config) q.delete.run(functionId, qualifier);
      else
        q.upsert.run({
          function_id: functionId,
          qualifier,
          target_version: target,
          count: request.count,
          idle_mode: setting.idleMode ? 1 : 0,
          tactics_config: request.tactics_config ? JSON.stringify(request.tactics_config) : null,
          updated_at: deps.now().toISOString(),
        });
    })();
    for (const listener of changed) listener(setting);
    return setting;
  }

  return {
    set,
    forQualifier: (functionId: string, qualifier: string) => {
      const row = q.one.get(functionId, qualifier) as Row | undefined;
      return row ? toSetting(row) : undefined;
    },
    ofFunction: (functionId: string) => (q.ofFunction.all(functionId) as Row[]).map(toSetting),
    all: () => (q.all.all() as Row[]).map(toSetting),
    totalCount: () => (q.total.get('', '') as { n: number }).n,
    changed,
  };
}

const stores = new WeakMap<object, ReservedStore>();

export function reservedStoreFor(deps: Pick<LocalDeps, 'db' | 'now' | 'hooks'>): ReservedStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createReservedStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
