/**
 * Durability (issue #3): the server runs as a child process, takes a burst of writes (create function with its own
 * code package, then config updates), and is killed with SIGKILL at a random moment, several times. After every
 * kill: `PRAGMA integrity_check` is ok, every acknowledged write is there (a write in flight may or may not be),
 * and every stored code blob matches its digest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../shared/signing';
import { spawnLocalFg } from '../testing/local-fg-process';
import type { LocalFgProcess } from '../testing/local-fg-process';
import { zipBase64 } from '../testing/sdk-harness';
import { createBlobStore, sha512Hex } from './blobs';
import { openDatabase } from './db';

const ROUNDS = 4;
const WORKERS = 3;
const AK = 'CRASHTESTAK000000001';
const SK = 'crash-test-secret-key-0000000000000001';
const PID = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-crash-'));

interface Expectation {
  digest: string;
  /** Last acknowledged description, and the one in flight when the server died (either may be stored). */
  acked: string;
  inFlight?: string;
}
const expected = new Map<string, Expectation>();

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startChild(): Promise<{ stop: LocalFgProcess['stop']; port: number }> {
  const fg = await spawnLocalFg({ ak: AK, sk: SK, projectId: PID }, { FG_DATA_DIR: dataDir });
  return { stop: fg.stop, port: Number(new URL(fg.endpoint).port) };
}

function call(port: number, method: string, urlPath: string, body: unknown): Promise<Response> {
  const url = `http://127.0.0.1:${String(port)}${urlPath}`;
  const text = JSON.stringify(body);
  const headers = { 'content-type': 'application/json' };
  const signed = signRequest({ method, url, headers, body: text, ak: AK, sk: SK });
  return fetch(url, { method, headers: { ...headers, ...signed }, body: text });
}

/** One worker: create a function, update its description three times, repeat until the server dies. */
async function worker(port: number, round: number, id: number): Promise<void> {
  const base = `/v2/${PID}/fgs/functions`;
  for (let n = 0; ; n += 1) {
    const name = `crash-r${String(round)}-w${String(id)}-n${String(n)}`;
    const file = zipBase64({ 'index.js': `exports.handler = async () => '${name}';` });
    const config = {
      func_name: name,
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 3,
    };
    try {
      const created = await call(port, 'POST', base, {
        ...config,
        package: 'default',
        code_type: 'zip',
        func_code: { file },
      });
      if (created.status !== 200) throw new Error(`create answered ${String(created.status)}`);
      expected.set(name, { digest: sha512Hex(Buffer.from(file, 'base64')), acked: '' });
      for (let u = 1; u <= 3; u += 1) {
        const description = `update-${String(u)}`;
        const entry = expected.get(name) as Expectation;
        entry.inFlight = description;
        const updated = await call(port, 'PUT', `${base}/${name}/config`, { ...config, description });
        if (updated.status !== 200) throw new Error(`update answered ${String(updated.status)}`);
        entry.acked = description;
        delete entry.inFlight;
      }
    } catch {
      return; // the server was killed: whatever was in flight is unacknowledged
    }
  }
}

function checkStore(): void {
  const db = openDatabase(dataDir);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const blobs = createBlobStore(dataDir);
    for (const [name, want] of expected) {
      const row = db
        .prepare(
          `SELECT v.config, v.code_digest FROM functions f JOIN function_versions v ON v.function_id = f.id
           WHERE f.package = 'default' AND f.name = ? AND v.version = 'latest'`,
        )
        .get(name) as { config: string; code_digest: string } | undefined;
      expect(row, `${name} was acknowledged`).toBeDefined();
      if (!row) continue;
      expect(row.code_digest).toBe(want.digest);
      expect(sha512Hex(blobs.readBlob(row.code_digest))).toBe(want.digest);
      const description = (JSON.parse(row.config) as { description?: string }).description ?? '';
      expect([want.acked, want.inFlight ?? want.acked], name).toContain(description);
    }
  } finally {
    db.close();
  }
}

describe('kill -9 during a write burst', () => {
  it(`keeps every acknowledged write over ${String(ROUNDS)} crashes`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { stop, port } = await startChild();
      const workers = Array.from({ length: WORKERS }, (_, id) => worker(port, round, id));
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(Math.random() * 450)));
      await stop('SIGKILL');
      await Promise.all(workers);
      checkStore();
    }
    expect(expected.size).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
