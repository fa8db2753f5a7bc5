/**
 * The lean invocation path answers exactly as the Hono route does: same status, FSS code, headers and body (request
 * ids aside) for successes, function errors and every refusal, and it leaves the unusual cases to Hono. Both of its
 * transports are checked: the node:http listener, and the raw-socket lane in front of node:http (raw-lane.ts), as
 * server.ts puts them together.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../shared/signing';
import { createLocalApp } from '../app';
import { nodeFunctionBody, startTestServer } from '../testing/sdk-harness';
import type { TestServer } from '../testing/sdk-harness';
import { execution } from '../execution';
import { createFastInvoke } from './fast-invoke';
import { attachRawLane } from './raw-lane';

type TransportName = 'node' | 'lane';

interface Transport {
  server: http.Server;
  port: number;
  /** Requests the fast path declined, which Hono served. */
  fallbacks: number;
}

let server: TestServer;
const transports = {} as Record<TransportName, Transport>;
let app: ReturnType<typeof createLocalApp>;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const TRANSPORT_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

beforeAll(async () => {
  server = await startTestServer();
  const { settings, deps } = server.fg;
  app = createLocalApp({ identity: settings, local: deps });
  const fast = createFastInvoke(deps, { identity: settings }, [], () => undefined);
  const hono = getRequestListener(app.fetch);
  for (const name of ['node', 'lane'] as const) {
    const t: Transport = {
      // With the lane in front, whatever reaches node:http is a request the lane declined.
      server: http.createServer((req, res) => {
        if (name === 'node' && fast.node(req, res)) return;
        t.fallbacks++;
        void hono(req, res);
      }),
      port: 0,
      fallbacks: 0,
    };
    if (name === 'lane') attachRawLane(t.server, fast.take, () => undefined);
    await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
    t.port = (t.server.address() as AddressInfo).port;
    transports[name] = t;
  }
  for (const [name, code] of [
    [
      'ok-fn',
      'exports.handler = async (event, context) => { console.log("hi " + event.who); return { got: event.who }; };',
    ],
    ['fail-fn', 'exports.handler = async (event, context) => { throw new Error("boom"); };'],
    ...(['node', 'lane'] as const).map(
      (t) =>
        [
          `slow-fn-${t}`,
          'exports.handler = (event, context) => new Promise((r) => setTimeout(r, 20000));',
        ] as const,
    ),
  ] as const) {
    const res = await server.call(
      'POST',
      `/v2/${settings.projectId}/fgs/functions`,
      nodeFunctionBody(name, code),
    );
    expect(res.status).toBe(200);
  }
  // Four calls at once per instance (strategy_config.concurrent_num, seed T7-191), on one instance.
  for (const name of ['shared-fn-node', 'shared-fn-lane']) {
    const shared = await server.call(
      'POST',
      `/v2/${settings.projectId}/fgs/functions`,
      nodeFunctionBody(
        name,
        'exports.handler = (event, context) => new Promise((r) => setTimeout(() => r(process.pid), event.ms));',
      ),
    );
    expect(shared.status).toBe(200);
    const config = await server.call('PUT', `/v2/${settings.projectId}/fgs/functions/${urnOf(name)}/config`, {
      func_name: name,
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 10,
      strategy_config: { concurrency: 1, concurrent_num: 4 },
    });
    expect(config.status).toBe(200);
  }
}, 60_000);

afterAll(async () => {
  for (const t of Object.values(transports)) {
    t.server.closeAllConnections();
    await new Promise((resolve) => t.server.close(resolve));
  }
  await server.close();
});

interface Case {
  /** `{pid}` and `{urn:<name>}` stand for this server's project id and a function's URN. */
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Changes after signing (a tampered request). */
  tamper?: { body?: string; host?: string };
}

function signed(c: Case, host: string) {
  const path = (c.path ?? '/v2/{pid}/fgs/functions/{urn:ok-fn}/invocations')
    .replace('{pid}', server.fg.settings.projectId)
    .replace(/\{urn:([^}]+)\}/, (_m, name: string) => urnOf(name));
  const body = c.body ?? '{"who":"ann"}';
  const headers = { 'content-type': 'application/json', ...c.headers };
  const auth = signRequest({
    method: 'POST',
    url: `http://${host}${path}`,
    headers,
    body,
    ak: server.fg.settings.ak,
    sk: server.fg.settings.sk,
  });
  return {
    path,
    body: c.tamper?.body ?? body,
    headers: { ...headers, ...auth, host: c.tamper?.host ?? host },
  };
}

function urnOf(name: string): string {
  const s = server.fg.settings;
  return `urn:fss:${s.region}:${s.projectId}:function:default:${name}:latest`;
}

/**
 * One request on its own connection: a connection the lane has handed to node:http stays there, and must not carry
 * the next case's request.
 */
function via(transport: TransportName, c: Case): Promise<Answer> {
  const port = transports[transport].port;
  const req = signed(c, `127.0.0.1:${String(port)}`);
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: req.path, headers: req.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString() });
        });
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Sends a request through the lean path and returns it without waiting: the caller hangs up with destroy(). */
function leaveOpen(transport: TransportName, c: Case): http.ClientRequest {
  const port = transports[transport].port;
  const req = signed(c, `127.0.0.1:${String(port)}`);
  const r = http.request({
    agent: false,
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: req.path,
    headers: req.headers,
  });
  r.on('error', () => undefined);
  r.end(req.body);
  return r;
}

/** The error codes ('ok' for none) of a function's recorded invocations, once at least `count` are recorded. */
async function recordedCodes(name: string, count: number): Promise<string[]> {
  const { settings, deps } = server.fg;
  const funcUrn = `urn:fss:${settings.region}:${settings.projectId}:function:default:${name}`;
  let codes: string[] = [];
  for (let i = 0; i < 100 && codes.length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    codes = execution(deps)
      .metrics.records(funcUrn, 0, Number.MAX_SAFE_INTEGER, 10)
      .map((rec) => rec.errorCode ?? 'ok');
  }
  return codes;
}

async function viaHono(c: Case): Promise<Answer> {
  const host = '127.0.0.1:8080';
  const req = signed(c, host);
  const res = await app.request(`http://${host}${req.path}`, {
    method: 'POST',
    headers: req.headers,
    body: req.body,
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  return { status: res.status, headers, body: await res.text() };
}

/** What must be equal: ids, durations and instance ids differ from call to call. */
function comparable(a: Answer) {
  const ids = new Set([a.headers['x-request-id'], a.headers['x-cff-request-id']].filter(Boolean));
  let body = a.body;
  for (const id of ids) if (id) body = body.split(id).join('<id>');
  let parsed: unknown = body;
  try {
    parsed = JSON.parse(body) as unknown;
  } catch {
    // v0 answers are plain text
  }
  const headerNames = Object.keys(a.headers)
    .filter((k) => !TRANSPORT_HEADERS.has(k))
    .sort();
  const summary = a.headers['x-cff-invoke-summary'];
  const summaryKeys = summary ? Object.keys(JSON.parse(summary) as object).sort() : [];
  const log = (parsed as { log?: string } | undefined)?.log;
  if (typeof parsed === 'object' && parsed && typeof log === 'string') {
    // Log lines carry durations: compare what the function printed.
    (parsed as { log: string }).log = log.includes('hi ann') ? 'has hi ann' : 'no print';
  }
  return {
    status: a.status,
    contentType: a.headers['content-type'],
    isFuncErr: a.headers['x-is-func-err'],
    errCode: a.headers['x-func-err-code'],
    headerNames,
    summaryKeys,
    body: parsed,
  };
}

async function expectSameAnswer(
  transport: TransportName,
  c: Case,
  taken: 'lean' | 'hono' = 'lean',
): Promise<Answer> {
  const t = transports[transport];
  const before = t.fallbacks;
  const lean = await via(transport, c);
  expect(t.fallbacks - before).toBe(taken === 'lean' ? 0 : 1);
  const hono = await viaHono(c);
  expect(comparable(lean)).toEqual(comparable(hono));
  expect(lean.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  return lean;
}

describe.each<TransportName>(['node', 'lane'])('the lean invocation path (%s)', (transport) => {
  it('answers a v1 invocation with the log tail like the Hono route', async () => {
    const a = await expectSameAnswer(transport, {
      headers: { 'x-cff-request-version': 'v1', 'x-cff-log-type': 'tail' },
    });
    expect(a.status).toBe(200);
    const body = JSON.parse(a.body) as { result: string; status: number; log: string };
    expect(JSON.parse(body.result)).toEqual({ got: 'ann' });
    expect(body.log).toContain('hi ann');
    expect(a.headers['x-cff-function-log']).toBeTruthy();
  });

  it('answers v0 (the result as text) and a function error alike', async () => {
    const v0 = await expectSameAnswer(transport, {});
    expect(v0.body).toBe('{"got":"ann"}');
    const failed = await expectSameAnswer(transport, {
      path: '/v2/{pid}/fgs/functions/{urn:fail-fn}/invocations',
      headers: { 'x-cff-request-version': 'v1' },
    });
    expect(failed.headers['x-is-func-err']).toBe('true');
    expect((JSON.parse(failed.body) as { status: number }).status).toBe(500);
  });

  it.each<[string, Case, number, string]>([
    ['a body that is not JSON', { body: '{nope' }, 400, 'FSS.0400'],
    ['an unknown memory size', { headers: { 'x-cff-instance-memory': '100' } }, 400, 'FSS.0400'],
    ['a tampered body', { tamper: { body: '{"who":"eve"}' } }, 401, 'APIGW.0301'],
    ['a foreign Host', { tamper: { host: 'evil.example:80' } }, 403, 'FSS.0403'],
    [
      "another project's path",
      { path: `/v2/${'0'.repeat(32)}/fgs/functions/{urn:ok-fn}/invocations` },
      403,
      'FSS.0403',
    ],
    [
      'a function that does not exist',
      { path: '/v2/{pid}/fgs/functions/{urn:nope}/invocations' },
      404,
      'FSS.1051',
    ],
  ])('refuses %s with the same status and code', async (_name, c, status, code) => {
    const a = await expectSameAnswer(transport, c);
    expect(a.status).toBe(status);
    expect((JSON.parse(a.body) as { error_code: string }).error_code).toBe(code);
  });

  it('leaves a query string, a literal segment and an oversized body to the Hono app', async () => {
    await expectSameAnswer(
      transport,
      { path: '/v2/{pid}/fgs/functions/{urn:ok-fn}/invocations?x=1' },
      'hono',
    );
    await expectSameAnswer(transport, { path: '/v2/{pid}/fgs/functions/statistics/invocations' }, 'hono');
    const big = await expectSameAnswer(
      transport,
      { body: JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) }) },
      'hono',
    );
    expect(big.status).toBe(500);
    expect((JSON.parse(big.body) as { error_code: string }).error_code).toBe('FSS.4140');
  });

  it('cancels the invocation when the client goes away (FSS.4208), not at the timeout', async () => {
    const t = transports[transport];
    const fallbacksBefore = t.fallbacks;
    const r = leaveOpen(transport, {
      path: `/v2/{pid}/fgs/functions/{urn:slow-fn-${transport}}/invocations`,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    r.destroy();
    const codes = await recordedCodes(`slow-fn-${transport}`, 1);
    expect(t.fallbacks).toBe(fallbacksBefore);
    expect(codes).toEqual(['FSS.4208']);
  });

  it('a client going away ends only its own call on a shared instance', async () => {
    const path = `/v2/{pid}/fgs/functions/{urn:shared-fn-${transport}}/invocations`;
    const first = await via(transport, { path, body: '{"ms":0}' });
    expect(first.status).toBe(200);
    const leaving = leaveOpen(transport, { path, body: '{"ms":800}' });
    const staying = [0, 1, 2].map(() => via(transport, { path, body: '{"ms":800}' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    leaving.destroy();
    const answers = await Promise.all(staying);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    // The same process answered before and after: the instance was not killed.
    expect(answers.map((a) => a.body)).toEqual(Array(3).fill(first.body));
    const codes = await recordedCodes(`shared-fn-${transport}`, 5);
    expect(codes.sort()).toEqual(['FSS.4208', 'ok', 'ok', 'ok', 'ok']);
  });
});
