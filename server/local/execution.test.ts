/**
 * The execution side through real HTTP and real child processes, driven by the official Huawei SDK where it has
 * the operation: sync and async invoke, function errors, alias traffic split, async cancel and restart recovery,
 * metrics and the LTS-compatible log query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logDetail } from './logs/streams';
import { eventually, startTestServer, zipBase64 } from './testing/sdk-harness';
import type { SdkClient, TestServer } from './testing/sdk-harness';

let server: TestServer;
let client: SdkClient;
const urnOf = (name: string, qualifier = 'latest') =>
  `urn:fss:${server.fg.settings.region}:${server.fg.settings.projectId}:function:default:${name}:${qualifier}`;

const NODE_CODE = `
exports.handler = async (event, context) => {
  console.log('printed ' + event.name);
  if (event.fail) throw new Error('asked to fail');
  if (event.sleepMs) await new Promise((r) => setTimeout(r, event.sleepMs));
  return { hello: event.name, version: context.getVersion ? context.getVersion() : 'n/a', marker: 'MARK' };
};`;
const PY_CODE = `
def handler(event, context):
    print('python printed ' + str(event.get('name')))
    return {'hello': event.get('name'), 'lang': 'python'}
`;

async function createFunction(
  name: string,
  runtime: string,
  files: Record<string, string>,
  handler = 'index.handler',
) {
  return client.createFunction({
    body: {
      func_name: name,
      package: 'default',
      runtime,
      handler,
      memory_size: 256,
      timeout: 30,
      code_type: 'inline',
      func_code: { file: zipBase64(files) },
    },
  });
}

beforeAll(async () => {
  server = await startTestServer({ execution: { asyncRetryDelayMs: () => 50 } });
  client = server.client;
  await createFunction('hello-node', 'Node.js18.15', { 'index.js': NODE_CODE });
  await createFunction('hello-py', 'Python3.10', { 'index.py': PY_CODE });
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('sync invoke', () => {
  it('runs a Node.js handler and returns the v1 envelope with the log tail', async () => {
    const r = await client.invokeFunction({
      function_urn: urnOf('hello-node'),
      body: { name: 'ada' },
      'X-Cff-Log-Type': 'tail',
      'X-CFF-Request-Version': 'v1',
    });
    expect(r.httpStatusCode).toBe(200);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.result as string)).toMatchObject({ hello: 'ada', marker: 'MARK' });
    expect(r.log).toContain('printed ada');
    expect(r.log).toMatch(/Start invoke request '[^']+', version: latest/);
    expect(r.log).toMatch(
      /Finish invoke request '[^']+', duration: [\d.]+ms, billing duration: \d+ms, memory used: [\d.]+MB/,
    );
    expect(r['X-Cff-Request-Id']).toBe(r.request_id);
  });

  it('runs a Python handler', async () => {
    const r = await client.invokeFunction({
      function_urn: urnOf('hello-py'),
      body: { name: 'grace' },
      'X-Cff-Log-Type': 'tail',
      'X-CFF-Request-Version': 'v1',
    });
    expect(JSON.parse(r.result as string)).toEqual({ hello: 'grace', lang: 'python' });
    expect(r.log).toContain('python printed grace');
  });

  it('answers a function error as 200 with status 500 and the error headers', async () => {
    const res = await server.call(
      'POST',
      `/v2/${server.fg.settings.projectId}/fgs/functions/${urnOf('hello-node')}/invocations`,
      { name: 'x', fail: true },
      { 'x-cff-request-version': 'v1' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-is-func-err')).toBe('true');
    expect(res.headers.get('x-func-err-code')).toBe('4002');
    const body = (await res.json()) as { status: number; result: string };
    expect(body.status).toBe(500);
    expect(JSON.parse(body.result)).toMatchObject({
      errorMessage: expect.stringContaining('asked to fail') as string,
    });
  });

  it('returns v0 text by default and rejects unknown functions with FSS.1051', async () => {
    const res = await server.call(
      'POST',
      `/v2/${server.fg.settings.projectId}/fgs/functions/${urnOf('hello-node')}/invocations`,
      { name: 'v0' },
    );
    expect(res.headers.get('x-cff-response-version')).toBe('v0');
    expect(JSON.parse(await res.text())).toMatchObject({ hello: 'v0' });
    await expect(
      client.invokeFunction({ function_urn: urnOf('nope'), body: {}, 'X-CFF-Request-Version': 'v1' }),
    ).rejects.toMatchObject({
      httpStatusCode: 404,
      errorCode: 'FSS.1051',
      requestId: expect.any(String) as string,
    });
  });
});

describe('aliases split traffic', () => {
  it('serves both versions of an alias with 50 % to the additional version', async () => {
    await client.createFunctionVersion({ function_urn: urnOf('hello-node'), body: { version: 'v1' } });
    await client.updateFunctionCode({
      function_urn: urnOf('hello-node'),
      body: {
        code_type: 'inline',
        func_code: { file: zipBase64({ 'index.js': NODE_CODE.replace('MARK', 'MARK2') }) },
      },
    });
    await client.createFunctionVersion({ function_urn: urnOf('hello-node'), body: { version: 'v2' } });
    await client.createVersionAlias({
      function_urn: urnOf('hello-node'),
      body: { name: 'prod', version: 'v1', additional_version_weights: { v2: 50 } },
    });
    const markers = new Set<string>();
    for (let i = 0; i < 30 && markers.size < 2; i++) {
      const r = await client.invokeFunction({
        function_urn: urnOf('hello-node', '!prod'),
        body: { name: 'a' },
        'X-CFF-Request-Version': 'v1',
      });
      markers.add((JSON.parse(r.result as string) as { marker: string }).marker);
    }
    expect([...markers].sort()).toEqual(['MARK', 'MARK2']);
  });
});

describe('async invoke', () => {
  it('accepts with 202, runs, and lists the request as SUCCESS', async () => {
    const r = await client.asyncInvokeFunction({ function_urn: urnOf('hello-py'), body: { name: 'async' } });
    expect(r.httpStatusCode).toBe(202);
    const id = r.request_id as string;
    const row = await eventually(async () => {
      const list = await client.listAsyncInvocations({ function_urn: urnOf('hello-py'), request_id: id });
      const item = (list.invocations as { status: string }[])[0];
      return item && item.status === 'SUCCESS' ? item : undefined;
    });
    expect(row).toMatchObject({ request_id: id, status: 'SUCCESS', error_code: 0 });
  });

  it('retries a failing request and ends in FAIL', async () => {
    const r = await client.asyncInvokeFunction({ function_urn: urnOf('hello-node'), body: { fail: true } });
    const id = r.request_id as string;
    const row = await eventually(async () => {
      const list = await client.listAsyncInvocations({ function_urn: urnOf('hello-node'), request_id: id });
      const item = (list.invocations as { status: string; error_code: number }[])[0];
      return item?.status === 'FAIL' ? item : undefined;
    });
    expect(row.error_code).toBe(4002);
    expect(
      server.fg.deps.db.prepare('SELECT attempts FROM async_requests WHERE request_id = ?').get(id),
    ).toEqual({
      attempts: 2,
    });
  });

  it('cancels an active request', async () => {
    const r = await client.asyncInvokeFunction({
      function_urn: urnOf('hello-node'),
      body: { sleepMs: 20_000 },
    });
    const id = r.request_id as string;
    await eventually(async () => {
      const active = await client.listActiveAsyncInvocations({
        function_urn: urnOf('hello-node'),
        requests: id,
      });
      return (active.invocations as { status: string }[])[0]?.status === 'RUNNING' ? true : undefined;
    });
    const cancel = await client.cancelAsyncInvocation({
      function_urn: urnOf('hello-node'),
      body: { request_id: id, type: 'force' },
    });
    expect(cancel.httpStatusCode).toBe(200);
    const row = await eventually(async () => {
      const list = await client.listAsyncInvocations({ function_urn: urnOf('hello-node'), request_id: id });
      const item = (list.invocations as { status: string; error_code: number }[])[0];
      return item?.status === 'FAIL' ? item : undefined;
    });
    expect(row.error_code).toBe(4208);
    await expect(
      client.cancelAsyncInvocation({ function_urn: urnOf('hello-node'), body: { request_id: 'unknown' } }),
    ).rejects.toMatchObject({ httpStatusCode: 400, errorCode: 'FSS.0400' });
  });
});

describe('metrics and logs', () => {
  it('counts the invocations of the last 15 minutes and finds printed words in the logs', async () => {
    const before = await client.listFunctionStatistics({
      func_urn: urnOf('hello-py').replace(/:latest$/, ''),
      period: '15',
    });
    const sum = (s: Record<string, unknown>) =>
      (s.count as { value: number }[]).filter((p) => p.value >= 0).reduce((n, p) => n + p.value, 0);
    const start = sum(before);
    for (let i = 0; i < 3; i++) {
      await client.invokeFunction({
        function_urn: urnOf('hello-py'),
        body: { name: `word${i}` },
        'X-CFF-Request-Version': 'v1',
      });
    }
    const after = await client.listFunctionStatistics({
      func_urn: urnOf('hello-py').replace(/:latest$/, ''),
      period: '15',
    });
    expect(sum(after)).toBe(start + 3);
    expect((after.count as unknown[]).length).toBe(15);

    const func = server.fg.deps.functions.resolve(urnOf('hello-py')).func;
    const detail = logDetail(server.fg.settings.projectId, func);
    const res = await server.call(
      'POST',
      `/v2/${server.fg.settings.projectId}/groups/${detail.group_id}/streams/${detail.stream_id}/content/query`,
      {
        start_time: String(Date.now() - 600_000),
        end_time: String(Date.now() + 1000),
        keywords: 'word1',
        highlight: false,
      },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { logs: { content: string; labels: Record<string, string> }[] };
    expect(body.logs).toHaveLength(1);
    expect(body.logs[0]!.content).toBe('python printed word1');
    expect(body.logs[0]!.labels.requestId).toMatch(/\S+/);
  });
});

describe('restart', () => {
  it('finishes an async request that was running when the server stopped', async () => {
    const r = await client.asyncInvokeFunction({
      function_urn: urnOf('hello-node'),
      body: { sleepMs: 1500, name: 'restart' },
    });
    const id = r.request_id as string;
    await eventually(() => {
      const row = server.fg.deps.db
        .prepare('SELECT status FROM async_requests WHERE request_id = ?')
        .get(id) as { status: string } | undefined;
      return Promise.resolve(row?.status === 'RUNNING' ? true : undefined);
    });
    server = await server.restart();
    client = server.client;
    const row = await eventually(async () => {
      const list = await client.listAsyncInvocations({ function_urn: urnOf('hello-node'), request_id: id });
      const item = (list.invocations as { status: string }[])[0];
      return item && ['SUCCESS', 'FAIL', 'DISCARD'].includes(item.status) ? item : undefined;
    });
    expect(row.status).toBe('SUCCESS');
  }, 60_000);
});
