/**
 * Triggers that really run: the timer scheduler (fake clock for the schedule logic, one real 1-minute firing),
 * the local API gateway for APIG triggers, and the "fire now" extension.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_EVENT_DATA } from '../triggers/event-data-samples';
import type { StoredTrigger, TriggerStore } from '../store/triggers-store';
import { eventually, nodeFunctionBody, startTestServer } from '../testing/sdk-harness';
import type { TestServer } from '../testing/sdk-harness';
import { gatewayResponse, matchRoute } from './apig-gateway';
import { TimerScheduler } from './timer-scheduler';
import type { SchedulerClock } from './timer-scheduler';

function fakeClock(start: number) {
  let now = start;
  let pending: { at: number; fn: () => void } | undefined;
  const clock: SchedulerClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      pending = { at: now + ms, fn };
      return { unref: () => undefined } as unknown as NodeJS.Timeout;
    },
    clearTimeout: () => {
      pending = undefined;
    },
  };
  const advance = (ms: number) => {
    const target = now + ms;
    while (pending && pending.at <= target) {
      const p = pending;
      pending = undefined;
      now = p.at;
      p.fn();
    }
    now = target;
  };
  return { clock, advance };
}

const timer = (id: string, over: Partial<StoredTrigger> = {}): StoredTrigger => ({
  id,
  functionId: 'f1',
  qualifier: 'latest',
  type: 'TIMER',
  status: 'ACTIVE',
  eventData: { name: id, schedule_type: 'Rate', schedule: '1m' },
  createdTime: '2026-11-28T10:00:00Z',
  lastUpdatedTime: '2026-11-28T10:00:00Z',
  ...over,
});

function fakeStore(list: StoredTrigger[]): TriggerStore {
  return { listByType: () => list, changed: new Set() } as unknown as TriggerStore;
}

describe('timer scheduler (controlled clock)', () => {
  const T0 = Date.parse('2026-11-28T10:00:00Z');

  it('fires a 1-minute Rate trigger every minute from its last update, and never a disabled one', () => {
    const fired: string[] = [];
    const { clock, advance } = fakeClock(T0 + 10_000);
    const scheduler = new TimerScheduler(
      fakeStore([timer('rate'), timer('off', { status: 'DISABLED' })]),
      (t, at) => fired.push(`${t.id}@${new Date(at).toISOString().slice(11, 19)}`),
      clock,
    );
    scheduler.start();
    advance(49_000);
    expect(fired).toEqual([]);
    advance(1_000);
    expect(fired).toEqual(['rate@10:01:00']);
    advance(120_000);
    expect(fired).toEqual(['rate@10:01:00', 'rate@10:02:00', 'rate@10:03:00']);
    scheduler.stop();
  });

  it('fires a Cron trigger at its cron times', () => {
    const fired: string[] = [];
    const { clock, advance } = fakeClock(T0);
    const scheduler = new TimerScheduler(
      fakeStore([
        timer('cron', {
          eventData: { name: 'cron', schedule_type: 'Cron', schedule: 'CRON_TZ=UTC 0 */5 * * * *' },
        }),
      ]),
      (t, at) => fired.push(new Date(at).toISOString().slice(11, 16)),
      clock,
    );
    scheduler.start();
    advance(16 * 60_000);
    expect(fired).toEqual(['10:05', '10:10', '10:15']);
    scheduler.stop();
  });
});

describe('local gateway helpers', () => {
  const apig = (path: string, over: Record<string, unknown> = {}): StoredTrigger =>
    timer(path, { type: 'APIG', eventData: { path, req_method: 'GET', match_mode: 'NORMAL', ...over } });

  it('matches exact, parameter and prefix paths, preferring exact ones', () => {
    const list = [apig('/users/{id}'), apig('/static', { match_mode: 'SWA' }), apig('/static/index')];
    expect(matchRoute(list, 'GET', '/users/42')?.pathParameters).toEqual({ id: '42' });
    expect(matchRoute(list, 'GET', '/static/index')?.trigger.id).toBe('/static/index');
    expect(matchRoute(list, 'GET', '/static/css/a.css')?.trigger.id).toBe('/static');
    expect(matchRoute(list, 'POST', '/users/42')).toBeUndefined();
    expect(matchRoute(list, 'GET', '/nope')).toBeUndefined();
    expect(
      matchRoute(
        [apig('/a', { status: 'DISABLED' })].map((t) => ({ ...t, status: 'DISABLED' as const })),
        'GET',
        '/a',
      ),
    ).toBeUndefined();
  });

  it('maps the function result to HTTP and refuses malformed results', () => {
    const ok = gatewayResponse(
      true,
      JSON.stringify({ statusCode: 201, headers: { 'X-A': 'b' }, body: 'aGk=', isBase64Encoded: true }),
    );
    expect(ok).toMatchObject({ status: 201, headers: { 'X-A': 'b' } });
    expect(Buffer.from(ok.body).toString()).toBe('hi');
    expect(gatewayResponse(true, '"just a string"').status).toBe(500);
    expect(gatewayResponse(false, '{}').status).toBe(502);
  });
});

describe('triggers against the real server', () => {
  let server: TestServer;
  const pid = () => server.fg.settings.projectId;
  const urn = (name: string) =>
    `urn:fss:${server.fg.settings.region}:${pid()}:function:default:${name}:latest`;

  beforeAll(async () => {
    server = await startTestServer();
    await server.client.createFunction({
      body: nodeFunctionBody(
        'web',
        `exports.handler = async (event, context) => {
  console.log('event type ' + (event.trigger_type || event.httpMethod));
  return { statusCode: 203, headers: { 'content-type': 'text/html', 'x-from': 'fn' },
    body: '<h1>' + event.httpMethod + ' ' + event.path + ' ' + Buffer.from(event.body || '', 'base64').toString() + '</h1>',
    isBase64Encoded: false };
};`,
      ),
    });
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  it('answers an APIG trigger URL with the function status, headers and body, and stops when deleted', async () => {
    const created = await server.client.createFunctionTrigger({
      function_urn: urn('web'),
      body: {
        trigger_type_code: 'APIG',
        trigger_status: 'ACTIVE',
        event_data: { ...VALID_EVENT_DATA.APIG, path: '/site', match_mode: 'SWA' },
      },
    });
    const eventData = created.event_data as { invoke_url: string };
    expect(eventData.invoke_url).toBe(`${server.fg.endpoint}/apig/${pid()}/default/web/site`);
    const res = await fetch(`${eventData.invoke_url}/page?x=1`, { method: 'POST', body: 'payload' });
    expect(res.status).toBe(203);
    expect(res.headers.get('x-from')).toBe('fn');
    expect(await res.text()).toBe('<h1>POST /site/page payload</h1>');

    // Seed 7.13.6: APIG triggers cannot be disabled; a deleted one no longer answers.
    await server.client.deleteFunctionTrigger({
      function_urn: urn('web'),
      trigger_type_code: 'APIG',
      trigger_id: created.trigger_id,
    });
    expect((await fetch(eventData.invoke_url)).status).toBe(404);
    // fetch ignores a Host header; a raw request can send one, as a DNS-rebinding page would.
    const foreignHost = await new Promise<number>((resolve, reject) => {
      const u = new URL(eventData.invoke_url);
      http
        .get(
          { host: u.hostname, port: u.port, path: u.pathname, headers: { host: 'evil.example' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
        .on('error', reject);
    });
    expect(foreignHost).toBe(403);
  });

  it('fires a trigger on demand with its event template', async () => {
    const created = await server.client.createFunctionTrigger({
      function_urn: urn('web'),
      body: {
        trigger_type_code: 'TIMER',
        trigger_status: 'DISABLED',
        event_data: { name: 'manual', schedule_type: 'Rate', schedule: '60m' },
      },
    });
    const res = await server.call(
      'POST',
      `/local/v1/${pid()}/triggers/${urn('web')}/TIMER/${created.trigger_id as string}/fire`,
      undefined,
      {
        'x-cff-request-version': 'v1',
        'x-cff-log-type': 'tail',
      },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { log: string };
    expect(body.log).toContain('event type TIMER');
  });

  it('fires a real 1-minute Rate timer', async () => {
    await server.client.createFunctionTrigger({
      function_urn: urn('web'),
      body: {
        trigger_type_code: 'TIMER',
        trigger_status: 'ACTIVE',
        event_data: { name: 'every-minute', schedule_type: 'Rate', schedule: '1m', user_event: 'tick' },
      },
    });
    const row = await eventually(
      () =>
        Promise.resolve(
          server.fg.deps.db
            .prepare(`SELECT status, event FROM async_requests WHERE source = 'TIMER' AND status = 'SUCCESS'`)
            .get() as { status: string; event: string } | undefined,
        ),
      75_000,
      500,
    );
    expect(JSON.parse(row.event)).toMatchObject({
      trigger_type: 'TIMER',
      trigger_name: 'every-minute',
      user_event: 'tick',
    });
  }, 90_000);
});
