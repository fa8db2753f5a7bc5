/**
 * Test kit for the function-lifecycle routes: an in-process app (`app.request()`, no port) over a temp data dir,
 * signed like the SDK signs, plus a dump of everything persisted (all tables + blob listing) to prove that a
 * rejected request wrote nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signRequest } from '../../shared/signing';
import { createLocalApp } from '../app';
import { createLocalDeps } from '../deps';
import type { LocalDeps } from '../deps';
import { resolveLocalSettings } from '../settings';
import { dumpTables } from '../store/db';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read arbitrary JSON fields
export type JsonObject = Record<string, any>;

export interface LifecycleKit {
  deps: LocalDeps;
  dataDir: string;
  base: string;
  request: (method: string, pathAndQuery: string, body?: unknown) => Promise<Response>;
  /** Status and parsed JSON body (`{}` for an empty body); arrays come back as they are. */
  json: (
    method: string,
    pathAndQuery: string,
    body?: unknown,
  ) => Promise<{ status: number; body: JsonObject }>;
  dump: () => string;
  close: () => void;
}

export function createLifecycleKit(options: { fetch?: typeof fetch } = {}): LifecycleKit {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-'));
  const settings = resolveLocalSettings({ FG_DATA_DIR: dataDir, FG_LOCAL_PORT: '0', FG_DEMO_DATA: '0' });
  const deps = createLocalDeps(settings, {
    log: () => undefined,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const app = createLocalApp({ identity: settings, local: deps, log: () => undefined });
  const request: LifecycleKit['request'] = (method, pathAndQuery, body) => {
    const url = `http://127.0.0.1${pathAndQuery}`;
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const headers = { 'content-type': 'application/json' };
    const signed = signRequest({ method, url, headers, body: text, ak: settings.ak, sk: settings.sk });
    return Promise.resolve(
      app.request(url, {
        method,
        // app.request() sends no Host header; the signature covers it (the SDK always signs host).
        headers: { ...headers, host: '127.0.0.1', ...signed },
        ...(text ? { body: text } : {}),
      }),
    );
  };
  return {
    deps,
    dataDir,
    base: `/v2/${settings.projectId}`,
    request,
    json: async (method, pathAndQuery, body) => {
      const response = await request(method, pathAndQuery, body);
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as JsonObject };
    },
    dump: () => JSON.stringify({ tables: dumpTables(deps.db), blobs: deps.blobs.listBlobs() }),
    close: () => {
      deps.db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
