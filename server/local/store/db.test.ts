import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlobStore, sha512Hex } from './blobs';
import { dumpTables, openDatabase, runMigrations } from './db';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});

describe('runMigrations', () => {
  it('applies each module version once, independently per module, across reopen', () => {
    const dir = tempDir();
    let db = openDatabase(dir);
    runMigrations(db, 'a', ['CREATE TABLE a1 (x INTEGER)']);
    runMigrations(db, 'b', ['CREATE TABLE b1 (x INTEGER)', 'ALTER TABLE b1 ADD COLUMN y TEXT']);
    db.close();
    db = openDatabase(dir);
    runMigrations(db, 'a', ['CREATE TABLE a1 (x INTEGER)', 'CREATE TABLE a2 (x INTEGER)']);
    runMigrations(db, 'b', ['CREATE TABLE b1 (x INTEGER)', 'ALTER TABLE b1 ADD COLUMN y TEXT']);
    const rows = db.prepare('SELECT module, version FROM schema_migrations ORDER BY module, version').all();
    expect(rows).toEqual([
      { module: 'a', version: 1 },
      { module: 'a', version: 2 },
      { module: 'b', version: 1 },
      { module: 'b', version: 2 },
    ]);
    expect(Object.keys(dumpTables(db)).sort()).toEqual(['a1', 'a2', 'b1', 'schema_migrations']);
    db.close();
  });

  it('rolls a failing migration back entirely', () => {
    const db = openDatabase(tempDir());
    expect(() => runMigrations(db, 'c', ['CREATE TABLE c1 (x INTEGER); CREATE TABLE broken ('])).toThrow();
    expect(dumpTables(db).c1).toBeUndefined();
    expect(db.prepare("SELECT COUNT(*) AS n FROM schema_migrations WHERE module = 'c'").get()).toEqual({
      n: 0,
    });
    db.close();
  });
});

describe('blob store', () => {
  it('stores content-addressed by SHA-512 and reads it back', () => {
    const blobs = createBlobStore(tempDir());
    const bytes = new TextEncoder().encode('hello');
    const ref = blobs.putBlob(bytes);
    expect(ref).toEqual({ digest: sha512Hex(bytes), size: 5 });
    expect(ref.digest).toBe(
      '9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043',
    );
    expect(blobs.readBlob(ref.digest).toString()).toBe('hello');
    expect(blobs.putBlob(bytes)).toEqual(ref);
    expect(blobs.listBlobs()).toEqual([ref.digest]);
    expect(fs.readdirSync(path.dirname(blobs.blobPath(ref.digest)))).toEqual([ref.digest]);
  });

  it('refuses paths that are not digests', () => {
    const blobs = createBlobStore(tempDir());
    expect(() => blobs.blobPath('../../etc/passwd')).toThrow(/SHA-512/);
    expect(blobs.hasBlob('nope')).toBe(false);
  });
});
