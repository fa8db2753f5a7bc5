import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { strToU8, zipSync } from 'fflate';
import { RuntimeManager } from './runtime-manager';
import type { FunctionInstanceSpec, RuntimeManagerOptions } from './types';

/** Builds a ZIP from `{ 'index.js': 'source' }`. */
export function zipOf(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

let counter = 0;

/** A spec for a function whose code is `files`; every call gets a distinct key unless one is given. */
export function specOf(
  runtime: string,
  files: Record<string, string>,
  overrides: Partial<FunctionInstanceSpec> = {},
): FunctionInstanceSpec {
  const zip = zipOf(files);
  const name = `fn${String(++counter)}`;
  return {
    key: `urn:fss:local-1:p1:function:default:${name}:latest`,
    runtime,
    handler: 'index.handler',
    codeDigest: createHash('sha512').update(zip).digest('hex'),
    loadCode: () => zip,
    memoryMB: 256,
    timeoutS: 3,
    env: {},
    maxInstances: 4,
    concurrencyPerInstance: 1,
    reservedInstances: 0,
    meta: {
      functionName: name,
      package: 'default',
      version: 'latest',
      projectId: 'p1',
      region: 'local-1',
      urn: name,
    },
    ...overrides,
  };
}

export function tempManager(opts: Partial<RuntimeManagerOptions> = {}): {
  rm: RuntimeManager;
  dir: string;
  cleanup: () => Promise<void>;
} {
  const dir = fs.mkdtempSync(`${os.tmpdir()}/fg-`);
  const rm = new RuntimeManager({ dataDir: dir, ...opts });
  return {
    rm,
    dir,
    cleanup: async () => {
      await rm.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function call(
  event: unknown = {},
  extra: { alias?: string; signal?: AbortSignal; signalIsHangUp?: boolean } = {},
) {
  return { requestId: randomUUID(), event, ...extra };
}

/** Whether any process of the group `pgid` is still alive (zombies excluded). */
export function groupAlive(pgid: number): boolean {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z' && Number(fields[2]) === pgid) return true;
    } catch {
      // The process ended while we looked.
    }
  }
  return false;
}

export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}
