/**
 * Triggers in SQLite (seed 7.13, module `triggers`). A trigger belongs to one function and one qualifier
 * (`latest`, a published version, or `!alias`), as the URN it was created on. Rows cascade with the function;
 * a deleted version takes its triggers with it through the `functionDeleted` hook.
 *
 * @example
 * const triggers = createTriggerStore(deps);
 * triggers.create(resolved, { type: 'TIMER', status: undefined, eventData: { name: 't', schedule_type: 'Rate', schedule: '5m' } });
 * triggers.listByType('TIMER'); // what the timer scheduler arms
 */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import type { EventData } from '../triggers/event-data';
import { mergeEventDataUpdate, parseEventData } from '../triggers/event-data';
import { findConflict } from '../triggers/trigger-conflicts';
import {
  canDisable,
  defaultStatus,
  isPullType,
  MAX_PULL_TRIGGERS_PER_FUNCTION,
  MAX_TRIGGERS_PER_FUNCTION,
  NOT_FOUND_CODE,
} from '../triggers/trigger-types';
import type { TriggerStatus, TriggerTypeCode } from '../triggers/trigger-types';
import { runMigrations } from './db';
import type { ResolvedFunction } from './function-store';
import { formatTimestamp } from './stamps';

export const TRIGGERS_MODULE = 'triggers';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE triggers (
    id TEXT PRIMARY KEY,
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    type_code TEXT NOT NULL,
    status TEXT NOT NULL,
    event_type_code TEXT,
    event_data TEXT NOT NULL,
    created_time TEXT NOT NULL,
    last_updated_time TEXT NOT NULL
  );
  CREATE INDEX triggers_by_function ON triggers (function_id, qualifier);
  CREATE INDEX triggers_by_type ON triggers (type_code);`,
];

interface TriggerRow {
  id: string;
  function_id: string;
  qualifier: string;
  type_code: string;
  status: string;
  event_type_code: string | null;
  event_data: string;
  created_time: string;
  last_updated_time: string;
}

export interface StoredTrigger {
  id: string;
  functionId: string;
  /** `latest`, a version name, or `!alias`. */
  qualifier: string;
  type: TriggerTypeCode;
  status: TriggerStatus;
  eventTypeCode?: string;
  eventData: EventData;
  createdTime: string;
  lastUpdatedTime: string;
}

export interface CreateTriggerInput {
  type: TriggerTypeCode;
  status: TriggerStatus | undefined;
  eventTypeCode?: string;
  eventData: unknown;
}

export interface UpdateTriggerInput {
  status?: TriggerStatus;
  eventData?: unknown;
}

/** The stored qualifier of a resolved URN: `!alias` for aliases, else the version (`latest` when unqualified). */
export function qualifierOf(resolved: ResolvedFunction): string {
  return resolved.alias ? `!${resolved.alias.name}` : resolved.version.version;
}

function toTrigger(row: TriggerRow): StoredTrigger {
  const trigger: StoredTrigger = {
    id: row.id,
    functionId: row.function_id,
    qualifier: row.qualifier,
    type: row.type_code as TriggerTypeCode,
    status: row.status as TriggerStatus,
    eventData: JSON.parse(row.event_data) as EventData,
    createdTime: row.created_time,
    lastUpdatedTime: row.last_updated_time,
  };
  if (row.event_type_code !== null) trigger.eventTypeCode = row.event_type_code;
  return trigger;
}

export type TriggerStore = ReturnType<typeof createTriggerStore>;

export function createTriggerStore(deps: Pick<LocalDeps, 'db' | 'now' | 'hooks'>) {
  const { db, now } = deps;
  runMigrations(db, TRIGGERS_MODULE, MIGRATIONS);
  // seed 7.7.3: an alias that triggers are bound to cannot be deleted (403 FSS.1154).
  deps.hooks.aliasDeleteGuards.add(({ functionId, alias }) => {
    const bound = db
      .prepare('SELECT COUNT(*) AS n FROM triggers WHERE function_id = ? AND qualifier = ?')
      .get(functionId, `!${alias}`) as {
      n: number;
    };
    if (bound.n > 0) {
      throw new HttpError(
        403,
        'FSS.1154',
        `Aliases of a function bound with triggers cannot be deleted (${bound.n} trigger(s) on ${alias}).`,
      );
    }
  });
  const q = {
    byFunction: db.prepare('SELECT * FROM triggers WHERE function_id = ? ORDER BY created_time, rowid'),
    byQualifier: db.prepare(
      'SELECT * FROM triggers WHERE function_id = ? AND qualifier = ? ORDER BY created_time, rowid',
    ),
    byType: db.prepare('SELECT * FROM triggers WHERE type_code = ? ORDER BY rowid'),
    byId: db.prepare('SELECT * FROM triggers WHERE id = ? AND function_id = ?'),
    insert: db.prepare(`INSERT INTO triggers (id, function_id, qualifier, type_code, status, event_type_code,
      event_data, created_time, last_updated_time) VALUES (@id, @function_id, @qualifier, @type_code, @status,
      @event_type_code, @event_data, @created_time, @last_updated_time)`),
    update: db.prepare(
      'UPDATE triggers SET status = ?, event_data = ?, last_updated_time = ? WHERE id = ? AND function_id = ?',
    ),
    deleteOne: db.prepare('DELETE FROM triggers WHERE id = ? AND function_id = ?'),
    deleteFunction: db.prepare('DELETE FROM triggers WHERE function_id = ?'),
    deleteQualifier: db.prepare('DELETE FROM triggers WHERE function_id = ? AND qualifier = ?'),
  };
  /** Listeners for the timer scheduler / gateway: called after a committed change. */
  const changed = new Set<(functionId: string) => void>();
  const notify = (functionId: string) => {
    for (const listener of changed) listener(functionId);
  };

  // A deleted version takes its triggers along (the function-wide delete cascades by foreign key).
  deps.hooks.functionDeleted.add((event) => {
    if (event.version !== undefined) q.deleteQualifier.run(event.functionId, event.version);
    notify(event.functionId);
  });

  const all = (functionId: string) => (q.byFunction.all(functionId) as TriggerRow[]).map(toTrigger);
  const allOfType = (type: TriggerTypeCode) => (q.byType.all(type) as TriggerRow[]).map(toTrigger);

  function list(functionId: string, qualifier?: string): StoredTrigger[] {
    if (qualifier === undefined) return all(functionId);
    return (q.byQualifier.all(functionId, qualifier) as TriggerRow[]).map(toTrigger);
  }

  function get(functionId: string, type: string, id: string): StoredTrigger {
    const row = q.byId.get(id, functionId) as TriggerRow | undefined;
    if (!row || row.type_code !== type) {
      const code = NOT_FOUND_CODE[type as TriggerTypeCode] ?? 'FSS.1131';
      throw new HttpError(404, code, `The trigger does not exist: ${type}/${id}`);
    }
    return toTrigger(row);
  }

  function checkStatus(type: TriggerTypeCode, status: TriggerStatus): void {
    if (status === 'DISABLED' && !canDisable(type))
      throw new HttpError(400, 'FSS.1318', `Invalid trigger operation. ${type} triggers cannot be disabled.`);
  }

  function create(functionId: string, qualifier: string, input: CreateTriggerInput): StoredTrigger {
    const eventData = parseEventData(input.type, input.eventData);
    const status = input.status ?? defaultStatus(input.type);
    checkStatus(input.type, status);
    const stamp = formatTimestamp(now());
    const row: TriggerRow = {
      id: randomUUID(),
      function_id: functionId,
      qualifier,
      type_code: input.type,
      status,
      event_type_code: input.eventTypeCode ?? null,
      event_data: JSON.stringify(eventData),
      created_time: stamp,
      last_updated_time: stamp,
    };
    db.transaction(() => {
      const existing = all(functionId);
      if (existing.length >= MAX_TRIGGERS_PER_FUNCTION)
        throw new HttpError(
          400,
          'FSS.1306',
          `The number of triggers exceeds the maximum allowed limit (${String(MAX_TRIGGERS_PER_FUNCTION)}).`,
        );
      if (
        isPullType(input.type) &&
        existing.filter((t) => isPullType(t.type)).length >= MAX_PULL_TRIGGERS_PER_FUNCTION
      )
        throw new HttpError(
          403,
          'FSS.1123',
          'The number of pull triggers exceeds the maximum allowed limit (10).',
        );
      const conflict = findConflict(
        { id: row.id, functionId, qualifier, type: input.type, eventData },
        existing,
        input.type === 'OBS' ? allOfType('OBS') : [],
      );
      if (conflict) throw conflict;
      q.insert.run(row);
    })();
    notify(functionId);
    return toTrigger(row);
  }

  function update(functionId: string, type: string, id: string, input: UpdateTriggerInput): StoredTrigger {
    const current = get(functionId, type, id);
    const status = input.status ?? current.status;
    checkStatus(current.type, status);
    const eventData =
      input.eventData === undefined
        ? current.eventData
        : mergeEventDataUpdate(current.type, current.eventData, input.eventData);
    const stamp = formatTimestamp(now());
    db.transaction(() => {
      const others = all(functionId).filter((t) => t.id !== id);
      const conflict = findConflict(
        { id, functionId, qualifier: current.qualifier, type: current.type, eventData },
        others,
        current.type === 'OBS' ? allOfType('OBS').filter((t) => t.id !== id) : [],
      );
      if (conflict) throw conflict;
      q.update.run(status, JSON.stringify(eventData), stamp, id, functionId);
    })();
    notify(functionId);
    return { ...current, status, eventData, lastUpdatedTime: stamp };
  }

  function remove(functionId: string, type: string, id: string): void {
    get(functionId, type, id);
    q.deleteOne.run(id, functionId);
    notify(functionId);
  }

  /** Seed 7.13.1: a version or alias URN clears that qualifier; unqualified or `latest` clears the whole function. */
  function removeAll(functionId: string, qualifier: string | undefined): number {
    const result =
      qualifier === undefined || qualifier === 'latest'
        ? q.deleteFunction.run(functionId)
        : q.deleteQualifier.run(functionId, qualifier);
    notify(functionId);
    return result.changes;
  }

  return { list, get, create, update, remove, removeAll, listByType: allOfType, changed };
}

const stores = new WeakMap<object, TriggerStore>();

/** The one trigger store of a `LocalDeps` (routes, timer scheduler and gateway share it). */
export function triggerStoreFor(deps: Pick<LocalDeps, 'db' | 'now' | 'hooks'>): TriggerStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createTriggerStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
