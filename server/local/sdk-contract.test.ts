/**
 * Issue #3 acceptance, function lifecycle part: the official Huawei SDK (3.1.211) against a real local
 * FunctionGraph over HTTP. Seed 7.6.1–7.6.8, 7.6.19: every SDK operation of these endpoints, response fields
 * and status, and the error contract (FSS code + X-Request-Id in the SDK's exception).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha512Hex } from './store/blobs';
import type { JsonObject } from './http/lifecycle-kit';
import { startTestServer, zipBase64, sdkError } from './testing/sdk-harness';
import type { TestServer } from './testing/sdk-harness';

type Op = (request: Record<string, unknown>) => Promise<JsonObject>;
export type LifecycleSdk = Record<
  | 'listFunctions'
  | 'createFunction'
  | 'deleteFunction'
  | 'showFunctionCode'
  | 'updateFunctionCode'
  | 'showFunctionConfig'
  | 'updateFunctionConfig'
  | 'updateFunctionMaxInstanceConfig'
  | 'updateFunctionCollectState',
  Op
>;

let server: TestServer;
let sdk: LifecycleSdk;
let pid: string;
const urn = (name: string, qualifier?: string) =>
  `urn:fss:local-1:${pid}:function:default:${name}${qualifier === undefined ? '' : `:${qualifier}`}`;

const createBody = (name: string, extra: Record<string, unknown> = {}) => ({
  func_name: name,
  package: 'default',
  runtime: 'Node.js18.15',
  handler: 'index.handler',
  memory_size: 256,
  timeout: 30,
  code_type: 'zip',
  code_filename: 'index.zip',
  func_code: { file: zipBase64({ 'index.js': 'exports.handler = async () => 1;' }) },
  ...extra,
});

beforeAll(async () => {
  server = await startTestServer();
  sdk = server.client;
  pid = server.fg.settings.projectId;
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('create function (seed 7.6.2)', () => {
  it('answers 200 with the create-response fields for an inline zip', async () => {
    const file = zipBase64({ 'index.js': 'exports.handler = async (e) => e;' });
    const r = await sdk.createFunction({ body: createBody('sdk-create', { func_code: { file } }) });
    expect(r.httpStatusCode).toBe(200);
    expect(r).toMatchObject({
      func_urn: urn('sdk-create', 'latest'),
      func_name: 'sdk-create',
      namespace: pid,
      project_name: 'local-1',
      package: 'default',
      runtime: 'Node.js18.15',
      timeout: 30,
      handler: 'index.handler',
      memory_size: 256,
      cpu: 400,
      code_type: 'zip',
      code_filename: 'index.zip',
      code_size: Buffer.from(file, 'base64').byteLength,
      digest: sha512Hex(Buffer.from(file, 'base64')),
      version: 'latest',
      type: 'v2',
      enterprise_project_id: '0',
      strategy_config: { concurrency: -1 },
    });
    expect(r.domain_id).toMatch(/^[0-9a-f]{32}$/);
    expect(r.func_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.image_name).toMatch(/^latest-\d{12}@[a-z]{5}$/);
    expect(r.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(r.log_group_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.log_stream_id).toMatch(/^[0-9a-f-]{36}$/);
    for (const field of [
      'xrole',
      'app_xrole',
      'description',
      'user_data',
      'encrypted_user_data',
      'enable_dynamic_memory',
    ])
      expect(r).toHaveProperty(field);
  });

  it.each([
    ['Node.js18.15', 'index.js', /exports\.handler = async \(event, context\)/],
    ['Python3.10', 'index.py', /def handler\(event, context\):/],
  ])(
    'ships a real default hello-world ZIP for %s when func_code.file is empty',
    async (runtime, file, pattern) => {
      const name = `sdk-default-${runtime.startsWith('Node') ? 'node' : 'py'}`;
      const created = await sdk.createFunction({
        body: { ...createBody(name), runtime, code_type: 'inline', func_code: { file: '' } },
      });
      const code = await sdk.showFunctionCode({ function_urn: urn(name) });
      const files = unzipSync(Buffer.from((code.func_code as { file: string }).file, 'base64'));
      expect(Object.keys(files)).toEqual([file]);
      expect(strFromU8(files[file] as Uint8Array)).toMatch(pattern);
      expect(code.digest).toBe(created.digest);
      expect(code.code_size).toBe(created.code_size);
    },
  );

  it('refuses a duplicate name with 409 FSS.1061 and the X-Request-Id in requestId', async () => {
    const error = await sdkError(sdk.createFunction({ body: createBody('sdk-create') }));
    expect(error.httpStatusCode).toBe(409);
    expect(error.errorCode).toBe('FSS.1061');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a seed validation error with its FSS code (bad name FSS.1002, bad memory FSS.1007)', async () => {
    const badName = await sdkError(sdk.createFunction({ body: createBody('1-bad') }));
    expect([badName.httpStatusCode, badName.errorCode]).toEqual([400, 'FSS.1002']);
    const badMemory = await sdkError(
      sdk.createFunction({ body: createBody('ok-name', { memory_size: 100 }) }),
    );
    expect([badMemory.httpStatusCode, badMemory.errorCode]).toEqual([400, 'FSS.1007']);
  });

  it('gives a clear FSS error for an obs link whose host cannot be reached', async () => {
    const error = await sdkError(
      sdk.createFunction({
        body: {
          ...createBody('sdk-obs'),
          code_type: 'obs',
          code_url: 'http://127.0.0.1:9/pkg.zip',
          func_code: {},
        },
      }),
    );
    expect(error.httpStatusCode).toBe(503);
    expect(error.errorCode).toBe('FSS.1115');
    expect(error.errorMsg).toMatch(/could not download code_url/);
  });
});

describe('list functions (seed 7.6.1)', () => {
  it('pages with marker/maxitems and next_marker/count, and filters by package and name', async () => {
    for (const n of ['page-a', 'page-b', 'page-c']) await sdk.createFunction({ body: createBody(n) });
    await sdk.createFunction({ body: { ...createBody('page-other'), package: 'other' } });
    const all = await sdk.listFunctions({});
    const total = all.count as number;
    expect(all.functions).toHaveLength(total);
    expect(all.next_marker).toBe(total);
    const first = await sdk.listFunctions({ marker: '0', maxitems: '2' });
    const second = await sdk.listFunctions({ marker: String(first.next_marker), maxitems: '2' });
    expect(first.functions).toHaveLength(2);
    expect(first.next_marker).toBe(2);
    expect(second.count).toBe(total);
    const names = [...(first.functions as JsonObject[]), ...(second.functions as JsonObject[])].map(
      (f) => f.func_name as string,
    );
    expect(new Set(names).size).toBe(4);
    const item = (first.functions as JsonObject[])[0] as JsonObject;
    expect(item.func_urn).toMatch(new RegExp(`^urn:fss:local-1:${pid}:function:[^:]+:[^:]+$`));
    for (const field of ['func_vpc_id', 'fail_count', 'is_bridge_function', 'bind_bridge_funcUrns', 'digest'])
      expect(item).toHaveProperty(field);
    const other = await sdk.listFunctions({ package_name: 'other' });
    expect((other.functions as JsonObject[]).map((f) => f.func_name as string)).toEqual(['page-other']);
    const byName = await sdk.listFunctions({ func_name: 'page-' });
    expect(byName.count).toBe(4);
  });

  it('refuses a negative maxitems with 400 FSS.1001', async () => {
    const error = await sdkError(sdk.listFunctions({ maxitems: '-1' }));
    expect([error.httpStatusCode, error.errorCode]).toEqual([400, 'FSS.1001']);
  });
});

describe('code (seed 7.6.4 / 7.6.5)', () => {
  it('replaces the package and reports the SHA-512 digest, size and file name', async () => {
    await sdk.createFunction({ body: createBody('sdk-code') });
    const file = zipBase64({ 'main.js': 'exports.run = async () => 2;' });
    const updated = await sdk.updateFunctionCode({
      function_urn: urn('sdk-code', 'latest'),
      body: { code_type: 'zip', code_filename: 'main.zip', func_code: { file } },
    });
    expect(updated.httpStatusCode).toBe(200);
    const shown = await sdk.showFunctionCode({ function_urn: urn('sdk-code') });
    for (const r of [updated, shown])
      expect(r).toMatchObject({
        func_urn: urn('sdk-code', 'latest'),
        func_name: 'sdk-code',
        runtime: 'Node.js18.15',
        code_type: 'zip',
        code_filename: 'main.zip',
        code_size: Buffer.from(file, 'base64').byteLength,
        digest: sha512Hex(Buffer.from(file, 'base64')),
        depend_version_list: [],
        strategy_config: { concurrency: -1 },
      });
    expect((shown.func_code as { file: string }).file).toBe(file);
  });

  it('refuses a body that is not a ZIP with 400 FSS.1011 and inline code over 10 KB with 413 FSS.1072', async () => {
    const notZip = await sdkError(
      sdk.updateFunctionCode({
        function_urn: urn('sdk-code'),
        body: { code_type: 'zip', func_code: { file: Buffer.from('plain text').toString('base64') } },
      }),
    );
    expect([notZip.httpStatusCode, notZip.errorCode]).toEqual([400, 'FSS.1011']);
    const big = zipBase64({
      'index.js': Array.from({ length: 4000 }, (_, i) => `// ${String(i * 7919)}`).join('\n'),
    });
    const tooBig = await sdkError(
      sdk.updateFunctionCode({
        function_urn: urn('sdk-code'),
        body: { code_type: 'inline', func_code: { file: big } },
      }),
    );
    expect([tooBig.httpStatusCode, tooBig.errorCode]).toEqual([413, 'FSS.1072']);
  });
});

describe('config (seed 7.6.6 / 7.6.7 / 7.6.8)', () => {
  it('updates the config as a full replace and keeps secrets out of responses', async () => {
    await sdk.createFunction({ body: createBody('sdk-config') });
    const body = {
      func_name: 'sdk-config',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 512,
      timeout: 60,
      user_data: JSON.stringify({ obs_address: 'obs.example.com' }),
      encrypted_user_data: JSON.stringify({ password: 's3cret' }),
      description: 'configured',
      initializer_handler: 'index.init',
      initializer_timeout: 10,
      strategy_config: { concurrency: 10, concurrent_num: 2 },
      log_config: { group_name: 'g', group_id: 'gid', stream_name: 's', stream_id: 'sid' },
      lts_custom_tag: { team: 'a' },
    };
    const updated = await sdk.updateFunctionConfig({ function_urn: urn('sdk-config'), body });
    expect(updated.httpStatusCode).toBe(200);
    const shown = await sdk.showFunctionConfig({ function_urn: urn('sdk-config') });
    for (const r of [updated, shown])
      expect(r).toMatchObject({
        func_urn: urn('sdk-config', 'latest'),
        memory_size: 512,
        cpu: 800,
        timeout: 60,
        user_data: body.user_data,
        description: 'configured',
        initializer_handler: 'index.init',
        initializer_timeout: 10,
        strategy_config: { concurrency: 10, concurrent_num: 2 },
        lts_custom_tag: { team: 'a' },
      });
    expect(shown.encrypted_user_data).toBe('{"password":""}');
    expect(JSON.stringify(shown)).not.toContain('s3cret');
    expect(JSON.stringify(updated)).not.toContain('s3cret');
    expect(shown.log_config).toEqual(body.log_config);
    expect(server.fg.deps.functions.codeConfig(urn('sdk-config')).encryptedUserData).toEqual({
      password: 's3cret',
    });
    // Round-tripping what GET returned (masked secret) keeps the stored secret.
    await sdk.updateFunctionConfig({
      function_urn: urn('sdk-config'),
      body: { ...body, encrypted_user_data: shown.encrypted_user_data as string },
    });
    expect(server.fg.deps.functions.codeConfig(urn('sdk-config')).encryptedUserData).toEqual({
      password: 's3cret',
    });
  });

  it('sets max instances (strategy_config.concurrency) and answers the max-instance fields', async () => {
    const r = await sdk.updateFunctionMaxInstanceConfig({
      function_urn: urn('sdk-config'),
      body: { max_instance_num: 300 },
    });
    expect(r.httpStatusCode).toBe(200);
    expect(r.strategy_config).toMatchObject({ concurrency: 300 });
    expect(r).toHaveProperty('enable_auth_header');
    expect(r).not.toHaveProperty('func_id');
    const bad = await sdkError(
      sdk.updateFunctionMaxInstanceConfig({
        function_urn: urn('sdk-config'),
        body: { max_instance_num: 1001 },
      }),
    );
    expect([bad.httpStatusCode, bad.errorCode]).toEqual([400, 'FSS.1026']);
  });

  it('answers 404 FSS.1051 for an unknown function, with requestId', async () => {
    const error = await sdkError(sdk.showFunctionConfig({ function_urn: urn('no-such-function') }));
    expect(error.httpStatusCode).toBe(404);
    expect(error.errorCode).toBe('FSS.1051');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('pin and delete (seed 7.6.19 / 7.6.3)', () => {
  it('pins a function to the top of the list', async () => {
    await sdk.createFunction({ body: createBody('sdk-pinned') });
    await sdk.createFunction({ body: createBody('sdk-newest') });
    const r = await sdk.updateFunctionCollectState({ func_urn: urn('sdk-pinned'), state: 'true' });
    expect(r.httpStatusCode).toBe(200);
    const list = await sdk.listFunctions({ maxitems: '1' });
    expect((list.functions as JsonObject[])[0]?.func_name).toBe('sdk-pinned');
    await sdk.updateFunctionCollectState({ func_urn: urn('sdk-pinned'), state: 'false' });
    const after = await sdk.listFunctions({ maxitems: '1' });
    expect((after.functions as JsonObject[])[0]?.func_name).toBe('sdk-newest');
  });

  it('deletes a whole function with 204', async () => {
    await sdk.createFunction({ body: createBody('sdk-delete') });
    const r = await sdk.deleteFunction({ function_urn: urn('sdk-delete') });
    expect(r.httpStatusCode).toBe(204);
    const error = await sdkError(sdk.showFunctionConfig({ function_urn: urn('sdk-delete') }));
    expect(error.errorCode).toBe('FSS.1051');
  });

  it('refuses to delete latest on its own', async () => {
    const error = await sdkError(sdk.deleteFunction({ function_urn: urn('sdk-pinned', 'latest') }));
    expect([error.httpStatusCode, error.errorCode]).toEqual([400, 'FSS.1015']);
  });
});

describe('authentication', () => {
  it('answers a wrong SK with 401 APIGW.0301', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const core = require('@huaweicloud/huaweicloud-sdk-core') as {
      BasicCredentials: new () => {
        withAk(a: string): { withSk(s: string): { withProjectId(p: string): unknown } };
      };
    };
    const fgs = require('@huaweicloud/huaweicloud-sdk-functiongraph') as {
      FunctionGraphClient: {
        newBuilder(): { withCredential(c: unknown): { withEndpoint(e: string): { build(): LifecycleSdk } } };
      };
    };
    const wrong = fgs.FunctionGraphClient.newBuilder()
      .withCredential(
        new core.BasicCredentials().withAk(server.fg.settings.ak).withSk('wrong-secret').withProjectId(pid),
      )
      .withEndpoint(server.fg.endpoint)
      .build();
    const error = await sdkError(wrong.listFunctions({}));
    expect([error.httpStatusCode, error.errorCode]).toEqual([401, 'APIGW.0301']);
  });
});
