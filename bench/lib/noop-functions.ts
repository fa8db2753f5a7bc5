/**
 * What the invocation benchmark invokes: no-op functions (Node.js and Python) created through the API, the signed
 * request that invokes one, and the server's own counts of a function's invocations.
 */
import { zipSync, strToU8 } from 'fflate';
import { IDENTITY } from './local-fg-process';
import type { BenchFg } from './local-fg-process';

export const NOOP = {
  node: {
    runtime: 'Node.js18.15',
    file: 'index.js',
    code: 'exports.handler = async (event, context) => "ok";',
  },
  python: {
    runtime: 'Python3.10',
    file: 'index.py',
    code: 'def handler(event, context):\n    return "ok"\n',
  },
};

export async function createNoop(
  fg: BenchFg,
  name: string,
  kind: keyof typeof NOOP,
  extra: Record<string, unknown> = {},
) {
  const spec = NOOP[kind];
  const res = await fg.request('POST', `/v2/${fg.projectId}/fgs/functions`, {
    func_name: name,
    package: 'default',
    runtime: spec.runtime,
    handler: 'index.handler',
    memory_size: 128,
    timeout: 10,
    code_type: 'inline',
    func_code: { file: Buffer.from(zipSync({ [spec.file]: strToU8(spec.code) })).toString('base64') },
    ...extra,
  });
  if (res.status !== 200) throw new Error(`create ${name}: ${res.status} ${res.body}`);
  return `urn:fss:${fg.region}:${fg.projectId}:function:default:${name}:latest`;
}

export async function invoke(fg: BenchFg, urn: string): Promise<number> {
  const start = process.hrtime.bigint();
  const res = await fg.request(
    'POST',
    `/v2/${fg.projectId}/fgs/functions/${urn}/invocations`,
    {},
    { 'x-cff-request-version': 'v1' },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 200 || !res.body.includes('"status":200'))
    throw new Error(`invoke: ${res.status} ${res.body.slice(0, 200)}`);
  return ms;
}

export function invokeRequest(fg: BenchFg, urn: string) {
  return {
    port: Number(new URL(fg.endpoint).port),
    method: 'POST',
    path: `/v2/${fg.projectId}/fgs/functions/${urn}/invocations`,
    headers: {
      'content-type': 'application/json',
      'x-project-id': fg.projectId,
      'x-cff-request-version': 'v1',
    },
    body: '{}',
    ak: IDENTITY.ak,
    sk: IDENTITY.sk,
  };
}

/** Invocations and failures the server counted for a function in the last 10 minutes (7.8.3). */
export async function serverCounts(fg: BenchFg, urn: string): Promise<{ count: number; failed: number }> {
  const res = await fg.request('GET', `/v2/${fg.projectId}/fgs/functions/${urn}/statistics/10`);
  if (res.status !== 200) throw new Error(`statistics: ${res.status} ${res.body}`);
  const stats = JSON.parse(res.body) as Record<string, { value: number }[]>;
  const sum = (name: string) => (stats[name] ?? []).reduce((n, p) => n + Math.max(p.value, 0), 0);
  return { count: sum('count'), failed: sum('fail_count') + sum('reject_count') };
}
