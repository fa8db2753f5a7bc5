/**
 * Property-based bad input for the management endpoints (triggers, test events, async config, tracing, log
 * config, reserved instances, templates, dependencies, export/import): for each endpoint ≥ 200 generated invalid
 * requests, each answered 4xx with the error envelope (`FSS.xxxx`, message, request id), never 5xx, and nothing
 * persisted changes (every table and the blob listing compared before and after each request).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_EVENT_DATA } from '../triggers/event-data-samples';
import { createHarness, sampleZip } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { TRIGGER_TYPE_CODES } from '../triggers/trigger-types';
import { registerAsyncConfigRoutes } from './routes-async-config';
import { registerDependencyRoutes } from './routes-dependencies';
import { registerImportExportRoutes } from './routes-import-export';
import { registerLogConfigRoutes } from './routes-log-config';
import { registerQuotaRoutes } from './routes-quotas';
import { registerReservedRoutes } from './routes-reserved';
import { registerTemplateRoutes } from './routes-templates';
import { registerTestEventRoutes } from './routes-test-events';
import { registerTracingRoutes } from './routes-tracing';
import { registerTriggerRoutes } from './routes-triggers';

const RUNS = 200;
let h: Harness;
let target: string;
let F: string;
let timerId: string;
let eventId: string;
let depId: string;

interface BadRequest {
  method: string;
  path: string;
  /** An object is sent as JSON; a string is sent raw (e.g. broken JSON). */
  body?: unknown;
}

const enc = encodeURIComponent;
const zip64 = Buffer.from(sampleZip()).toString('base64');

/** Values of the wrong JSON type for any string, number, boolean or array field. */
const wrongType = fc.oneof(fc.constant({ bad: true }), fc.constant({}), fc.constant([[1]]));
/** JSON values that are not objects (a string is sent JSON-encoded, so `""` is never an empty body). */
const notObject = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 10 }).map((text) => JSON.stringify(text)),
  fc.boolean(),
  fc.constant(null),
  fc.constant([1]),
);
const brokenJson = fc.constantFrom('{', '{"a":', '[1,', 'nul', '{"name": }', '\u0000');
const junkString = fc.string({ maxLength: 40 });
/** Path ids that exist nowhere. */
const unknownId = fc.uuid();
/** URNs that are malformed (400 FSS.1309 / 404) or name no function (404 FSS.1051). */
const badUrn = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s !== 'target' && s !== 'default:target'),
  fc.stringMatching(/^[a-z][a-z0-9]{2,20}$/).map((n) => `default:nope${n}`),
  fc.constant('a:b:c:d:e'),
  fc.constant('urn:fss:local-1:0123456789abcdef0123456789abcdef:function:default:target:v404'),
);
const badMarker = fc.oneof(
  fc.constant('-1'),
  fc.constant('x'),
  fc.constant('1.5'),
  fc.stringMatching(/^[a-z]{1,5}$/),
);

/** Replaces one field of `valid` with a wrong-typed value, or the body with junk. */
function mutate(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(fc.constantFrom(...keys), wrongType).map(([k, v]) => ({ ...valid, [k]: v })),
    },
    { weight: 1, arbitrary: notObject },
    { weight: 1, arbitrary: brokenJson },
  );
}

/** An invalid trigger create body: bad type, bad status, non-disableable DISABLED, or a bad event_data field. */
const badTriggerBody: fc.Arbitrary<unknown> = fc.oneof(
  junkString
    .filter((s) => !(TRIGGER_TYPE_CODES as readonly string[]).includes(s) && s !== 'kafka')
    .map((type) => ({
      trigger_type_code: type,
      event_data: {},
    })),
  fc.constantFrom(...TRIGGER_TYPE_CODES).chain((type) =>
    fc.oneof(
      notObject.map((eventData) => ({ trigger_type_code: type, event_data: eventData })),
      junkString
        .filter((s) => s !== 'ACTIVE' && s !== 'DISABLED')
        .map((status) => ({
          trigger_type_code: type,
          trigger_status: status,
          event_data: VALID_EVENT_DATA[type],
        })),
      type === 'IOTDA'
        ? fc.constant({ trigger_type_code: type, trigger_status: 'DISABLED', event_data: {} })
        : fc.constantFrom(...Object.keys(VALID_EVENT_DATA[type])).map((key) => ({
            trigger_type_code: type,
            event_data: { ...VALID_EVENT_DATA[type], [key]: key === 'func_info' ? 'x' : { bad: true } },
          })),
    ),
  ),
  // Already exists: the setup's TIMER name.
  fc.constant({ trigger_type_code: 'TIMER', event_data: VALID_EVENT_DATA.TIMER }),
  brokenJson,
);

const validDependency = { depend_type: 'zip', depend_file: zip64, runtime: 'Node.js18.15', name: 'fuzzdep' };
const validImport = { func_name: 'imported', file_name: 'a.zip', file_type: 'zip', file_code: zip64 };

function endpoints(): Record<string, fc.Arbitrary<BadRequest>> {
  const fn = (urn: string) => `fgs/functions/${enc(urn)}`;
  const tr = (urn: string) => `fgs/triggers/${enc(urn)}`;
  return {
    'POST triggers': badTriggerBody.map((body) => ({ method: 'POST', path: tr(target), body })),
    'POST triggers (bad URN)': badUrn.map((u) => ({
      method: 'POST',
      path: tr(u),
      body: { trigger_type_code: 'SMN', event_data: VALID_EVENT_DATA.SMN },
    })),
    'GET triggers': badUrn.map((u) => ({ method: 'GET', path: tr(u) })),
    'DELETE triggers': badUrn.map((u) => ({ method: 'DELETE', path: tr(u) })),
    'GET trigger': fc
      .tuple(fc.constantFrom(...TRIGGER_TYPE_CODES, 'FTP', 'timer'), unknownId)
      .map(([t, id]) => ({ method: 'GET', path: `${tr(target)}/${enc(t)}/${id}` })),
    'DELETE trigger': fc
      .tuple(fc.constantFrom('SMN', 'APIG', 'TIMER', 'NOPE'), unknownId)
      .map(([t, id]) => ({ method: 'DELETE', path: `${tr(target)}/${t}/${id}` })),
    'PUT trigger': fc.oneof(
      unknownId.map((id) => ({
        method: 'PUT',
        path: `${tr(target)}/TIMER/${id}`,
        body: { trigger_status: 'DISABLED' },
      })),
      fc
        .oneof(
          junkString
            .filter((s) => s !== 'ACTIVE' && s !== 'DISABLED')
            .map((status) => ({ trigger_status: status })),
          notObject.filter((v) => v !== null).map((eventData) => ({ event_data: eventData })),
          fc
            .tuple(fc.constantFrom('name', 'schedule', 'schedule_type', 'user_event'), wrongType)
            .map(([k, v]) => ({ event_data: [{ [k]: v }] })),
          fc
            .constantFrom('1m0', '61m', 'abc', '0 0 25 * * *')
            .map((schedule) => ({ event_data: [{ schedule }] })),
          brokenJson,
        )
        .map((body) => ({ method: 'PUT', path: `${tr(target)}/TIMER/${timerId}`, body })),
    ),
    'POST events': fc
      .oneof(
        mutate({ name: 'fresh', content: 'e30=' }),
        junkString
          .filter((s) => !/^[A-Za-z][A-Za-z0-9_-]{0,24}$/.test(s))
          .map((name) => ({ name, content: 'e30=' })),
        junkString
          .filter(
            (s) => !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) || s === '',
          )
          .map((content) => ({ name: 'fresh', content })),
        fc.constant({ name: 'existing', content: 'e30=' }),
        fc
          .integer({ min: 4097, max: 6000 })
          .map((n) => ({ name: 'big', content: Buffer.from('x'.repeat(n)).toString('base64') })),
      )
      .map((body) => ({ method: 'POST', path: `${fn(target)}/events`, body })),
    'GET events': badUrn.map((u) => ({ method: 'GET', path: `${fn(u)}/events` })),
    'GET event': unknownId.map((id) => ({ method: 'GET', path: `${fn(target)}/events/${id}` })),
    'DELETE event': unknownId.map((id) => ({ method: 'DELETE', path: `${fn(target)}/events/${id}` })),
    'PUT event': fc.oneof(
      unknownId.map((id) => ({
        method: 'PUT',
        path: `${fn(target)}/events/${id}`,
        body: { content: 'e30=' },
      })),
      mutate({ content: 'e30=' }).map((body) => ({
        method: 'PUT',
        path: `${fn(target)}/events/${eventId}`,
        body,
      })),
    ),
    'PUT async-invoke-config': fc
      .oneof(
        mutate({
          max_async_event_age_in_seconds: 60,
          max_async_retry_attempts: 1,
          enable_async_status_log: false,
        }),
        fc
          .oneof(fc.integer({ max: 0 }), fc.integer({ min: 86401 }))
          .map((n) => ({ max_async_event_age_in_seconds: n })),
        fc
          .oneof(fc.integer({ max: -1 }), fc.integer({ min: 4 }))
          .map((n) => ({ max_async_retry_attempts: n })),
        fc
          .tuple(
            fc.constantFrom('OBS', 'SMN', 'DIS', 'FunctionGraph', 'EMAIL'),
            fc.oneof(junkString, fc.constant('{}')),
          )
          .filter(([d, p]) => d === 'EMAIL' || p === '{}' || !p.startsWith('{'))
          .map(([destination, param]) => ({ destination_config: { on_failure: { destination, param } } })),
      )
      .map((body) => ({ method: 'PUT', path: `${fn(target)}/async-invoke-config`, body })),
    'GET async-invoke-config': badUrn.map((u) => ({ method: 'GET', path: `${fn(u)}/async-invoke-config` })),
    'DELETE async-invoke-config': badUrn.map((u) => ({
      method: 'DELETE',
      path: `${fn(u)}/async-invoke-config`,
    })),
    'GET async-invoke-configs': fc
      .tuple(fc.constantFrom('marker', 'limit'), badMarker)
      .map(([k, v]) => ({ method: 'GET', path: `${fn(target)}/async-invoke-configs?${k}=${enc(v)}` })),
    'PUT tracing': fc
      .oneof(
        mutate({ tracing_ak: 'ak', tracing_sk: 'sk' }),
        fc.constantFrom(
          { tracing_ak: 'only-ak' },
          { tracing_sk: 'only-sk' },
          { tracing_ak: 'a b', tracing_sk: 'c' },
        ),
      )
      .map((body) => ({ method: 'PUT', path: `${fn(target)}/tracing`, body })),
    'GET tracing': badUrn.map((u) => ({ method: 'GET', path: `${fn(u)}/tracing` })),
    'GET lts-log-detail': badUrn.map((u) => ({ method: 'GET', path: `${fn(u)}/lts-log-detail` })),
    'POST enable-lts-logs (already enabled)': fc
      .option(fc.jsonValue(), { nil: undefined })
      .map((body) => ({ method: 'POST', path: 'fgs/functions/enable-lts-logs', body })),
    'PUT reservedinstances': fc
      .oneof(
        mutate({ count: 1, idle_mode: false }),
        fc.integer({ max: -1 }).map((count) => ({ count })),
        fc.integer({ min: 101, max: 1000 }).map((count) => ({ count })),
        fc.constant({}),
        junkString.map((cron) => ({
          count: 1,
          tactics_config: {
            cron_configs: [{ name: 'c', cron: `${cron} x`, count: 1, start_time: 1, expired_time: 2 }],
          },
        })),
      )
      .map((body) => ({ method: 'PUT', path: `${fn(target)}/reservedinstances`, body })),
    'GET reservedinstanceconfigs': fc
      .oneof(
        fc.tuple(fc.constantFrom('marker', 'limit'), badMarker).map(([k, v]) => `${k}=${enc(v)}`),
        badUrn.map((u) => `function_urn=${enc(u)}`),
      )
      .map((q) => ({ method: 'GET', path: `fgs/functions/reservedinstanceconfigs?${q}` })),
    'GET reservedinstances': fc
      .oneof(
        fc.tuple(fc.constantFrom('marker', 'limit'), badMarker).map(([k, v]) => `${k}=${enc(v)}`),
        badUrn.map((u) => `urn=${enc(u)}`),
      )
      .map((q) => ({ method: 'GET', path: `fgs/functions/reservedinstances?${q}` })),
    'GET templates': fc
      .oneof(
        fc.tuple(fc.constantFrom('marker', 'maxitems'), badMarker).map(([k, v]) => `${k}=${enc(v)}`),
        junkString.filter((s) => s !== 'true' && s !== 'false').map((v) => `ispublic=${enc(v)}`),
        fc.string({ minLength: 65, maxLength: 80 }).map((v) => `runtime=${enc(v)}`),
      )
      .map((q) => ({ method: 'GET', path: `fgs/templates?${q}` })),
    'GET template': unknownId.map((id) => ({ method: 'GET', path: `fgs/templates/${id}` })),
    'POST dependencies/version': fc
      .oneof(
        mutate(validDependency),
        junkString
          .filter((s) => s !== 'zip' && s !== 'obs')
          .map((t) => ({ ...validDependency, depend_type: t })),
        junkString.map((f) => ({ ...validDependency, depend_file: `${f}!` })),
        junkString
          .filter((s) => !/^[A-Za-z](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9])?$/.test(s))
          .map((name) => ({ ...validDependency, name })),
        junkString.map((runtime) => ({ ...validDependency, runtime: `${runtime}?` })),
        fc.constant({ ...validDependency, depend_type: 'obs', depend_file: undefined }),
      )
      .map((body) => ({ method: 'POST', path: 'fgs/dependencies/version', body })),
    'POST dependencies (deprecated)': fc
      .oneof(mutate(validDependency), fc.constant({ ...validDependency, name: 'useddep' }))
      .map((body) => ({ method: 'POST', path: 'fgs/dependencies', body })),
    'GET dependencies': fc
      .oneof(
        fc.tuple(fc.constantFrom('marker', 'maxitems', 'limit'), badMarker).map(([k, v]) => `${k}=${enc(v)}`),
        junkString
          .filter((s) => !['public', 'private', 'all'].includes(s))
          .map((v) => `dependency_type=${enc(v)}`),
      )
      .map((q) => ({ method: 'GET', path: `fgs/dependencies?${q}` })),
    'GET dependency versions': fc.oneof(
      unknownId.map((id) => ({ method: 'GET', path: `fgs/dependencies/${id}/version` })),
      badMarker.map((m) => ({ method: 'GET', path: `fgs/dependencies/${depId}/version?marker=${enc(m)}` })),
    ),
    'GET dependency version': fc
      .tuple(
        fc.oneof(unknownId, fc.constant('DEP')),
        fc.oneof(
          fc.integer({ min: 2 }).map(String),
          junkString.map((s) => `v${s}`),
        ),
      )
      .map(([d, v]) => ({
        method: 'GET',
        path: `fgs/dependencies/${d === 'DEP' ? depId : d}/version/${enc(v)}`,
      })),
    'DELETE dependency version': fc.oneof(
      unknownId.map((id) => ({ method: 'DELETE', path: `fgs/dependencies/${id}/version/1` })),
      fc.constant({ method: 'DELETE', path: `fgs/dependencies/${depId}/version/1` }),
    ),
    'GET/PUT/DELETE dependency (deprecated)': fc.oneof(
      unknownId.map((id) => ({ method: 'GET', path: `fgs/dependencies/${id}` })),
      unknownId.map((id) => ({ method: 'DELETE', path: `fgs/dependencies/${id}` })),
      fc.constant({ method: 'DELETE', path: `fgs/dependencies/${depId}` }),
      mutate({ ...validDependency, name: 'useddep' }).map((body) => ({
        method: 'PUT',
        path: `fgs/dependencies/${depId}`,
        body,
      })),
      fc.constant({
        method: 'PUT',
        path: `fgs/dependencies/${depId}`,
        body: { ...validDependency, name: 'renamed' },
      }),
    ),
    'GET export': fc
      .oneof(
        fc.constantFrom(
          '',
          'code=false',
          'config=false&code=false',
          'type=code&code=true',
          'type=config&config=false',
        ),
        junkString.filter((s) => s !== 'code' && s !== 'config').map((t) => `type=${enc(t)}`),
        junkString.filter((s) => s !== 'true' && s !== 'false').map((v) => `code=${enc(v)}`),
      )
      .map((q) => ({ method: 'GET', path: `${fn(target)}/export?${q}` })),
    'GET export (bad URN)': badUrn.map((u) => ({ method: 'GET', path: `${fn(u)}/export?type=code` })),
    'POST import': fc
      .oneof(
        mutate(validImport),
        fc.constant({ ...validImport, func_name: 'target' }),
        junkString.filter((s) => s !== 'zip').map((file_type) => ({ ...validImport, file_type })),
        junkString.map((s) => ({
          ...validImport,
          file_code: Buffer.from(`not a zip ${s}`).toString('base64'),
        })),
        fc.constant({
          ...validImport,
          file_code: Buffer.from(sampleZip({ 'notes.txt': 'x' })).toString('base64'),
        }),
      )
      .map((body) => ({ method: 'POST', path: 'fgs/functions/import', body })),
  };
}

beforeAll(async () => {
  h = createHarness([
    registerReservedRoutes,
    registerLogConfigRoutes,
    registerImportExportRoutes,
    registerTriggerRoutes,
    registerTestEventRoutes,
    registerAsyncConfigRoutes,
    registerTracingRoutes,
    registerTemplateRoutes,
    registerDependencyRoutes,
    registerQuotaRoutes,
  ]);
  target = h.createFunction('target');
  F = `fgs/functions/${enc(target)}`;
  const timer = await h.json<{ trigger_id: string }>('POST', `fgs/triggers/${enc(target)}`, {
    trigger_type_code: 'TIMER',
    event_data: VALID_EVENT_DATA.TIMER,
  });
  timerId = timer.body.trigger_id;
  eventId = (await h.json<{ id: string }>('POST', `${F}/events`, { name: 'existing', content: 'e30=' })).body
    .id;
  await h.json('PUT', `${F}/async-invoke-config`, { max_async_retry_attempts: 2 });
  await h.json('PUT', `${F}/tracing`, { tracing_ak: 'ak', tracing_sk: 'sk' });
  await h.json('PUT', `${F}/reservedinstances`, { count: 1 });
  await h.request('POST', 'fgs/functions/enable-lts-logs');
  const dep = await h.json<{ id: string; dep_id: string }>('POST', 'fgs/dependencies', {
    ...validDependency,
    name: 'useddep',
  });
  depId = dep.body.id;
  // A function uses the dependency's only version, so deleting it is 412 and the deprecated delete is refused.
  const resolved = h.deps.functions.resolve(target);
  const versionId = (
    await h.json<{ dependencies: { id: string }[] }>('GET', `fgs/dependencies/${depId}/version`)
  ).body.dependencies[0]?.id;
  h.deps.functions.updateConfig(resolved.func, {
    ...h.deps.functions.configOf(resolved.version),
    depend_version_list: [versionId ?? ''],
  });
}, 60_000);

afterAll(async () => {
  await h.close();
});

const snapshot = () => JSON.stringify([h.snapshot(), h.deps.blobs.listBlobs()]);

describe('management endpoints refuse bad input cleanly', () => {
  const names = Object.keys(endpoints());

  it('covers every management endpoint that takes input', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it.each(names)(
    '%s: ≥ 200 invalid requests → 4xx envelope, store unchanged',
    async (name) => {
      const arbitrary = endpoints()[name];
      if (!arbitrary) throw new Error(`no generator for ${name}`);
      const before = snapshot();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(arbitrary, async (req) => {
          runs += 1;
          const response = await h.request(req.method, req.path, req.body);
          const text = await response.text();
          expect(
            response.status,
            `${req.method} ${req.path} ${JSON.stringify(req.body ?? null).slice(0, 200)} → ${text}`,
          ).toBeGreaterThanOrEqual(400);
          expect(response.status, text).toBeLessThan(500);
          const envelope = JSON.parse(text) as {
            error_code: unknown;
            error_msg: unknown;
            request_id: unknown;
          };
          expect(envelope.error_code).toMatch(/^FSS\.\d{4}$/);
          expect(envelope.error_msg).toEqual(expect.any(String));
          expect(envelope.request_id).toBe(response.headers.get('x-request-id'));
          expect(snapshot()).toBe(before);
        }),
        { numRuns: RUNS },
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
    },
    120_000,
  );
});
