/**
 * Issue #3 acceptance, management part: the official Huawei SDK (3.1.211) against a real local FunctionGraph
 * over HTTP for triggers (7.13), test events (7.4), quotas (7.2), templates (7.10), dependencies (7.3),
 * tracing (7.5), reserved instances (7.11), export/import (7.12), async invoke config (7.15.1–7.15.4) and log
 * config (7.9): every SDK operation, its status and fields, the seed's request examples, the error contract
 * (FSS code + X-Request-Id in the SDK's exception) and persistence across a restart.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, zipBase64, sdkError } from '../testing/sdk-harness';
import type { SdkError, TestServer } from '../testing/sdk-harness';
import { VALID_EVENT_DATA } from '../triggers/event-data-samples';

let server: TestServer;
let pid: string;
const urn = (name: string, qualifier?: string) =>
  `urn:fss:local-1:${pid}:function:default:${name}${qualifier === undefined ? '' : `:${qualifier}`}`;
type Json = Record<string, unknown>;
const sdk = () => server.client;

function expectFss(error: SdkError, status: number, code: string): void {
  expect([error.httpStatusCode, error.errorCode]).toEqual([status, code]);
  expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
}

async function createFunction(name: string): Promise<void> {
  await sdk().createFunction({
    body: {
      func_name: name,
      package: 'default',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 3,
      code_type: 'zip',
      code_filename: 'index.zip',
      func_code: { file: zipBase64({ 'index.js': 'exports.handler = async (event, context) => event;' }) },
    },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  pid = server.fg.settings.projectId;
  await createFunction('mgmt');
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('triggers (7.13) through the SDK', () => {
  it('creates every seed example (201), lists, shows, updates and deletes', async () => {
    const examples: [string, Json, string?][] = [
      ['OBS', VALID_EVENT_DATA.OBS],
      ['APIG', VALID_EVENT_DATA.APIG],
      ['DEDICATEDGATEWAY', { ...VALID_EVENT_DATA.DEDICATEDGATEWAY, path: '/dedicated' }],
      ['KAFKA', VALID_EVENT_DATA.KAFKA, 'DISABLED'],
      ['TIMER', VALID_EVENT_DATA.TIMER],
      ['LTS', VALID_EVENT_DATA.LTS],
      ['SMN', VALID_EVENT_DATA.SMN],
      ['EVENTGRID', VALID_EVENT_DATA.EVENTGRID],
    ];
    const ids: Record<string, string> = {};
    for (const [type, eventData, status = 'ACTIVE'] of examples) {
      const r = await sdk().createFunctionTrigger({
        function_urn: urn('mgmt'),
        body: { trigger_type_code: type, trigger_status: status, event_data: eventData },
      });
      expect(r.httpStatusCode).toBe(201);
      expect(r).toMatchObject({ trigger_type_code: type, trigger_status: status });
      expect(Object.keys(r).sort()).toEqual(
        [
          'created_time',
          'event_data',
          'httpStatusCode',
          'last_updated_time',
          'trigger_id',
          'trigger_status',
          'trigger_type_code',
        ].sort(),
      );
      ids[type] = r.trigger_id as string;
    }
    const apig = await sdk().showFunctionTrigger({
      function_urn: urn('mgmt'),
      trigger_type_code: 'APIG',
      trigger_id: ids.APIG,
    });
    expect((apig.event_data as Json).invoke_url).toBe(
      `${server.fg.endpoint}/apig/${pid}/default/mgmt/test_gxz_v1_billing`,
    );

    // A bare JSON array on the wire (7.13.2): the SDK hands back that array, with httpStatusCode added.
    const list = (await sdk().listFunctionTriggers({ function_urn: urn('mgmt') })) as unknown as Json[] & {
      httpStatusCode: number;
    };
    expect(list.httpStatusCode).toBe(200);
    expect(Array.isArray(list)).toBe(true);
    expect(list.map((t) => t.trigger_type_code)).toEqual(examples.map(([type]) => type));

    const updated = await sdk().updateTrigger({
      function_urn: urn('mgmt'),
      trigger_type_code: 'TIMER',
      trigger_id: ids.TIMER,
      body: { trigger_status: 'DISABLED' },
    });
    expect(updated).toMatchObject({ httpStatusCode: 200, trigger_status: 'DISABLED' });

    const deleted = await sdk().deleteFunctionTrigger({
      function_urn: urn('mgmt'),
      trigger_type_code: 'SMN',
      trigger_id: ids.SMN,
    });
    expect(deleted.httpStatusCode).toBe(204);
    expectFss(
      await sdkError(
        sdk().showFunctionTrigger({
          function_urn: urn('mgmt'),
          trigger_type_code: 'SMN',
          trigger_id: ids.SMN,
        }),
      ),
      404,
      'FSS.1132',
    );
    const all = await sdk().batchDeleteFunctionTriggers({ function_urn: urn('mgmt') });
    expect(all.httpStatusCode).toBe(204);
    expect(await (await server.call('GET', `/v2/${pid}/fgs/triggers/${urn('mgmt')}`)).json()).toEqual([]);
  });

  it('reports bad input with the seed codes', async () => {
    expectFss(
      await sdkError(
        sdk().createFunctionTrigger({
          function_urn: urn('mgmt'),
          body: {
            trigger_type_code: 'TIMER',
            event_data: { name: 'x', schedule_type: 'Rate', schedule: '61m' },
          },
        }),
      ),
      400,
      'FSS.1109',
    );
    expectFss(
      await sdkError(
        sdk().createFunctionTrigger({
          function_urn: urn('nope'),
          body: { trigger_type_code: 'SMN', event_data: VALID_EVENT_DATA.SMN },
        }),
      ),
      404,
      'FSS.1051',
    );
  });
});

describe('test events (7.4) through the SDK', () => {
  it('creates, lists, shows, updates and deletes; the 11th is 403 FSS.1068', async () => {
    const created = await sdk().createEvent({
      function_urn: urn('mgmt'),
      body: { name: 'event-xx', content: 'eyJrIjoidiJ9' },
    });
    expect(created).toMatchObject({ httpStatusCode: 200, name: 'event-xx' });
    const id = created.id as string;
    expect((await sdk().listEvents({ function_urn: urn('mgmt') })).count).toBe(1);
    expect(await sdk().showEvent({ function_urn: urn('mgmt'), event_id: id })).toMatchObject({
      content: 'eyJrIjoidiJ9',
    });
    expect(
      await sdk().updateEvent({ function_urn: urn('mgmt'), event_id: id, body: { content: 'e30=' } }),
    ).toMatchObject({
      id,
      name: 'event-xx',
    });
    for (let i = 1; i < 10; i += 1)
      await sdk().createEvent({
        function_urn: urn('mgmt'),
        body: { name: `e${String(i)}`, content: 'e30=' },
      });
    expectFss(
      await sdkError(
        sdk().createEvent({ function_urn: urn('mgmt'), body: { name: 'e10', content: 'e30=' } }),
      ),
      403,
      'FSS.1068',
    );
    expect((await sdk().deleteEvent({ function_urn: urn('mgmt'), event_id: id })).httpStatusCode).toBe(204);
    expectFss(await sdkError(sdk().showEvent({ function_urn: urn('mgmt'), event_id: id })), 404, 'FSS.1070');
  });
});

describe('quotas, templates, tracing, log config through the SDK', () => {
  it('lists quotas (7.2)', async () => {
    const r = await sdk().listQuotas({});
    const resources = (r.quotas as { resources: Json[] }).resources;
    expect(resources.find((q) => q.type === 'fgs_func_num')).toMatchObject({ quota: 400, used: 1 });
  });

  it('lists and shows templates (7.10), 404 FSS.1059', async () => {
    const list = await sdk().listFunctionTemplate({ marker: '0', maxitems: '500', ispublic: 'true' });
    const templates = list.func_templates as Json[];
    expect(templates.length).toBeGreaterThanOrEqual(6);
    const one = await sdk().showFunctionTemplate({ template_id: templates[0]?.id });
    expect(one.template_name).toBe(templates[0]?.template_name);
    expectFss(await sdkError(sdk().showFunctionTemplate({ template_id: 'missing' })), 404, 'FSS.1059');
  });

  it('updates and shows tracing (7.5)', async () => {
    expectFss(await sdkError(sdk().showTracing({ function_urn: urn('mgmt') })), 404, 'FSS.0404');
    const put = await sdk().updateTracing({
      function_urn: urn('mgmt'),
      body: { tracing_ak: 'xxx', tracing_sk: 'yyy' },
    });
    expect(put.httpStatusCode).toBe(200);
    expect(await sdk().showTracing({ function_urn: urn('mgmt') })).toMatchObject({
      tracing_ak: 'xxx',
      tracing_sk: '*****',
    });
  });

  it('answers the log config operations (7.9)', async () => {
    const detail = await sdk().showLtsLogDetails({ function_urn: urn('mgmt') });
    expect(Object.keys(detail).sort()).toEqual([
      'group_id',
      'group_name',
      'httpStatusCode',
      'stream_id',
      'stream_name',
    ]);
    expect((await sdk().enableLtsLogs({})).httpStatusCode).toBe(200);
    expectFss(await sdkError(sdk().enableLtsLogs({})), 400, 'FSS.1221');
    expect((await sdk().enableAsyncStatusLog({})).httpStatusCode).toBe(200);
    expect((await sdk().showProjectAsyncStatusLogInfo({})).group_id).toEqual(expect.any(String));
  });
});

describe('dependencies (7.3) through the SDK', () => {
  it('creates a version, lists, shows and deletes it', async () => {
    const created = await sdk().createDependencyVersion({
      body: {
        depend_type: 'zip',
        depend_file: zipBase64({ 'python/lib.py': 'X = 1\n' }),
        runtime: 'Python3.9',
        name: 'libx',
      },
    });
    expect(created).toMatchObject({ httpStatusCode: 200, name: 'libx', version: 1 });
    const list = await sdk().listDependencies({ marker: '0', maxitems: '400' });
    expect((list.dependencies as Json[]).map((d) => d.name)).toContain('libx');
    const versions = await sdk().listDependencyVersion({ depend_id: created.dep_id });
    expect(versions.count).toBe(1);
    expect(await sdk().showDependencyVersion({ depend_id: created.dep_id, version: '1' })).toMatchObject({
      id: created.id,
    });
    expect(
      (await sdk().deleteDependencyVersion({ depend_id: created.dep_id, version: '1' })).httpStatusCode,
    ).toBe(204);
    expectFss(await sdkError(sdk().listDependencyVersion({ depend_id: created.dep_id })), 404, 'FSS.1056');
  });
});

describe('reserved instances (7.11) through the SDK', () => {
  it('updates the count and lists configs and counts', async () => {
    const put = await sdk().updateFunctionReservedInstancesCount({
      function_urn: urn('mgmt'),
      body: { count: 3 },
    });
    expect(put).toMatchObject({ httpStatusCode: 200, count: 3 });
    const configs = await sdk().listReservedInstanceConfigs({ function_urn: urn('mgmt') });
    expect(configs.reserved_instances).toEqual([
      expect.objectContaining({ function_urn: urn('mgmt', 'latest'), min_count: 3 }),
    ]);
    const counts = await sdk().listFunctionReservedInstances({});
    expect(counts.reservedinstances).toEqual([{ func_urn: urn('mgmt', 'latest'), count: 3 }]);
  });
});

describe('async invoke config (7.15.1–7.15.4) through the SDK', () => {
  it('puts the seed example, shows, lists and deletes', async () => {
    expectFss(
      await sdkError(sdk().showFunctionAsyncInvokeConfig({ function_urn: urn('mgmt') })),
      404,
      'FSS.1086',
    );
    const put = await sdk().updateFunctionAsyncInvokeConfig({
      function_urn: urn('mgmt'),
      body: {
        max_async_event_age_in_seconds: 10,
        max_async_retry_attempts: 3,
        enable_async_status_log: true,
      },
    });
    expect(put).toMatchObject({
      httpStatusCode: 200,
      func_urn: urn('mgmt', 'latest'),
      max_async_retry_attempts: 3,
    });
    expect(await sdk().showFunctionAsyncInvokeConfig({ function_urn: urn('mgmt') })).toMatchObject({
      max_async_event_age_in_seconds: 10,
    });
    const list = await sdk().listFunctionAsyncInvokeConfig({ function_urn: urn('mgmt') });
    expect(list).toMatchObject({
      count: 1,
      page_info: { next_marker: 1, previous_marker: 0, current_count: 1 },
    });
    expectFss(
      await sdkError(
        sdk().updateFunctionAsyncInvokeConfig({
          function_urn: urn('mgmt'),
          body: { max_async_retry_attempts: 9 },
        }),
      ),
      400,
      'FSS.1081',
    );
  });
});

describe('export and import (7.12) through the SDK', () => {
  it('exports code as a zip stream and imports it (409 FSS.1061 on a second import)', async () => {
    const exported = (await sdk().exportFunction({ function_urn: urn('mgmt'), type: 'code' })) as unknown as {
      body: unknown;
    };
    const response = await server.call(
      'GET',
      `/v2/${pid}/fgs/functions/${urn('mgmt')}/export?code=true&config=true`,
    );
    const bundle = new Uint8Array(await response.arrayBuffer());
    expect(Object.keys(unzipSync(bundle)).sort()).toEqual(['code/index.js', 'function.json']);
    expect(exported.body).toBeDefined();
    const body = {
      func_name: 'imported',
      file_name: 'test.zip',
      file_type: 'zip',
      file_code: Buffer.from(bundle).toString('base64'),
    };
    const imported = await sdk().importFunction({ body });
    expect(imported).toMatchObject({
      httpStatusCode: 200,
      func_name: 'imported',
      runtime: 'Node.js18.15',
      func_urn: urn('imported', 'latest'),
    });
    expectFss(await sdkError(sdk().importFunction({ body })), 409, 'FSS.1061');
  });
});

describe('persistence', () => {
  it('keeps triggers, test events, dependencies and async config across a restart', async () => {
    await createFunction('keep');
    await sdk().createFunctionTrigger({
      function_urn: urn('keep'),
      body: { trigger_type_code: 'TIMER', event_data: VALID_EVENT_DATA.TIMER },
    });
    await sdk().createEvent({ function_urn: urn('keep'), body: { name: 'kept', content: 'e30=' } });
    const dep = await sdk().createDependencyVersion({
      body: {
        depend_type: 'zip',
        depend_file: zipBase64({ 'a.txt': 'a' }),
        runtime: 'Node.js18.15',
        name: 'keepdep',
      },
    });
    await sdk().updateFunctionAsyncInvokeConfig({
      function_urn: urn('keep'),
      body: { max_async_retry_attempts: 2 },
    });
    server = await server.restart();
    const triggers = (await (
      await server.call('GET', `/v2/${pid}/fgs/triggers/${urn('keep')}`)
    ).json()) as Json[];
    expect(triggers.map((t) => (t.event_data as Json).name)).toEqual(['Timer-l8v2']);
    expect(
      ((await sdk().listEvents({ function_urn: urn('keep') })).events as Json[]).map((e) => e.name),
    ).toEqual(['kept']);
    expect(await sdk().showDependencyVersion({ depend_id: dep.dep_id, version: '1' })).toMatchObject({
      id: dep.id,
    });
    expect(await sdk().showFunctionAsyncInvokeConfig({ function_urn: urn('keep') })).toMatchObject({
      max_async_retry_attempts: 2,
    });
  }, 60_000);
});
