/**
 * Throughput with wrk (Debian package `wrk`), when it is installed: a C load generator costs a fraction of the CPU
 * per request that any Node.js client does, and on a 2-core machine every microsecond the client spends is taken
 * from the server being measured. wrk sends one prebuilt request, signed once (a signature stays valid for 15
 * minutes, far longer than a run), over keep-alive connections, one request in flight each (closed loop, like
 * lean-client.ts). It cannot read the bodies cheaply, so the caller checks the server's own counts afterwards.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signRequest } from '../../server/shared/signing';
import type { LeanRequest } from './lean-client';

export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

export interface WrkResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Answers with a status other than 2xx/3xx, and socket errors or timeouts. */
  badStatus: number;
  errors: number;
}

const luaString = (s: string) => JSON.stringify(s); // JSON string escapes are valid Lua escapes for ASCII text

/** Milliseconds from wrk's latency notation (`812.00us`, `1.23ms`, `1.05s`). */
export function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`unreadable wrk latency: ${text}`);
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(m[1]) * scale;
}

/**
 * Runs wrk without blocking this process's event loop: a keep-alive socket of the caller that the server closes
 * meanwhile (its 5 s idle timeout) must be seen closed, not reused for the next request.
 */
export async function closedLoopWrk(
  req: LeanRequest,
  connections: number,
  seconds: number,
): Promise<WrkResult> {
  const url = `http://127.0.0.1:${String(req.port)}${req.path}`;
  const signed = signRequest({
    method: req.method,
    url,
    headers: req.headers,
    body: req.body,
    ak: req.ak,
    sk: req.sk,
  });
  const lines = [
    `wrk.method = ${luaString(req.method)}`,
    `wrk.body = ${luaString(req.body)}`,
    ...Object.entries({ ...req.headers, ...signed }).map(
      ([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`,
    ),
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    '  io.write(string.format("RESULT %d %d %d\\n", summary.requests, e.status, e.connect + e.read + e.write + e.timeout))',
    'end',
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-wrk-'));
  const script = path.join(dir, 'invoke.lua');
  fs.writeFileSync(script, lines.join('\n') + '\n');
  try {
    const { stdout: out } = await promisify(execFile)(
      'wrk',
      ['-t1', `-c${String(connections)}`, `-d${String(seconds)}s`, '--latency', '-s', script, url],
      { encoding: 'utf8' },
    );
    const result = /^RESULT (\d+) (\d+) (\d+)$/m.exec(out);
    const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(out);
    const p50 = /^\s+50%\s+(\S+)/m.exec(out);
    const p99 = /^\s+99%\s+(\S+)/m.exec(out);
    if (!result || !rate || !p50?.[1] || !p99?.[1]) throw new Error(`unreadable wrk output:\n${out}`);
    return {
      requests: Number(result[1]),
      badStatus: Number(result[2]),
      errors: Number(result[3]),
      perSecond: Number(rate[1]),
      p50: wrkMs(p50[1]),
      p99: wrkMs(p99[1]),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
