/**
 * Benchmarks talk to a local FunctionGraph in its own process (as a user's tools would), over keep-alive HTTP with
 * signed requests, on 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { signRequest } from '../../server/shared/signing';

export interface LocalFgProcess {
  endpoint: string;
  projectId: string;
  region: string;
  request: (
    method: string,
    pathAndQuery: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: string }>;
  stop: () => Promise<void>;
}

const AK = 'BENCHAK0000000000001';
const SK = 'bench-secret-key-000000000000000000000001';
const PROJECT = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

export async function startLocalFgProcess(extraEnv: Record<string, string> = {}): Promise<LocalFgProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/cli/local-fg.ts'], {
    env: {
      ...process.env,
      FG_DATA_DIR: dataDir,
      FG_LOCAL_PORT: '0',
      FG_DEMO_DATA: '0',
      FG_LOCAL_AK: AK,
      FG_LOCAL_SK: SK,
      FG_LOCAL_PROJECT_ID: PROJECT,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => {
      reject(new Error(`local FunctionGraph exited with ${String(code)}`));
    });
  });
  const url = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const request: LocalFgProcess['request'] = (method, pathAndQuery, body, headers = {}) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const all: Record<string, string> = {
      'content-type': 'application/json',
      'x-project-id': PROJECT,
      ...headers,
    };
    const signed = signRequest({
      method,
      url: endpoint + pathAndQuery,
      headers: all,
      body: text,
      ak: AK,
      sk: SK,
    });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: pathAndQuery,
          method,
          agent,
          headers: { ...all, ...signed },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  };
  return {
    endpoint,
    projectId: PROJECT,
    region: 'local-1',
    request,
    stop: async () => {
      agent.destroy();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
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
