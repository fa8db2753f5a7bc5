/**
 * Test events per function (seed 7.4, module `test_events`): at most 10 per function (403 FSS.1068), content
 * is base64 and at most 4 KB decoded (403 FSS.1069), names unique per function (403 FSS.1073). Rows cascade
 * with the function.
 */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import { runMigrations } from './db';

export const TEST_EVENTS_MODULE = 'test_events';
export const MAX_EVENTS_PER_FUNCTION = 10;
export const MAX_EVENT_BYTES = 4096;

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE test_events (
    id TEXT PRIMARY KEY,
    function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    last_modified INTEGER NOT NULL,
    UNIQUE (function_id, name)
  );`,
];

export interface TestEventRow {
  id: string;
  function_id: string;
  name: string;
  content: string;
  /** Epoch seconds (seed T7-113 `last_modified: Number`, e.g. 1597374286). */
  last_modified: number;
}

function checkSize(content: string): void {
  if (Buffer.from(content, 'base64').length > MAX_EVENT_BYTES)
    throw new HttpError(403, 'FSS.1069', 'The size of EventData exceeds 4 KB.');
}

export type TestEventStore = ReturnType<typeof createTestEventStore>;

export function createTestEventStore(deps: Pick<LocalDeps, 'db' | 'now'>) {
  const { db, now } = deps;
  runMigrations(db, TEST_EVENTS_MODULE, MIGRATIONS);
  const q = {
    list: db.prepare('SELECT * FROM test_events WHERE function_id = ? ORDER BY rowid'),
    count: db.prepare('SELECT COUNT(*) AS n FROM test_events WHERE function_id = ?'),
    byId: db.prepare('SELECT * FROM test_events WHERE function_id = ? AND id = ?'),
    byName: db.prepare('SELECT id FROM test_events WHERE function_id = ? AND name = ?'),
    insert: db.prepare(
      'INSERT INTO test_events (id, function_id, name, content, last_modified) VALUES (@id, @function_id, @name, @content, @last_modified)',
    ),
    update: db.prepare(
      'UPDATE test_events SET content = ?, last_modified = ? WHERE function_id = ? AND id = ?',
    ),
    delete: db.prepare('DELETE FROM test_events WHERE function_id = ? AND id = ?'),
  };
  const seconds = () => Math.floor(now().getTime() / 1000);

  function get(functionId: string, id: string): TestEventRow {
    const row = q.byId.get(functionId, id) as TestEventRow | undefined;
    if (!row) throw new HttpError(404, 'FSS.1070', `The event cannot be found: ${id.slice(0, 64)}`);
    return row;
  }

  function create(functionId: string, name: string, content: string): TestEventRow {
    checkSize(content);
    const row: TestEventRow = {
      id: randomUUID(),
      function_id: functionId,
      name,
      content,
      last_modified: seconds(),
    };
    db.transaction(() => {
      if (q.byName.get(functionId, name))
        throw new HttpError(403, 'FSS.1073', `The function event already exists: ${name}`);
      if ((q.count.get(functionId) as { n: number }).n >= MAX_EVENTS_PER_FUNCTION)
        throw new HttpError(
          403,
          'FSS.1068',
          `The number of events configured for the function exceeds the maximum allowed limit (${String(MAX_EVENTS_PER_FUNCTION)}).`,
        );
      q.insert.run(row);
    })();
    return row;
  }

  function update(functionId: string, id: string, content: string): TestEventRow {
    const row = get(functionId, id);
    checkSize(content);
    const at = seconds();
    q.update.run(content, at, functionId, id);
    return { ...row, content, last_modified: at };
  }

  function remove(functionId: string, id: string): void {
    get(functionId, id);
    q.delete.run(functionId, id);
  }

  return {
    list: (functionId: string) => q.list.all(functionId) as TestEventRow[],
    get,
    create,
    update,
    remove,
  };
}

const stores = new WeakMap<object, TestEventStore>();

export function testEventStoreFor(deps: Pick<LocalDeps, 'db' | 'now'>): TestEventStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createTestEventStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
