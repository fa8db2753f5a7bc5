/**
 * Test harness for the management route groups (triggers, test events, dependencies, …): a temp data dir, real
 * `LocalDeps` (SQLite + blobs), the real local app with the groups under test registered, token-authenticated
 * in-process requests, an HTTP listener on 127.0.0.1:0 for the official SDK, and a restart that reopens the
 * same data dir. Functions are created through the function store (this harness does not depend on the
 * functions route group).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { zipSync } from 'fflate';
import { createLocalApp } from '../app';
import { createLocalDeps } from '../deps';
import type { LocalDeps, LocalHono } from '../deps';
import { projectGuard } from '../http/routes';
import type { LocalSettings } from '../settings';
import { dumpTables } from '../store/db';

export const TEST_TOKEN = 'test-token-for-management-routes';
export const TEST_PROJECT_ID = '0123456789abcdef0123456789abcdef';

export type RegisterGroup = (app: LocalHono, deps: LocalDeps) => void;

export interface Harness {
  settings: LocalSettings;
  deps: LocalDeps;
  app: LocalHono;
  /** `path` is relative to `/v2/{project_id}/` unless it starts with `/`. */
  request: (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- test helper: the caller names the response shape
  json: <T = unknown>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;
  createFunction: (name: string, options?: { package?: string; runtime?: string }) => string;
  /** Starts an HTTP listener (for the SDK); returns its endpoint. */
  listen: () => Promise<string>;
  /** Closes everything and opens the same data dir again (a process restart). */
  restart: () => Promise<Harness>;
  snapshot: () => Record<string, unknown[]>;
  close: () => Promise<void>;
}

export function sampleZip(
  files: Record<string, string> = { 'index.js': 'exports.handler = async () => "ok";\n' },
): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])),
  );
}

function settingsFor(dataDir: string): LocalSettings {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir,
    credentialsFile: path.join(dataDir, 'credentials.json'),
    region: 'local-1',
    ak: 'TESTAKTESTAKTESTAK01',
    sk: 'test-secret-key-for-the-sdk-contract',
    projectId: TEST_PROJECT_ID,
    demoData: false,
    rawLane: true,
  };
}

export function createHarness(groups: RegisterGroup[], dataDir?: string): Harness {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fg-'));
  const settings = settingsFor(dir);
  const deps = createLocalDeps(settings, { log: () => undefined });
  const app = createLocalApp({ identity: settings, tokens: new Set([TEST_TOKEN]) });
  app.use('/v2/:project_id/*', projectGuard(deps));
  for (const register of groups) register(app, deps);
  let server: ReturnType<typeof serve> | undefined;

  const url = (p: string) => `http://127.0.0.1${p.startsWith('/') ? p : `/v2/${TEST_PROJECT_ID}/${p}`}`;
  const request: Harness['request'] = (method, p, body, headers = {}) =>
    Promise.resolve(
      app.request(url(p), {
        method,
        headers: {
          Host: '127.0.0.1',
          'X-Auth-Token': TEST_TOKEN,
          'Content-Type': 'application/json',
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );

  const json: Harness['json'] = async (method, p, body) => {
    const response = await request(method, p, body);
    const text = await response.text();
    // The caller names the expected shape; the body is the server's parsed JSON.
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as never };
  };

  const closeAll = async () => {
    if (server) {
      const s = server;
      await new Promise<void>((resolve) =>
        s.close(() => {
          resolve();
        }),
      );
      server = undefined;
    }
    deps.db.close();
  };

  return {
    settings,
    deps,
    app,
    request,
    json,
    createFunction: (name, options = {}) => {
      const zip = sampleZip();
      const blob = deps.blobs.putBlob(zip);
      const pkg = options.package ?? 'default';
      deps.functions.createFunction({
        package: pkg,
        name,
        config: {
          runtime: options.runtime ?? 'Node.js18.15',
          handler: 'index.handler',
          memory_size: 128,
          timeout: 3,
          type: 'v2',
          strategy_config: { concurrency: -1 },
          enterprise_project_id: '0',
        },
        code: {
          codeType: 'zip',
          codeUrl: '',
          codeFilename: 'index.zip',
          digest: blob.digest,
          size: blob.size,
        },
      });
      return `urn:fss:local-1:${TEST_PROJECT_ID}:function:${pkg}:${name}`;
    },
    listen: async () => {
      const s = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => {
          resolve(started);
        });
      });
      server = s;
      return `http://127.0.0.1:${String((s.address() as AddressInfo).port)}`;
    },
    restart: async () => {
      await closeAll();
      return createHarness(groups, dir);
    },
    snapshot: () => dumpTables(deps.db),
    close: async () => {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
