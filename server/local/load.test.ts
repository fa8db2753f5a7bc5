/**
 * 10,000 invocations at 50 concurrent through real HTTP: exactly 10,000 responses, 10,000 invocation records and
 * 10,000 logged invocations (one Finish line each), with the per-minute rollups adding up to the same count.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../shared/signing';
import { execution } from './execution';
import { startTestServer, zipBase64 } from './testing/sdk-harness';
import type { TestServer } from './testing/sdk-harness';

const TOTAL = 10_000;
const CONCURRENCY = 50;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.client.createFunction({
    body: {
      func_name: 'load',
      package: 'default',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 30,
      code_type: 'inline',
      func_code: {
        file: zipBase64({
          'index.js':
            'exports.handler = async (event, context) => { console.log("n=" + event.n); return event.n; };',
        }),
      },
    },
  });
}, 60_000);
afterAll(async () => {
  await server.close();
});

describe('load', () => {
  it('answers and records every one of 10,000 invocations at 50 concurrent', async () => {
    const { settings } = server.fg;
    const urn = `urn:fss:${settings.region}:${settings.projectId}:function:default:load:latest`;
    const pathname = `/v2/${settings.projectId}/fgs/functions/${urn}/invocations`;
    const url = new URL(server.fg.endpoint + pathname);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const invoke = (n: number) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const body = JSON.stringify({ n });
        const headers = {
          'content-type': 'application/json',
          'x-project-id': settings.projectId,
          'x-cff-request-version': 'v1',
        };
        const signed = signRequest({
          method: 'POST',
          url: url.toString(),
          headers,
          body,
          ak: settings.ak,
          sk: settings.sk,
        });
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: pathname,
            method: 'POST',
            agent,
            headers: { ...headers, ...signed },
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
        req.end(body);
      });

    const results: string[] = new Array<string>(TOTAL);
    let next = 0;
    const statuses = new Map<number, number>();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) {
          const n = next++;
          const res = await invoke(n);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          results[n] = (JSON.parse(res.body) as { result: string }).result;
        }
      }),
    );
    agent.destroy();
    expect(Object.fromEntries(statuses)).toEqual({ 200: TOTAL });
    expect(results.every((r, n) => r === String(n))).toBe(true);

    const ex = execution(server.fg.deps);
    ex.metrics.flush();
    ex.logs.flush();
    const db = ex.telemetry;
    expect(
      db.prepare(`SELECT COUNT(*) AS n FROM invocation_records WHERE outcome = 'success'`).get(),
    ).toEqual({ n: TOTAL });
    expect(db.prepare(`SELECT SUM(count) AS n FROM metric_minutes WHERE qualifier = '*'`).get()).toEqual({
      n: TOTAL,
    });
    expect(
      db
        .prepare(
          `SELECT COUNT(DISTINCT request_id) AS n FROM log_lines WHERE content LIKE '%Finish invoke request%'`,
        )
        .get(),
    ).toEqual({ n: TOTAL });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM log_lines WHERE content LIKE 'n=%'`).get()).toEqual({
      n: TOTAL,
    });
  }, 300_000);
});
