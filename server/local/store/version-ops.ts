/**
 * Versions (seed 7.7.6/7.7.7, delete 7.6.3), aliases (7.7.1–7.7.5) and tags (7.6.9, 7.6.13–7.6.16) of functions.
 * Business rules that need the database (uniqueness, "nothing changed", alias references) are enforced here,
 * inside the same transaction as the write.
 */
import { HttpError } from '../../shared/errors';
import type { FunctionChangedEvent } from '../deps';
import type { Db } from './db';
import type { AliasRow, FunctionRow, VersionRow } from './function-schema';
import type { AliasInput } from './function-types';
import { formatTimestamp, imageName } from './stamps';

interface VersionOpsDeps {
  db: Db;
  now: () => Date;
  getVersion: (functionId: string, version: string) => VersionRow | undefined;
  getAlias: (functionId: string, name: string) => AliasRow | undefined;
  emitChanged: (func: FunctionRow, version: string, what: FunctionChangedEvent['what']) => void;
  emitDeleted: (func: FunctionRow, version?: string) => void;
}

export type VersionOps = ReturnType<typeof createVersionOps>;

const pad = (n: number) => String(n).padStart(2, '0');

/** `vYYYYMMDD-HHMMSS` (api-digest §2.3), UTC. */
export function autoVersionName(date: Date): string {
  return (
    `v${String(date.getUTCFullYear())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

function sameContent(a: VersionRow, b: VersionRow): boolean {
  return (
    a.config === b.config &&
    a.code_digest === b.code_digest &&
    a.code_type === b.code_type &&
    a.code_url === b.code_url &&
    a.code_filename === b.code_filename
  );
}

export interface TagItem {
  key: string;
  value: string;
}

export function createVersionOps(deps: VersionOpsDeps) {
  const { db, now, getVersion, getAlias } = deps;
  const q = {
    latestPublished: db.prepare(
      "SELECT * FROM function_versions WHERE function_id = ? AND version <> 'latest' ORDER BY created_at DESC, rowid DESC LIMIT 1",
    ),
    insertVersion:
      db.prepare(`INSERT INTO function_versions (function_id, version, config, code_type, code_url,
      code_filename, code_digest, code_size, version_description, image_name, last_modified, created_at)
      VALUES (@function_id, @version, @config, @code_type, @code_url, @code_filename, @code_digest, @code_size,
      @version_description, @image_name, @last_modified, @created_at)`),
    countVersions: db.prepare('SELECT COUNT(*) AS n FROM function_versions WHERE function_id = ?'),
    listVersions: db.prepare(
      `SELECT * FROM function_versions WHERE function_id = ?
       ORDER BY CASE version WHEN 'latest' THEN 0 ELSE 1 END, created_at DESC, rowid DESC LIMIT ? OFFSET ?`,
    ),
    deleteVersion: db.prepare('DELETE FROM function_versions WHERE function_id = ? AND version = ?'),
    aliases: db.prepare('SELECT * FROM function_aliases WHERE function_id = ? ORDER BY created_at, rowid'),
    insertAlias: db.prepare(`INSERT INTO function_aliases (function_id, name, version, description,
      additional_version_weights, additional_version_strategy, last_modified, created_at)
      VALUES (@function_id, @name, @version, @description, @additional_version_weights,
      @additional_version_strategy, @last_modified, @created_at)`),
    updateAlias: db.prepare(`UPDATE function_aliases SET version = @version, description = @description,
      additional_version_weights = @additional_version_weights,
      additional_version_strategy = @additional_version_strategy, last_modified = @last_modified
      WHERE function_id = @function_id AND name = @name`),
    deleteAlias: db.prepare('DELETE FROM function_aliases WHERE function_id = ? AND name = ?'),
    tags: db.prepare('SELECT key, value FROM function_tags WHERE function_id = ? ORDER BY key'),
    allTags: db.prepare('SELECT key, value FROM function_tags ORDER BY key, value'),
    upsertTag: db.prepare(
      'INSERT INTO function_tags (function_id, key, value) VALUES (?, ?, ?) ON CONFLICT(function_id, key) DO UPDATE SET value = excluded.value',
    ),
    deleteTag: db.prepare('DELETE FROM function_tags WHERE function_id = ? AND key = ?'),
    countTags: db.prepare('SELECT COUNT(*) AS n FROM function_tags WHERE function_id = ?'),
  };

  function publishVersion(
    func: FunctionRow,
    request: { version?: string; description?: string; digest?: string },
  ): VersionRow {
    const at = now();
    const name = request.version ?? autoVersionName(at);
    let created: VersionRow | undefined;
    db.transaction(() => {
      const latest = getVersion(func.id, 'latest') as VersionRow;
      if (request.digest && request.digest !== latest.code_digest)
        throw new HttpError(400, 'FSS.0400', 'Invalid parameter. digest does not match the code of latest.');
      if (getVersion(func.id, name))
        throw new HttpError(409, 'FSS.1062', `The version already exists: ${name}`);
      const previous = q.latestPublished.get(func.id) as VersionRow | undefined;
      if (previous && sameContent(previous, latest))
        throw new HttpError(
          400,
          'FSS.1016',
          `The function cannot be published because no changes have been made since last publication (${previous.version}).`,
        );
      created = {
        ...latest,
        version: name,
        version_description: request.description ?? '',
        image_name: imageName(name, at),
        last_modified: formatTimestamp(at),
        created_at: at.toISOString(),
      };
      q.insertVersion.run(created);
    })();
    deps.emitChanged(func, name, 'published');
    return created as VersionRow;
  }

  function listVersions(func: FunctionRow, offset: number, limit: number) {
    const count = (q.countVersions.get(func.id) as { n: number }).n;
    return { count, items: q.listVersions.all(func.id, limit, offset) as VersionRow[] };
  }

  const aliasesOf = (functionId: string) => q.aliases.all(functionId) as AliasRow[];

  /**
   * seed 7.6.3: deleting a version also deletes aliases pointing to it (each reported as a `!alias` deletion);
   * a canary target cannot go (FSS.1094).
   */
  function deleteVersion(func: FunctionRow, version: string): void {
    if (version === 'latest')
      throw new HttpError(
        400,
        'FSS.1015',
        'Invalid function version. The latest version cannot be deleted on its own.',
      );
    let cascaded: string[] = [];
    db.transaction(() => {
      const users = aliasesOf(func.id).filter((a) =>
        Object.keys(JSON.parse(a.additional_version_weights ?? '{}') as object)
          .concat(Object.keys(JSON.parse(a.additional_version_strategy ?? '{}') as object))
          .includes(version),
      );
      if (users.length > 0)
        throw new HttpError(
          403,
          'FSS.1094',
          `The version cannot be deleted when it is used as the additional version of an alias (${users.map((a) => a.name).join(', ')}).`,
        );
      cascaded = aliasesOf(func.id)
        .filter((a) => a.version === version)
        .map((a) => a.name);
      q.deleteVersion.run(func.id, version);
    })();
    deps.emitDeleted(func, version);
    for (const alias of cascaded) deps.emitDeleted(func, `!${alias}`);
  }

  function aliasRow(func: FunctionRow, input: AliasInput, createdAt: string, lastModified: string): AliasRow {
    return {
      function_id: func.id,
      name: input.name,
      version: input.version,
      description: input.description ?? '',
      additional_version_weights: input.additional_version_weights
        ? JSON.stringify(input.additional_version_weights)
        : null,
      additional_version_strategy: input.additional_version_strategy
        ? JSON.stringify(input.additional_version_strategy)
        : null,
      last_modified: lastModified,
      created_at: createdAt,
    };
  }

  /**
   * Version references of an alias must exist (FSS.1052 main, FSS.1091 additional), and a version is the main
   * version of one alias at most (409 FSS.1066; Huawei's user guide: "Only one alias can be created for each
   * version").
   */
  function checkAliasVersions(func: FunctionRow, input: AliasInput): void {
    if (!getVersion(func.id, input.version))
      throw new HttpError(404, 'FSS.1052', `The version does not exist: ${input.version}`);
    const holder = aliasesOf(func.id).find((a) => a.name !== input.name && a.version === input.version);
    if (holder)
      throw new HttpError(
        409,
        'FSS.1066',
        `The version is already in use by another alias: version ${input.version} is the version of alias ${holder.name}.`,
      );
    const extra = [
      ...Object.keys(input.additional_version_weights ?? {}),
      ...Object.keys(input.additional_version_strategy ?? {}),
    ];
    for (const v of extra)
      if (!getVersion(func.id, v))
        throw new HttpError(
          400,
          'FSS.1091',
          `The additional version is invalid. Version ${v} does not exist.`,
        );
  }

  function createAlias(func: FunctionRow, input: AliasInput, stamp: string, aliasLimit: number): AliasRow {
    const row = aliasRow(func, input, now().toISOString(), stamp);
    db.transaction(() => {
      if (getAlias(func.id, input.name))
        throw new HttpError(409, 'FSS.1063', `The alias already exists: ${input.name}`);
      if (aliasesOf(func.id).length >= aliasLimit)
        throw new HttpError(
          403,
          'FSS.1043',
          `The number of aliases exceeds the maximum allowed limit (${String(aliasLimit)}).`,
        );
      checkAliasVersions(func, input);
      q.insertAlias.run(row);
    })();
    deps.emitChanged(func, `!${input.name}`, 'alias');
    return row;
  }

  function updateAlias(func: FunctionRow, input: AliasInput, stamp: string): AliasRow {
    let row: AliasRow | undefined;
    db.transaction(() => {
      const existing = getAlias(func.id, input.name);
      if (!existing) throw new HttpError(404, 'FSS.1053', `The alias does not exist: ${input.name}`);
      checkAliasVersions(func, input);
      row = aliasRow(func, input, existing.created_at, stamp);
      q.updateAlias.run(row);
    })();
    deps.emitChanged(func, `!${input.name}`, 'alias');
    return row as AliasRow;
  }

  function deleteAlias(func: FunctionRow, name: string): void {
    db.transaction(() => {
      if (!getAlias(func.id, name)) throw new HttpError(404, 'FSS.1053', `The alias does not exist: ${name}`);
      q.deleteAlias.run(func.id, name);
    })();
    deps.emitDeleted(func, `!${name}`);
  }

  function setTags(func: FunctionRow, tags: TagItem[], limit: number): void {
    db.transaction(() => {
      for (const tag of tags) q.upsertTag.run(func.id, tag.key, tag.value);
      const n = (q.countTags.get(func.id) as { n: number }).n;
      if (n > limit)
        throw new HttpError(
          400,
          'FSS.0400',
          `Invalid parameter. A function has at most ${String(limit)} tags.`,
        );
    })();
  }

  function deleteTags(func: FunctionRow, keys: string[]): void {
    db.transaction(() => {
      for (const key of keys) q.deleteTag.run(func.id, key);
    })();
  }

  return {
    publishVersion,
    listVersions,
    deleteVersion,
    aliasesOf,
    createAlias,
    updateAlias,
    deleteAlias,
    tagsOf: (functionId: string) => q.tags.all(functionId) as TagItem[],
    allTags: () => q.allTags.all() as TagItem[],
    setTags,
    deleteTags,
  };
}
