/**
 * Code packages are content-addressed blobs shared by every version (and dependency) with the same bytes, so a
 * delete cannot remove its blob on the spot. The sweeper removes the blobs that no function version and no
 * dependency version names any more: shortly after a function is deleted, once after start (a crash between a
 * blob write and its row leaves an orphan) and every hour. A blob younger than `minAgeMs` is left alone: a
 * package is written just before the row that names it.
 */
import fs from 'node:fs';
import type { LocalDeps } from '../deps';
import type { Db } from './db';
import type { BlobStore } from './blobs';

export interface SweepResult {
  removed: string[];
  kept: number;
}

function referencedDigests(db: Db): Set<string> {
  const tables = new Set(
    (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const queries = [
    tables.has('function_versions') ? 'SELECT code_digest AS d FROM function_versions' : undefined,
    tables.has('dependency_versions') ? 'SELECT digest AS d FROM dependency_versions' : undefined,
  ].filter((q): q is string => q !== undefined);
  if (queries.length === 0) return new Set();
  const rows = db.prepare(queries.join(' UNION ')).all() as { d: string }[];
  return new Set(rows.map((r) => r.d));
}

/** Removes unreferenced blobs older than `minAgeMs`. */
export function sweepBlobs(db: Db, blobs: BlobStore, minAgeMs: number, now = Date.now()): SweepResult {
  const referenced = referencedDigests(db);
  const removed: string[] = [];
  let kept = 0;
  for (const digest of blobs.listBlobs()) {
    if (referenced.has(digest)) {
      kept++;
      continue;
    }
    let mtime: number;
    try {
      mtime = fs.statSync(blobs.blobPath(digest)).mtimeMs;
    } catch {
      continue; // gone meanwhile
    }
    if (now - mtime < minAgeMs) {
      kept++;
      continue;
    }
    blobs.deleteBlob(digest);
    removed.push(digest);
  }
  return { removed, kept };
}

export interface BlobSweeperOptions {
  minAgeMs?: number;
  /** Delay after a function delete (several deletes in a row make one sweep). */
  afterDeleteMs?: number;
  afterStartMs?: number;
  everyMs?: number;
}

/** Schedules sweeps for a running local FunctionGraph; returns a function that stops them. */
export function startBlobSweeper(deps: LocalDeps, options: BlobSweeperOptions = {}): () => void {
  const minAgeMs = options.minAgeMs ?? 60_000;
  const sweep = () => {
    try {
      const { removed } = sweepBlobs(deps.db, deps.blobs, minAgeMs);
      if (removed.length > 0) deps.log(`code packages: removed ${String(removed.length)} no longer used`);
    } catch (error) {
      deps.log(`code packages: sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  let soon: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    clearTimeout(soon);
    soon = setTimeout(sweep, ms);
    soon.unref();
  };
  const onDelete = () => {
    schedule(options.afterDeleteMs ?? 1000);
  };
  deps.hooks.functionDeleted.add(onDelete);
  schedule(options.afterStartMs ?? 10_000);
  const hourly = setInterval(sweep, options.everyMs ?? 3_600_000);
  hourly.unref();
  return () => {
    deps.hooks.functionDeleted.delete(onDelete);
    clearTimeout(soon);
    clearInterval(hourly);
  };
}
