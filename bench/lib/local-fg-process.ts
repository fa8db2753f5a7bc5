/**
 * Benchmarks talk to a local FunctionGraph in its own process (as a user's tools would), over keep-alive HTTP with
 * signed requests, on 127.0.0.1 only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnLocalFg } from '../../server/local/testing/local-fg-process';
import type { LocalFgProcess } from '../../server/local/testing/local-fg-process';

export interface BenchFg {
  endpoint: string;
  projectId: string;
  region: string;
  /** The server's process id (CPU accounting in benchmarks). */
  pid: number;
  request: LocalFgProcess['request'];
  stop: () => Promise<void>;
}

export const IDENTITY = {
  ak: 'BENCHAK0000000000001',
  sk: 'bench-secret-key-000000000000000000000001',
  projectId: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
};

export async function startLocalFgProcess(
  extraEnv: Record<string, string> = {},
  nodeFlags: readonly string[] = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [],
): Promise<BenchFg> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-bench-'));
  const fg = await spawnLocalFg(IDENTITY, { FG_DATA_DIR: dataDir, ...extraEnv }, nodeFlags);
  return {
    endpoint: fg.endpoint,
    projectId: IDENTITY.projectId,
    region: 'local-1',
    pid: fg.child.pid ?? 0,
    request: fg.request,
    stop: async () => {
      await fg.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export function summarize(samples: number[]): { p50: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}
