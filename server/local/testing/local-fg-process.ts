/**
 * The local FunctionGraph in a child process (`npm run local-fg`'s entry), for tests and benchmarks that need a
 * real process: crashes, output capture, a client in another process. Spawned as `node --import tsx` (not the tsx
 * CLI, whose grandchild a SIGKILL would not reach). Requests are signed with the identity it was given.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import http from 'node:http';
import type { Readable } from 'node:stream';
import { signRequest } from '../../shared/signing';

export interface LocalFgIdentity {
  ak: string;
  sk: string;
  projectId: string;
}

export interface LocalFgProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  endpoint: string;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** A signed request over a keep-alive connection. */
  request: (
    method: string,
    pathAndQuery: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>;
  /** SIGTERM (clean stop) or SIGKILL (crash); resolves when the process is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export async function spawnLocalFg(
  identity: LocalFgIdentity,
  env: Record<string, string>,
  /** Extra Node.js flags for the server process (e.g. `--cpu-prof` when profiling a benchmark). */
  nodeFlags: readonly string[] = [],
): Promise<LocalFgProcess> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'server/cli/local-fg.ts'], {
    env: {
      ...process.env,
      FG_LOCAL_PORT: '0',
      FG_DEMO_DATA: '0',
      FG_LOCAL_AK: identity.ak,
      FG_LOCAL_SK: identity.sk,
      FG_LOCAL_PROJECT_ID: identity.projectId,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = /listening at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        child.stdout.off('data', onData);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    void exited.then(() => {
      reject(new Error(`local FunctionGraph exited before listening:\n${out}`));
    });
  });
  const url = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const request: LocalFgProcess['request'] = (method, pathAndQuery, body, headers = {}) => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const all: Record<string, string> = {
      'content-type': 'application/json',
      'x-project-id': identity.projectId,
      ...headers,
    };
    const signed = signRequest({
      method,
      url: endpoint + pathAndQuery,
      headers: all,
      body: text,
      ak: identity.ak,
      sk: identity.sk,
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
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
              headers: res.headers,
            });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  };
  return {
    child,
    endpoint,
    output: () => out,
    request,
    stop: async (signal = 'SIGTERM') => {
      agent.destroy();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
