import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import type { Db } from './db';
import { workerSqlWriter } from './sql-writer';

let dir = '';
let db: Db | undefined;

afterEach(() => {
  db?.close();
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function setup() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-writer-'));
  db = openDatabase(dir, 'telemetry.sqlite');
  db.exec('CREATE TABLE t (n INTEGER NOT NULL, label TEXT NOT NULL)');
  return db;
}

const count = (d: Db) => (d.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;

describe('the worker SQL writer', () => {
  it('commits every submitted row on its own thread; sync() returns once they are visible to this connection', async () => {
    const d = setup();
    const lines: string[] = [];
    const writer = workerSqlWriter(d.name, d, (line) => lines.push(line));
    for (let batch = 0; batch < 50; batch++) {
      const rows = Array.from({ length: 200 }, (_, i) => [batch * 200 + i, `row ${String(i)}`]);
      writer.submit([{ sql: 'INSERT INTO t VALUES (?, ?)', rows }]);
    }
    writer.submit([{ sql: 'INSERT INTO t VALUES (@n, @label)', rows: [{ n: -1, label: 'named' }] }]);
    writer.sync();
    expect(count(d)).toBe(10_001);
    const ns = d.prepare('SELECT n FROM t WHERE n >= 0 ORDER BY rowid').all() as { n: number }[];
    expect(ns.map((r) => r.n)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    await writer.close();
    expect(lines).toEqual([]);
  });

  it('makes submit() wait once too many batches are uncommitted, so a slow writer cannot queue without bound', async () => {
    const d = setup();
    const writer = workerSqlWriter(d.name, d, () => undefined, { maxPending: 0 });
    const rows = Array.from({ length: 20_000 }, (_, i) => [i, `row ${String(i)}`]);
    writer.submit([{ sql: 'INSERT INTO t VALUES (?, ?)', rows }]);
    // No sync(): with nothing allowed pending, submit() itself returned only after the commit.
    expect(count(d)).toBe(20_000);
    await writer.close();
  });

  it('reports a failing batch, writes none of it, and goes on with the next ones', async () => {
    const d = setup();
    const lines: string[] = [];
    const writer = workerSqlWriter(d.name, d, (line) => lines.push(line));
    writer.submit([
      { sql: 'INSERT INTO t VALUES (?, ?)', rows: [[1, 'kept out: same transaction as the failure']] },
      { sql: 'INSERT INTO missing_table VALUES (?)', rows: [[1]] },
    ]);
    writer.submit([{ sql: 'INSERT INTO t VALUES (?, ?)', rows: [[2, 'written']] }]);
    writer.sync();
    expect(d.prepare('SELECT n FROM t').all()).toEqual([{ n: 2 }]);
    await writer.close();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the error message crosses threads asynchronously
    expect(lines.join('\n')).toContain('missing_table');
  });
});
