/**
 * Issue #3 acceptance, versions/aliases/tags/unsupported part: the official Huawei SDK against a real local
 * FunctionGraph. Seed 7.7 (versions, aliases), 7.6.9/7.6.13–7.6.16 (tags), 7.6.3 (delete a version),
 * 7.6.10–7.6.12/7.6.17/7.6.18/7.6.20/7.16 (answered as unsupported, never a bare 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from './http/lifecycle-kit';
import { startTestServer, zipBase64, sdkError } from './testing/sdk-harness';
import type { TestServer } from './testing/sdk-harness';

type Op = (request: Record<string, unknown>) => Promise<JsonObject>;
type Sdk = Record<
  | 'createFunction'
  | 'deleteFunction'
  | 'showFunctionConfig'
  | 'updateFunctionConfig'
  | 'updateFunctionCode'
  | 'listFunctionVersions'
  | 'createFunctionVersion'
  | 'listVersionAliases'
  | 'createVersionAlias'
  | 'showVersionAlias'
  | 'updateVersionAlias'
  | 'deleteVersionAlias'
  | 'listFunctionTags'
  | 'showProjectTagsList'
  | 'showResInstanceInfo'
  | 'createTags'
  | 'deleteTags'
  | 'updateFuncSnapshot'
  | 'showFuncSnapshotState'
  | 'listBridgeFunctions'
  | 'listBridgeVersions'
  | 'createVpcEndpoint'
  | 'deleteVpcEndpoint'
  | 'listAppTemplates'
  | 'showAppTemplate'
  | 'listFunctionApplications'
  | 'createFunctionApp'
  | 'showFunctionApp'
  | 'deleteFunctionApp',
  Op
>;

let server: TestServer;
let sdk: Sdk;
let pid: string;
const urn = (name: string, qualifier?: string) =>
  `urn:fss:local-1:${pid}:function:default:${name}${qualifier === undefined ? '' : `:${qualifier}`}`;

async function createFunction(name: string): Promise<void> {
  await sdk.createFunction({
    body: {
      func_name: name,
      package: 'default',
      runtime: 'Python3.10',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 10,
      code_type: 'zip',
      func_code: { file: zipBase64({ 'index.py': 'def handler(e, c):\n    return 1\n' }) },
    },
  });
}

async function changeCode(name: string, marker: string): Promise<void> {
  await sdk.updateFunctionCode({
    function_urn: urn(name),
    body: { code_type: 'zip', func_code: { file: zipBase64({ 'index.py': `# ${marker}\n` }) } },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  sdk = server.client;
  pid = server.fg.settings.projectId;
  await createFunction('ver');
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('versions (seed 7.7.6 / 7.7.7)', () => {
  it('publishes immutable snapshots of code and config', async () => {
    const v1 = await sdk.createFunctionVersion({
      function_urn: urn('ver'),
      body: { version: 'v1', description: 'first' },
    });
    expect(v1.httpStatusCode).toBe(200);
    expect(v1).toMatchObject({ func_urn: urn('ver', 'v1'), version: 'v1', version_description: 'first' });
    const latestDigest = (await sdk.showFunctionConfig({ function_urn: urn('ver') })).digest as string;
    expect(v1.digest).toBe(latestDigest);
    await changeCode('ver', 'second');
    const shown = await sdk.showFunctionConfig({ function_urn: urn('ver', 'v1') });
    expect(shown.digest).toBe(latestDigest);
    expect(shown.version).toBe('v1');
    const auto = await sdk.createFunctionVersion({ function_urn: urn('ver'), body: {} });
    expect(auto.version).toMatch(/^v\d{8}-\d{6}$/);
  });

  it('refuses to publish without changes (FSS.1016) and a duplicate name (FSS.1062)', async () => {
    const unchanged = await sdkError(
      sdk.createFunctionVersion({ function_urn: urn('ver'), body: { version: 'v9' } }),
    );
    expect([unchanged.httpStatusCode, unchanged.errorCode]).toEqual([400, 'FSS.1016']);
    await changeCode('ver', 'third');
    const duplicate = await sdkError(
      sdk.createFunctionVersion({ function_urn: urn('ver'), body: { version: 'v1' } }),
    );
    expect([duplicate.httpStatusCode, duplicate.errorCode]).toEqual([409, 'FSS.1062']);
  });

  it('lists versions with marker/maxitems paging', async () => {
    const all = await sdk.listFunctionVersions({ function_urn: urn('ver') });
    expect(all.count).toBe(3);
    const page = await sdk.listFunctionVersions({ function_urn: urn('ver'), marker: '1', maxitems: '1' });
    expect(page.versions).toHaveLength(1);
    expect(page.next_marker).toBe(2);
    const item = (all.versions as JsonObject[]).find((v) => v.version === 'v1') as JsonObject;
    expect(item).toMatchObject({ func_urn: urn('ver', 'v1'), concurrency: -1, concurrent_num: 1 });
    expect(item).not.toHaveProperty('description');
    expect((all.versions as JsonObject[])[0]?.version).toBe('latest');
  });
});

describe('aliases (seed 7.7.1–7.7.5)', () => {
  it('creates, reads, lists (bare array), updates and deletes an alias', async () => {
    await changeCode('ver', 'for-v2');
    await sdk.createFunctionVersion({ function_urn: urn('ver'), body: { version: 'v2' } });
    const created = await sdk.createVersionAlias({
      function_urn: urn('ver'),
      body: { name: 'prod', version: 'v1', description: 'live', additional_version_weights: { v2: 20 } },
    });
    expect(created.httpStatusCode).toBe(200);
    expect(created).toMatchObject({
      name: 'prod',
      version: 'v1',
      description: 'live',
      alias_urn: urn('ver', '!prod'),
      additional_version_weights: { v2: 20 },
    });
    const shown = await sdk.showVersionAlias({ function_urn: urn('ver'), alias_name: 'prod' });
    expect(shown).toMatchObject({ name: 'prod', version: 'v1' });
    const config = await sdk.showFunctionConfig({ function_urn: urn('ver', '!prod') });
    expect(config.version).toBe('v1');
    const strategy = {
      v1: { combine_type: 'and', rules: [{ rule_type: 'Header', param: 'version', op: '=', value: 'v1' }] },
    };
    const updated = await sdk.updateVersionAlias({
      function_urn: urn('ver'),
      alias_name: 'prod',
      body: { version: 'v2', additional_version_strategy: strategy },
    });
    expect(updated).toMatchObject({ version: 'v2', additional_version_strategy: strategy });
    const list = await sdk.listVersionAliases({ function_urn: urn('ver') });
    expect(list.httpStatusCode).toBe(200);
    const names = Object.entries(list)
      .filter(([k]) => /^\d+$/.test(k))
      .map(([, v]) => (v as JsonObject).name as string);
    expect(names).toEqual(['prod']);
    const deleted = await sdk.deleteVersionAlias({ function_urn: urn('ver'), alias_name: 'prod' });
    expect(deleted.httpStatusCode).toBe(204);
    const gone = await sdkError(sdk.showVersionAlias({ function_urn: urn('ver'), alias_name: 'prod' }));
    expect([gone.httpStatusCode, gone.errorCode]).toEqual([404, 'FSS.1053']);
  });

  it('validates weights and additional versions with the seed codes', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: '1bad', version: 'v1' }, 400, 'FSS.1014'],
      [{ name: 'a', version: 'v1', additional_version_weights: { v2: 101 } }, 400, 'FSS.1092'],
      [{ name: 'a', version: 'v1', additional_version_weights: { v1: 10 } }, 400, 'FSS.1093'],
      [{ name: 'a', version: 'v1', additional_version_weights: { v7: 10 } }, 400, 'FSS.1091'],
      [{ name: 'a', version: 'v404' }, 404, 'FSS.1052'],
    ];
    for (const [body, status, code] of cases) {
      const error = await sdkError(sdk.createVersionAlias({ function_urn: urn('ver'), body }));
      expect([error.httpStatusCode, error.errorCode]).toEqual([status, code]);
    }
    await sdk.createVersionAlias({ function_urn: urn('ver'), body: { name: 'dup', version: 'v1' } });
    const dup = await sdkError(
      sdk.createVersionAlias({ function_urn: urn('ver'), body: { name: 'dup', version: 'v2' } }),
    );
    expect([dup.httpStatusCode, dup.errorCode]).toEqual([409, 'FSS.1063']);
    // One alias per version (409 FSS.1066), on create and on update; an alias may keep its own version.
    const taken = await sdkError(
      sdk.createVersionAlias({ function_urn: urn('ver'), body: { name: 'other', version: 'v1' } }),
    );
    expect([taken.httpStatusCode, taken.errorCode]).toEqual([409, 'FSS.1066']);
    expect(taken.errorMsg).toContain('alias dup');
    await sdk.createVersionAlias({ function_urn: urn('ver'), body: { name: 'two', version: 'v2' } });
    const moved = await sdkError(
      sdk.updateVersionAlias({ function_urn: urn('ver'), alias_name: 'two', body: { version: 'v1' } }),
    );
    expect([moved.httpStatusCode, moved.errorCode]).toEqual([409, 'FSS.1066']);
    const kept = await sdk.updateVersionAlias({
      function_urn: urn('ver'),
      alias_name: 'dup',
      body: { version: 'v1', description: 'same version' },
    });
    expect(kept).toMatchObject({ version: 'v1', description: 'same version' });
    for (const alias_name of ['dup', 'two'])
      await sdk.deleteVersionAlias({ function_urn: urn('ver'), alias_name });
  });

  it('deletes one version by its URN; a canary target cannot go (403 FSS.1094)', async () => {
    await sdk.createVersionAlias({
      function_urn: urn('ver'),
      body: { name: 'canary', version: 'v1', additional_version_weights: { v2: 50 } },
    });
    const refused = await sdkError(sdk.deleteFunction({ function_urn: urn('ver', 'v2') }));
    expect([refused.httpStatusCode, refused.errorCode]).toEqual([403, 'FSS.1094']);
    await sdk.deleteVersionAlias({ function_urn: urn('ver'), alias_name: 'canary' });
    const r = await sdk.deleteFunction({ function_urn: urn('ver', 'v2') });
    expect(r.httpStatusCode).toBe(204);
    const gone = await sdkError(sdk.showFunctionConfig({ function_urn: urn('ver', 'v2') }));
    expect([gone.httpStatusCode, gone.errorCode]).toEqual([404, 'FSS.1052']);
    expect((await sdk.showFunctionConfig({ function_urn: urn('ver', 'v1') })).version).toBe('v1');
  });
});

describe('tags (seed 7.6.9, 7.6.13–7.6.16)', () => {
  it('creates, lists, filters, counts and deletes tags', async () => {
    await createFunction('tagged');
    const created = await sdk.createTags({
      resource_type: 'functions',
      resource_id: urn('tagged'),
      body: {
        action: 'create',
        tags: [
          { key: 'team', value: 'blue' },
          { key: 'env', value: 'dev' },
        ],
      },
    });
    expect(created.httpStatusCode).toBe(204);
    const tags = await sdk.listFunctionTags({ resource_type: 'functions', resource_id: urn('tagged') });
    expect(tags.tags).toEqual([
      { key: 'env', value: 'dev' },
      { key: 'team', value: 'blue' },
    ]);
    expect(tags.sys_tags).toEqual([{ key: '_sys_enterprise_project_id', value: '0' }]);
    const project = await sdk.showProjectTagsList({ resource_type: 'functions' });
    expect(project.tags).toEqual(expect.arrayContaining([{ key: 'team', values: ['blue'] }]));
    const filtered = await sdk.showResInstanceInfo({
      resource_type: 'functions',
      action: 'filter',
      body: { matches: [{ key: 'resource_name', value: 'tagg' }] },
    });
    expect(filtered.total_count).toBe(1);
    expect((filtered.resources as JsonObject[])[0]).toMatchObject({
      resource_name: 'tagged',
      resource_detail: { detailId: urn('tagged') },
    });
    const count = await sdk.showResInstanceInfo({
      resource_type: 'functions',
      action: 'count',
      body: { without_any_tag: true },
    });
    expect(count.total_count).toBe(1);
    const deleted = await sdk.deleteTags({
      resource_type: 'functions',
      resource_id: urn('tagged'),
      body: { action: 'delete', tags: [{ key: 'team', value: 'blue' }] },
    });
    expect(deleted.httpStatusCode).toBe(204);
    const after = await sdk.listFunctionTags({ resource_type: 'functions', resource_id: urn('tagged') });
    expect(after.tags).toEqual([{ key: 'env', value: 'dev' }]);
  });

  it('refuses another resource type than functions', async () => {
    const error = await sdkError(
      sdk.listFunctionTags({ resource_type: 'workflows', resource_id: urn('tagged') }),
    );
    expect([error.httpStatusCode, error.errorCode]).toEqual([400, 'FSS.0400']);
  });
});

describe('features that need Huawei Cloud answer 403 FSS.0403 with the reason', () => {
  it.each<[string, () => Promise<unknown>, RegExp]>([
    [
      'updateFuncSnapshot',
      () => sdk.updateFuncSnapshot({ function_urn: urn('ver'), action: 'enable' }),
      /Snapshot/,
    ],
    [
      'showFuncSnapshotState',
      () => sdk.showFuncSnapshotState({ function_urn: urn('ver'), action: 'state' }),
      /Snapshot/,
    ],
    [
      'listBridgeFunctions',
      () => sdk.listBridgeFunctions({ function_urn: urn('ver'), type: 'rds' }),
      /Servicebridge/,
    ],
    ['listBridgeVersions', () => sdk.listBridgeVersions({ type: 'rds' }), /Servicebridge/],
    [
      'createVpcEndpoint',
      () => sdk.createVpcEndpoint({ body: { vpc_id: 'v', subnet_id: 's' } }),
      /VPC endpoint/,
    ],
    ['deleteVpcEndpoint', () => sdk.deleteVpcEndpoint({ vpc_id: 'v', subnet_id: 's' }), /VPC endpoint/],
    ['listAppTemplates', () => sdk.listAppTemplates({}), /application center/],
    ['showAppTemplate', () => sdk.showAppTemplate({ id: 'x' }), /application center/],
    ['listFunctionApplications', () => sdk.listFunctionApplications({}), /application center/],
    ['createFunctionApp', () => sdk.createFunctionApp({ body: { name: 'a' } }), /application center/],
    ['showFunctionApp', () => sdk.showFunctionApp({ id: 'x' }), /application center/],
    ['deleteFunctionApp', () => sdk.deleteFunctionApp({ id: 'x' }), /application center/],
  ])('%s', async (_op, call, message) => {
    const error = await sdkError(call());
    expect([error.httpStatusCode, error.errorCode]).toEqual([403, 'FSS.0403']);
    expect(error.errorMsg).toMatch(message);
    expect(error.errorMsg).toMatch(/not supported by the local FunctionGraph/);
  });
});
