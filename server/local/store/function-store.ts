/**
 * Functions and their versions in SQLite (seed 7.6, 7.7.6/7.7.7). `latest` is the editable head; published
 * versions are immutable snapshots of its code and config. Every mutation is one transaction.
 *
 * @example
 * const { func, version } = requireFunction(deps, 'default:hello'); // 404 FSS.1051 when unknown
 * const code = deps.functions.codeConfig(`${pid}:default:hello:!prod`); // what the runtime needs
 */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../../shared/errors';
import { parseFunctionUrn } from '../../shared/urn';
import type { FunctionIdentity, ParsedFunctionUrn } from '../../shared/urn';
import type { FunctionChangedEvent, FunctionDeletedEvent, LocalHooks } from '../deps';
import type { BlobStore } from './blobs';
import type { Db } from './db';
import { runMigrations } from './db';
import { FUNCTIONS_MIGRATIONS, FUNCTIONS_MODULE } from './function-schema';
import type { AliasRow, FunctionRow, VersionRow } from './function-schema';
import type { FunctionConfig, PendingCode, ResolvedFunction } from './function-types';

export type { FunctionCodeConfig } from './code-config';
export type { ResolvedFunction } from './function-types';
import { toCodeConfig } from './code-config';
import type { FunctionCodeConfig } from './code-config';
import { formatTimestamp, imageName } from './stamps';
import { createVersionOps } from './version-ops';
import type { VersionOps } from './version-ops';

export interface StoreIdentity {
  region: string;
  projectId: string;
  domainId: string;
}

export interface FunctionStoreOptions {
  db: Db;
  blobs: BlobStore;
  now: () => Date;
  hooks: LocalHooks;
  identity: StoreIdentity;
}

export const MAX_FUNCTIONS = 400;

export type FunctionStore = ReturnType<typeof createFunctionStore>;

export function createFunctionStore(options: FunctionStoreOptions) {
  const { db, blobs, now, hooks, identity } = options;
  runMigrations(db, FUNCTIONS_MODULE, FUNCTIONS_MIGRATIONS);

  const q = {
    byName: db.prepare('SELECT * FROM functions WHERE package = ? AND name = ?'),
    byId: db.prepare('SELECT * FROM functions WHERE id = ?'),
    version: db.prepare('SELECT * FROM function_versions WHERE function_id = ? AND version = ?'),
    alias: db.prepare('SELECT * FROM function_aliases WHERE function_id = ? AND name = ?'),
    insertFunction: db.prepare(
      'INSERT INTO functions (id, package, name, created_at, pinned) VALUES (@id, @package, @name, @created_at, 0)',
    ),
    insertVersion:
      db.prepare(`INSERT INTO function_versions (function_id, version, config, code_type, code_url,
      code_filename, code_digest, code_size, version_description, image_name, last_modified, created_at)
      VALUES (@function_id, @version, @config, @code_type, @code_url, @code_filename, @code_digest, @code_size,
      @version_description, @image_name, @last_modified, @created_at)`),
    updateConfig: db.prepare(`UPDATE function_versions SET config = ?, image_name = ?, last_modified = ?
      WHERE function_id = ? AND version = ?`),
    updateCode:
      db.prepare(`UPDATE function_versions SET config = ?, code_type = ?, code_url = ?, code_filename = ?,
      code_digest = ?, code_size = ?, image_name = ?, last_modified = ? WHERE function_id = ? AND version = 'latest'`),
    pin: db.prepare('UPDATE functions SET pinned = ? WHERE id = ?'),
    deleteFunction: db.prepare('DELETE FROM functions WHERE id = ?'),
  };

  const functionIdentity = (func: FunctionRow): FunctionIdentity => ({
    region: identity.region,
    projectId: identity.projectId,
    package: func.package,
    name: func.name,
  });

  const emitChanged = (func: FunctionRow, version: string, what: FunctionChangedEvent['what']) => {
    for (const listener of hooks.functionChanged)
      listener({ functionId: func.id, package: func.package, name: func.name, version, what });
  };
  const emitDeleted = (func: FunctionRow, version?: string) => {
    const event: FunctionDeletedEvent = { functionId: func.id, package: func.package, name: func.name };
    if (version !== undefined) event.version = version;
    for (const listener of hooks.functionDeleted) listener(event);
  };

  const getVersion = (functionId: string, version: string) =>
    q.version.get(functionId, version) as VersionRow | undefined;
  const getAlias = (functionId: string, name: string) =>
    q.alias.get(functionId, name) as AliasRow | undefined;

  /** seed 9.2 FSS.1041: at most 400 functions per tenant. */
  function checkFunctionLimit(): void {
    const n = (db.prepare('SELECT COUNT(*) AS n FROM functions').get() as { n: number }).n;
    if (n >= MAX_FUNCTIONS)
      throw new HttpError(
        403,
        'FSS.1041',
        `The number of functions exceeds the maximum allowed limit (${String(MAX_FUNCTIONS)}).`,
      );
  }

  function find(pkg: string, name: string): FunctionRow | undefined {
    return q.byName.get(pkg, name) as FunctionRow | undefined;
  }

  function parse(urn: string): ParsedFunctionUrn {
    const parsed = parseFunctionUrn(urn, { projectId: identity.projectId });
    if (parsed.projectId !== identity.projectId)
      throw new HttpError(
        400,
        'FSS.1309',
        `Invalid function URN: project ${parsed.projectId} is not this project.`,
      );
    return parsed;
  }

  /** Resolves a URN (any seed form) to the function and the version it designates; 404 FSS.1051/1052/1053. */
  function resolve(urn: string): ResolvedFunction {
    const parsed = parse(urn);
    const func = find(parsed.package, parsed.name);
    if (!func)
      throw new HttpError(404, 'FSS.1051', `The function does not exist: ${parsed.package}:${parsed.name}`);
    const qualifier = parsed.qualifier ?? 'latest';
    if (qualifier.startsWith('!')) {
      const alias = getAlias(func.id, qualifier.slice(1));
      if (!alias) throw new HttpError(404, 'FSS.1053', `The alias does not exist: ${qualifier.slice(1)}`);
      return { func, version: getVersion(func.id, alias.version) as VersionRow, alias, urn: parsed };
    }
    const version = getVersion(func.id, qualifier);
    if (version) return { func, version, urn: parsed };
    // api-digest §3: a bare qualifier that is no version may be an alias.
    const alias = getAlias(func.id, qualifier);
    if (alias) return { func, version: getVersion(func.id, alias.version) as VersionRow, alias, urn: parsed };
    throw new HttpError(404, 'FSS.1052', `The version does not exist: ${qualifier}`);
  }

  function createFunction(input: {
    package: string;
    name: string;
    config: FunctionConfig;
    code: PendingCode;
  }) {
    const at = now();
    const func: FunctionRow = {
      id: randomUUID(),
      package: input.package,
      name: input.name,
      created_at: at.toISOString(),
      pinned: 0,
    };
    const version: VersionRow = {
      function_id: func.id,
      version: 'latest',
      config: JSON.stringify(input.config),
      code_type: input.code.codeType,
      code_url: input.code.codeUrl,
      code_filename: input.code.codeFilename,
      code_digest: input.code.digest,
      code_size: input.code.size,
      version_description: '',
      image_name: imageName('latest', at),
      last_modified: formatTimestamp(at),
      created_at: at.toISOString(),
    };
    db.transaction(() => {
      if (find(input.package, input.name))
        throw new HttpError(409, 'FSS.1061', `The function already exists: ${input.package}:${input.name}`);
      checkFunctionLimit();
      if (input.code.bytes) blobs.putBlob(input.code.bytes);
      q.insertFunction.run(func);
      q.insertVersion.run(version);
    })();
    emitChanged(func, 'latest', 'created');
    return { func, version };
  }

  function updateConfig(func: FunctionRow, config: FunctionConfig, versionName = 'latest'): VersionRow {
    const at = now();
    db.transaction(() => {
      q.updateConfig.run(
        JSON.stringify(config),
        imageName(versionName, at),
        formatTimestamp(at),
        func.id,
        versionName,
      );
    })();
    emitChanged(func, versionName, 'config');
    return getVersion(func.id, versionName) as VersionRow;
  }

  function updateCode(func: FunctionRow, code: PendingCode, config: FunctionConfig): VersionRow {
    const at = now();
    db.transaction(() => {
      if (code.bytes) blobs.putBlob(code.bytes);
      q.updateCode.run(
        JSON.stringify(config),
        code.codeType,
        code.codeUrl,
        code.codeFilename,
        code.digest,
        code.size,
        imageName('latest', at),
        formatTimestamp(at),
        func.id,
      );
    })();
    emitChanged(func, 'latest', 'code');
    return getVersion(func.id, 'latest') as VersionRow;
  }

  function setPinned(func: FunctionRow, pinned: boolean): void {
    q.pin.run(pinned ? 1 : 0, func.id);
  }

  function deleteFunction(func: FunctionRow): void {
    db.transaction(() => q.deleteFunction.run(func.id))();
    emitDeleted(func);
  }

  function listFunctions(filter: { offset: number; limit: number; packageName?: string; funcName?: string }) {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: filter.limit, offset: filter.offset };
    if (filter.packageName !== undefined) {
      where.push('f.package = @pkg');
      params.pkg = filter.packageName;
    }
    if (filter.funcName !== undefined) {
      // Fuzzy name filter as the console's search box expects; `instr` keeps `_`/`%` literal.
      where.push('instr(lower(f.name), lower(@name)) > 0');
      params.name = filter.funcName;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const count = (db.prepare(`SELECT COUNT(*) AS n FROM functions f ${clause}`).get(params) as { n: number })
      .n;
    const rows = db
      .prepare(
        `SELECT f.* FROM functions f ${clause} ORDER BY f.pinned DESC, f.created_at DESC, f.rowid DESC
         LIMIT @limit OFFSET @offset`,
      )
      .all(params) as FunctionRow[];
    return {
      count,
      items: rows.map((func) => ({ func, version: getVersion(func.id, 'latest') as VersionRow })),
    };
  }

  /** The seed config of a version, parsed. */
  const configOf = (version: VersionRow): FunctionConfig => JSON.parse(version.config) as FunctionConfig;

  /** The runtime's view of the version a URN designates (store/code-config.ts). */
  function codeConfig(urn: string): FunctionCodeConfig {
    return toCodeConfig(resolve(urn));
  }

  const base = {
    db,
    blobs,
    identity,
    now,
    find,
    byId: (id: string) => q.byId.get(id) as FunctionRow | undefined,
    parse,
    resolve,
    getVersion,
    getAlias,
    configOf,
    functionIdentity,
    createFunction,
    updateConfig,
    updateCode,
    setPinned,
    deleteFunction,
    listFunctions,
    codeConfig,
    emitChanged,
    emitDeleted,
  };
  const versions: VersionOps = createVersionOps(base);
  return { ...base, ...versions };
}

export type FunctionStoreBase = Omit<FunctionStore, keyof VersionOps>;

/**
 * The function (and version) a URN designates, for every route group. Throws 404 FSS.1051 for an unknown
 * function, FSS.1052/FSS.1053 for an unknown version/alias, 400 FSS.1309 for a malformed URN.
 */
export function requireFunction(deps: { functions: FunctionStore }, urn: string): ResolvedFunction {
  return deps.functions.resolve(urn);
}
