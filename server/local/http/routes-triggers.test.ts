import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID_EVENT_DATA } from '../triggers/event-data-samples';
import { createHarness, TEST_PROJECT_ID } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { TRIGGER_TYPE_CODES } from '../triggers/trigger-types';
import { registerTriggerRoutes } from './routes-triggers';

interface Trigger {
  trigger_id: string;
  trigger_type_code: string;
  trigger_status: string;
  event_data: Record<string, unknown>;
  created_time: string;
  last_updated_time: string;
}
interface ErrorBody {
  error_code: string;
  error_msg: string;
  request_id: string;
}

let h: Harness;
let urn: string;
const enc = encodeURIComponent;
const base = () => `fgs/triggers/${enc(urn)}`;

beforeEach(() => {
  h = createHarness([registerTriggerRoutes]);
  urn = h.createFunction('hello');
});
afterEach(async () => {
  await h.close();
});

async function create(type: string, eventData: unknown, extra: Record<string, unknown> = {}, target = urn) {
  return h.json<Trigger & ErrorBody>('POST', `fgs/triggers/${enc(target)}`, {
    trigger_type_code: type,
    event_data: eventData,
    ...extra,
  });
}

describe('create (seed 7.13.3)', () => {
  it.each(TRIGGER_TYPE_CODES.filter((t) => t !== 'GeminiDB Mongo'))(
    'creates a %s trigger → 201',
    async (type) => {
      const { status, body } = await create(type, VALID_EVENT_DATA[type]);
      expect(status).toBe(201);
      expect(body.trigger_type_code).toBe(type);
      expect(body.trigger_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(body.last_updated_time).toBe(body.created_time);
    },
  );

  it('creates DDS and KAFKA DISABLED and others ACTIVE by default', async () => {
    expect((await create('DDS', VALID_EVENT_DATA.DDS)).body.trigger_status).toBe('DISABLED');
    expect((await create('KAFKA', VALID_EVENT_DATA.KAFKA)).body.trigger_status).toBe('DISABLED');
    expect((await create('SMN', VALID_EVENT_DATA.SMN)).body.trigger_status).toBe('ACTIVE');
  });

  it('refuses DISABLED for types that cannot be disabled (400 FSS.1318)', async () => {
    const { status, body } = await create('APIG', VALID_EVENT_DATA.APIG, { trigger_status: 'DISABLED' });
    expect([status, body.error_code]).toEqual([400, 'FSS.1318']);
    expect((await create('TIMER', VALID_EVENT_DATA.TIMER, { trigger_status: 'DISABLED' })).status).toBe(201);
  });

  it('answers the APIG trigger with the local gateway URL and the seed’s output fields', async () => {
    const { body } = await create('APIG', VALID_EVENT_DATA.APIG, { event_type_code: 'APICreated' });
    expect(body.event_data).toMatchObject({
      triggerid: body.trigger_id,
      api_name: 'API_test_function',
      backend_type: 'FUNCTION',
      invoke_url: `http://127.0.0.1/apig/${TEST_PROJECT_ID}/default/hello/test_gxz_v1_billing`,
      func_info: { function_urn: urn, invocation_type: 'sync', timeout: 5000, version: 'latest' },
    });
    expect(body.event_data.api_id).toMatch(/^[0-9a-f]{32}$/);
    expect((body as unknown as Record<string, unknown>).event_type_code).toBe('APICreated');
  });

  it.each([
    ['unknown type', { trigger_type_code: 'FTP', event_data: {} }, 400, 'FSS.1101'],
    ['missing type', { event_data: {} }, 400, 'FSS.1101'],
    [
      'bad status',
      { trigger_type_code: 'SMN', trigger_status: 'ON', event_data: VALID_EVENT_DATA.SMN },
      400,
      'FSS.0400',
    ],
    ['missing event_data', { trigger_type_code: 'TIMER' }, 400, 'FSS.1109'],
    [
      'bad TIMER rate',
      { trigger_type_code: 'TIMER', event_data: { name: 't', schedule_type: 'Rate', schedule: '90m' } },
      400,
      'FSS.1109',
    ],
    [
      'bad APIG path',
      { trigger_type_code: 'APIG', event_data: { ...VALID_EVENT_DATA.APIG, path: 'x' } },
      400,
      'FSS.1107',
    ],
  ])('%s → %d %s', async (_name, payload, status, code) => {
    const response = await h.json<ErrorBody>('POST', base(), payload);
    expect(response.status).toBe(status);
    expect(response.body.error_code).toBe(code);
    expect(response.body.request_id).toEqual(expect.any(String));
  });

  it('keeps TIMER names unique per function (400 FSS.1307) and API paths unique (409 FSS.1147)', async () => {
    await create('TIMER', VALID_EVENT_DATA.TIMER);
    const timer = await create('TIMER', { ...VALID_EVENT_DATA.TIMER, schedule: '5m' });
    expect([timer.status, timer.body.error_code]).toEqual([400, 'FSS.1307']);
    await create('APIG', VALID_EVENT_DATA.APIG);
    const apig = await create('APIG', { ...VALID_EVENT_DATA.APIG, req_method: 'GET' });
    expect([apig.status, apig.body.error_code]).toEqual([409, 'FSS.1147']);
    const other = await create('APIG', { ...VALID_EVENT_DATA.APIG, path: '/other' });
    expect(other.status).toBe(201);
  });

  it('limits pull triggers to 10 per function (403 FSS.1123)', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await create('DIS', { ...VALID_EVENT_DATA.DIS, stream_name: `s${String(i)}` })).status).toBe(
        201,
      );
    }
    const eleventh = await create('DMS', VALID_EVENT_DATA.DMS);
    expect([eleventh.status, eleventh.body.error_code]).toEqual([403, 'FSS.1123']);
  });

  it('refuses an OBS trigger that overlaps another function’s on the same bucket (403 FSS.1108)', async () => {
    const other = h.createFunction('other');
    expect((await create('OBS', VALID_EVENT_DATA.OBS)).status).toBe(201);
    const clash = await create('OBS', { bucket: 'input-picture2', events: ['ObjectCreated'] }, {}, other);
    expect([clash.status, clash.body.error_code]).toEqual([403, 'FSS.1108']);
    const prefixed = await create(
      'OBS',
      { bucket: 'input-picture2', events: ['Put'], prefix: 'in/' },
      {},
      other,
    );
    expect(prefixed.status).toBe(201);
  });

  it('caps triggers per function at 100 (400 FSS.1306)', async () => {
    for (let i = 0; i < 100; i += 1) {
      const r = await create('TIMER', { ...VALID_EVENT_DATA.TIMER, name: `t${String(i)}` });
      expect(r.status).toBe(201);
    }
    const over = await create('TIMER', { ...VALID_EVENT_DATA.TIMER, name: 't100' });
    expect([over.status, over.body.error_code]).toEqual([400, 'FSS.1306']);
  });

  it('rejects the same source twice (409 per-type code)', async () => {
    await create('SMN', VALID_EVENT_DATA.SMN);
    const again = await create('SMN', VALID_EVENT_DATA.SMN);
    expect([again.status, again.body.error_code]).toEqual([409, 'FSS.1141']);
  });

  it('answers 404 FSS.1051 for an unknown function and 400 FSS.1309 for a malformed URN', async () => {
    expect((await create('SMN', VALID_EVENT_DATA.SMN, {}, 'default:nope')).body.error_code).toBe('FSS.1051');
    expect((await create('SMN', VALID_EVENT_DATA.SMN, {}, 'a:b:c:d:e')).body.error_code).toBe('FSS.1309');
  });
});

describe('list, get, update, delete (seed 7.13.1, 7.13.2, 7.13.4–7.13.6)', () => {
  it('lists as a bare array, gets, updates and deletes one trigger', async () => {
    const timer = (await create('TIMER', VALID_EVENT_DATA.TIMER)).body;
    const list = await h.json<Trigger[]>('GET', base());
    expect(list.status).toBe(200);
    expect(list.body.map((t) => t.trigger_id)).toEqual([timer.trigger_id]);

    const one = await h.json<Trigger>('GET', `${base()}/TIMER/${timer.trigger_id}`);
    expect(one.body).toEqual(list.body[0]);

    const updated = await h.json<Trigger>('PUT', `${base()}/TIMER/${timer.trigger_id}`, {
      trigger_status: 'DISABLED',
      event_data: [{ schedule: '10m' }],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      trigger_status: 'DISABLED',
      event_data: { schedule: '10m', name: 'Timer-l8v2' },
    });
    expect((await h.json<Trigger>('GET', `${base()}/TIMER/${timer.trigger_id}`)).body.trigger_status).toBe(
      'DISABLED',
    );

    expect((await h.request('DELETE', `${base()}/TIMER/${timer.trigger_id}`)).status).toBe(204);
    const gone = await h.json<ErrorBody>('GET', `${base()}/TIMER/${timer.trigger_id}`);
    expect([gone.status, gone.body.error_code]).toEqual([404, 'FSS.1140']);
  });

  it('answers 404 FSS.1137 for an unknown type in the path and FSS.1131 for a type without its own code', async () => {
    const smn = (await create('SMN', VALID_EVENT_DATA.SMN)).body;
    expect((await h.json<ErrorBody>('GET', `${base()}/FTP/${smn.trigger_id}`)).body.error_code).toBe(
      'FSS.1137',
    );
    expect((await h.json<ErrorBody>('GET', `${base()}/CTS/${smn.trigger_id}`)).body.error_code).toBe(
      'FSS.1131',
    );
  });

  it('serves GeminiDB Mongo through an encoded space in the path', async () => {
    const created = await create('GeminiDB Mongo', VALID_EVENT_DATA['GeminiDB Mongo']);
    expect(created.status).toBe(201);
    const got = await h.json<Trigger>('GET', `${base()}/GeminiDB%20Mongo/${created.body.trigger_id}`);
    expect(got.body.trigger_type_code).toBe('GeminiDB Mongo');
  });

  it('refuses to disable an APIG trigger on update (400 FSS.1318)', async () => {
    const apig = (await create('APIG', VALID_EVENT_DATA.APIG)).body;
    const response = await h.json<ErrorBody>('PUT', `${base()}/APIG/${apig.trigger_id}`, {
      trigger_status: 'DISABLED',
    });
    expect([response.status, response.body.error_code]).toEqual([400, 'FSS.1318']);
  });

  it('scopes list and delete-all by qualifier (7.13.1)', async () => {
    const func = h.deps.functions.find('default', 'hello');
    if (!func) throw new Error('function missing');
    h.deps.functions.publishVersion(func, { version: 'v1' });
    h.deps.functions.createAlias(func, { name: 'prod', version: 'v1' }, '2026-01-01T00:00:00+00:00', 10);
    await create('SMN', VALID_EVENT_DATA.SMN);
    await create('SMN', VALID_EVENT_DATA.SMN, {}, `${urn}:v1`);
    await create('SMN', VALID_EVENT_DATA.SMN, {}, `${urn}:!prod`);
    const count = async (target: string) =>
      (await h.json<Trigger[]>('GET', `fgs/triggers/${enc(target)}`)).body.length;
    expect([
      await count(urn),
      await count(`${urn}:latest`),
      await count(`${urn}:v1`),
      await count(`${urn}:!prod`),
    ]).toEqual([3, 1, 1, 1]);
    expect((await h.request('DELETE', `fgs/triggers/${enc(`${urn}:!prod`)}`)).status).toBe(204);
    expect(await count(urn)).toBe(2);
    expect((await h.request('DELETE', `fgs/triggers/${enc(`${urn}:latest`)}`)).status).toBe(204);
    expect(await count(urn)).toBe(0);
  });

  it('drops a deleted version’s triggers and all triggers of a deleted function', async () => {
    const func = h.deps.functions.find('default', 'hello');
    if (!func) throw new Error('function missing');
    h.deps.functions.publishVersion(func, { version: 'v1' });
    await create('LTS', VALID_EVENT_DATA.LTS, {}, `${urn}:v1`);
    await create('LTS', VALID_EVENT_DATA.LTS);
    h.deps.functions.deleteVersion(func, 'v1');
    expect((await h.json<Trigger[]>('GET', base())).body).toHaveLength(1);
    h.deps.functions.deleteFunction(func);
    expect(h.snapshot().triggers).toEqual([]);
  });
});

describe('persistence', () => {
  it('keeps triggers across a restart', async () => {
    const created = (await create('TIMER', VALID_EVENT_DATA.TIMER)).body;
    h = await h.restart();
    const list = await h.json<Trigger[]>('GET', base());
    expect(list.body).toEqual([created]);
  });
});
