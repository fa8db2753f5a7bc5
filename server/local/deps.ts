/**
 * What every route group of the local FunctionGraph receives. Groups that need more (their own store) build it
 * from `deps.db` inside their `registerXRoutes` (running their own migrations with `runMigrations`), or add an
 * optional field here.
 *
 * @example
 * const deps = createLocalDeps(settings);
 * const app = createLocalApp({ identity: settings, local: deps });
 */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { LocalSettings } from './settings';
import { createBlobStore } from './store/blobs';
import type { BlobStore } from './store/blobs';
import { openDatabase } from './store/db';
import type { Db } from './store/db';
import { createFunctionStore } from './store/function-store';
import type { FunctionStore } from './store/function-store';

export type LocalEnv = { Variables: { requestId: string } };
export type LocalHono = Hono<LocalEnv>;

/** Facts about a deleted function or version, for groups that keep data outside SQLite foreign keys. */
export interface FunctionDeletedEvent {
  functionId: string;
  package: string;
  name: string;
  /**
   * Undefined when the whole function was deleted; otherwise the deleted qualifier: a version name, or `!alias`
   * for a deleted alias (also reported for aliases removed together with their version).
   */
  version?: string;
}

export interface FunctionChangedEvent {
  functionId: string;
  package: string;
  name: string;
  /** `latest` for config/code updates; the new name when a version was published; `!alias` for alias changes. */
  version: string;
  what: 'created' | 'config' | 'code' | 'published' | 'alias';
}

/**
 * Synchronous listeners, called after the SQLite transaction committed (e.g. the runtime drops warm instances,
 * the trigger scheduler stops timers). Tables of other modules should rather reference
 * `functions(id) ON DELETE CASCADE` so a deletion is atomic.
 */
export interface LocalHooks {
  functionDeleted: Set<(event: FunctionDeletedEvent) => void>;
  functionChanged: Set<(event: FunctionChangedEvent) => void>;
  /**
   * Called before an alias is deleted; throw an HttpError to refuse (seed 7.7.3: 403 FSS.1154 while triggers
   * are bound to the alias).
   */
  aliasDeleteGuards: Set<(event: { functionId: string; alias: string }) => void>;
  /**
   * Called before latest's code or config is replaced; throw an HttpError to refuse (seed 9.2 FSS.1077: not
   * while the function has reserved instances).
   */
  updateGuards: Set<(event: { functionId: string; what: 'code' | 'config' }) => void>;
}

export interface LocalDeps {
  db: Db;
  settings: LocalSettings;
  blobs: BlobStore;
  functions: FunctionStore;
  now: () => Date;
  hooks: LocalHooks;
  /** The account id answered as `domain_id` (derived from the project id, stable across restarts). */
  domainId: string;
  log: (line: string) => void;
  /** Fetch used to download `code_url` packages (seed 7.6.2 code_type obs); injectable for tests. */
  fetch: typeof fetch;
}

export function localDomainId(projectId: string): string {
  return createHash('sha256').update(`fg-local-domain:${projectId}`).digest('hex').slice(0, 32);
}

export function createLocalDeps(
  settings: LocalSettings,
  options: { now?: () => Date; log?: (line: string) => void; fetch?: typeof fetch } = {},
): LocalDeps {
  const db = openDatabase(settings.dataDir);
  const blobs = createBlobStore(settings.dataDir);
  const now = options.now ?? (() => new Date());
  const domainId = localDomainId(settings.projectId);
  const hooks: LocalHooks = {
    functionDeleted: new Set(),
    functionChanged: new Set(),
    aliasDeleteGuards: new Set(),
    updateGuards: new Set(),
  };
  const functions = createFunctionStore({
    db,
    blobs,
    now,
    hooks,
    identity: { region: settings.region, projectId: settings.projectId, domainId },
  });
  return {
    db,
    settings,
    blobs,
    functions,
    now,
    hooks,
    domainId,
    log:
      options.log ??
      ((line) => {
        console.error(line);
      }),
    fetch: options.fetch ?? fetch,
  };
}
