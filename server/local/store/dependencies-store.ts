/**
 * Dependencies and their versions (seed 7.3, module `dependencies`). A dependency (`dep_id`) has numbered
 * versions (`id` = version id, `version` = 1, 2, …); zip contents are content-addressed blobs, so the runtime
 * finds a function's `depend_version_list` entries with `versionById(id)` and reads `blobs.blobPath(digest)`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import type { DependencyRequest } from '../dependencies/dependency-request';
import { runMigrations } from './db';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE dependencies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );
  CREATE TABLE dependency_versions (
    id TEXT PRIMARY KEY,
    dep_id TEXT NOT NULL REFERENCES dependencies(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    runtime TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    depend_type TEXT NOT NULL,
    link TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    digest TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL,
    size INTEGER NOT NULL,
    last_modified INTEGER NOT NULL,
    UNIQUE (dep_id, version)
  );`,
];

export interface DependencyVersion {
  id: string;
  dep_id: string;
  name: string;
  version: number;
  runtime: string;
  description: string;
  depend_type: string;
  /** OBS link for `obs` dependencies; empty for zip uploads. */
  link: string;
  file_name: string;
  /** SHA-512 of the zip in the blob store ('' for link-only obs dependencies). */
  digest: string;
  /** MD5 hex of the zip (seed `etag`). */
  etag: string;
  size: number;
  /** Epoch seconds. */
  last_modified: number;
}

const SELECT = `SELECT v.*, d.name AS name FROM dependency_versions v JOIN dependencies d ON d.id = v.dep_id`;

export type DependencyStore = ReturnType<typeof createDependencyStore>;

export function createDependencyStore(deps: Pick<LocalDeps, 'db' | 'now' | 'blobs'>) {
  const { db, blobs } = deps;
  runMigrations(db, 'dependencies', MIGRATIONS);
  const q = {
    depByName: db.prepare('SELECT id FROM dependencies WHERE name = ?'),
    depById: db.prepare('SELECT id FROM dependencies WHERE id = ?'),
    insertDep: db.prepare('INSERT INTO dependencies (id, name, created_at) VALUES (?, ?, ?)'),
    deleteDep: db.prepare('DELETE FROM dependencies WHERE id = ?'),
    maxVersion: db.prepare('SELECT COALESCE(MAX(version), 0) AS n FROM dependency_versions WHERE dep_id = ?'),
    insertVersion:
      db.prepare(`INSERT INTO dependency_versions (id, dep_id, version, runtime, description, depend_type,
      link, file_name, digest, etag, size, last_modified) VALUES (@id, @dep_id, @version, @runtime, @description,
      @depend_type, @link, @file_name, @digest, @etag, @size, @last_modified)`),
    replaceVersion: db.prepare(`UPDATE dependency_versions SET runtime = @runtime, description = @description,
      depend_type = @depend_type, link = @link, file_name = @file_name, digest = @digest, etag = @etag, size = @size,
      last_modified = @last_modified WHERE id = @id`),
    versions: db.prepare(`${SELECT} WHERE v.dep_id = ? ORDER BY v.version`),
    version: db.prepare(`${SELECT} WHERE v.dep_id = ? AND v.version = ?`),
    versionById: db.prepare(`${SELECT} WHERE v.id = ?`),
    latestPerDependency: db.prepare(
      `${SELECT} WHERE v.version = (SELECT MAX(version) FROM dependency_versions w WHERE w.dep_id = v.dep_id) ORDER BY d.created_at, d.rowid`,
    ),
    deleteVersion: db.prepare('DELETE FROM dependency_versions WHERE id = ?'),
    configsUsing: db.prepare('SELECT config FROM function_versions WHERE instr(config, ?) > 0'),
  };

  function content(request: DependencyRequest) {
    if (request.depend_type === 'zip' && request.depend_file) {
      const bytes = Buffer.from(request.depend_file, 'base64');
      const blob = blobs.putBlob(bytes);
      return {
        link: '',
        digest: blob.digest,
        etag: createHash('md5').update(bytes).digest('hex'),
        size: blob.size,
        file_name: `${request.name}.zip`,
      };
    }
    const link = request.depend_link ?? '';
    return {
      link,
      digest: '',
      etag: createHash('md5').update(link).digest('hex'),
      size: 0,
      file_name: decodeURIComponent(new URL(link).pathname.split('/').pop() ?? '') || `${request.name}.zip`,
    };
  }

  function requireDependency(depId: string): void {
    if (!q.depById.get(depId))
      throw new HttpError(404, 'FSS.1056', `The dependency does not exist: ${depId.slice(0, 64)}`);
  }

  /** Function versions whose `depend_version_list` contains the dependency version. */
  function usedBy(versionId: string): number {
    return (q.configsUsing.all(versionId) as { config: string }[]).filter((row) => {
      const list = (JSON.parse(row.config) as { depend_version_list?: unknown }).depend_version_list;
      return Array.isArray(list) && list.includes(versionId);
    }).length;
  }

  /** Seed 7.3.3: a new version of the dependency named `request.name` (created on first use). */
  function createVersion(
    request: DependencyRequest,
    options: { mustBeNew?: boolean } = {},
  ): DependencyVersion {
    const id = randomUUID();
    db.transaction(() => {
      let depId = (q.depByName.get(request.name) as { id: string } | undefined)?.id;
      if (depId && options.mustBeNew)
        throw new HttpError(409, 'FSS.1065', `The dependency already exists: ${request.name}`);
      // Stored only once the request is known to succeed (a refused request leaves no blob behind).
      const data = content(request);
      if (!depId) {
        depId = randomUUID();
        q.insertDep.run(depId, request.name, deps.now().toISOString());
      }
      q.insertVersion.run({
        id,
        dep_id: depId,
        version: (q.maxVersion.get(depId) as { n: number }).n + 1,
        runtime: request.runtime,
        description: request.description ?? '',
        depend_type: request.depend_type,
        ...data,
        last_modified: Math.floor(deps.now().getTime() / 1000),
      });
    })();
    return q.versionById.get(id) as DependencyVersion;
  }

  function versionsOf(depId: string): DependencyVersion[] {
    requireDependency(depId);
    return q.versions.all(depId) as DependencyVersion[];
  }

  function getVersion(depId: string, version: string): DependencyVersion {
    requireDependency(depId);
    const row = /^\d{1,9}$/.test(version)
      ? (q.version.get(depId, Number(version)) as DependencyVersion | undefined)
      : undefined;
    if (!row)
      throw new HttpError(404, 'FSS.1056', `The dependency version does not exist: ${version.slice(0, 64)}`);
    return row;
  }

  function deleteVersion(depId: string, version: string): void {
    const row = getVersion(depId, version);
    const users = usedBy(row.id);
    if (users > 0)
      throw new HttpError(
        412,
        'FSS.1440',
        `Specified dependency version is used by ${String(users)} functions, please delete the function or the relation at first.`,
      );
    db.transaction(() => {
      q.deleteVersion.run(row.id);
      if ((q.maxVersion.get(depId) as { n: number }).n === 0) q.deleteDep.run(depId);
    })();
  }

  /** Deprecated single-version API (7.3.7, 7.3.9): refused once the dependency has several versions (FSS.1441). */
  function singleVersion(depId: string): DependencyVersion {
    const versions = versionsOf(depId);
    const [only] = versions;
    if (!only || versions.length > 1)
      throw new HttpError(400, 'FSS.1441', 'The dependency has versions, can not update or delete.');
    return only;
  }

  function deleteDependency(depId: string): void {
    const only = singleVersion(depId);
    if (usedBy(only.id) > 0) throw new HttpError(412, 'FSS.1033', 'The dependency is currently in use.');
    q.deleteDep.run(depId);
  }

  function updateDependency(depId: string, request: DependencyRequest): DependencyVersion {
    const only = singleVersion(depId);
    if (request.name !== only.name)
      throw new HttpError(400, 'FSS.1024', 'Invalid dependency. The name of a dependency cannot be changed.');
    q.replaceVersion.run({
      id: only.id,
      runtime: request.runtime,
      description: request.description ?? '',
      depend_type: request.depend_type,
      ...content(request),
      last_modified: Math.floor(deps.now().getTime() / 1000),
    });
    return q.versionById.get(only.id) as DependencyVersion;
  }

  return {
    createVersion,
    versionsOf,
    getVersion,
    deleteVersion,
    deleteDependency,
    updateDependency,
    latestPerDependency: () => q.latestPerDependency.all() as DependencyVersion[],
    /** For the runtime: a function's `depend_version_list` entry. */
    versionById: (id: string) => q.versionById.get(id) as DependencyVersion | undefined,
    usedBy,
  };
}

const stores = new WeakMap<object, DependencyStore>();

export function dependencyStoreFor(deps: Pick<LocalDeps, 'db' | 'now' | 'blobs'>): DependencyStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createDependencyStore(deps);
    stores.set(deps.db, store);
  }
  return store;
}
