import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asyncConfigStoreFor } from '../store/async-config-store';
import { createHarness } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerAsyncConfigRoutes } from './routes-async-config';

interface Config {
  func_urn: string;
  max_async_event_age_in_seconds: number;
  max_async_retry_attempts: number;
  destination_config?: unknown;
  enable_async_status_log: boolean;
  created_time: string;
  last_modified: string;
  error_code?: string;
}

let h: Harness;
let urn: string;
const at = (target: string, suffix = 'async-invoke-config') =>
  `fgs/functions/${encodeURIComponent(target)}/${suffix}`;

beforeEach(() => {
  h = createHarness([registerAsyncConfigRoutes]);
  urn = h.createFunction('hello');
});
afterEach(async () => {
  await h.close();
});

const fgDestination = {
  destination: 'FunctionGraph',
  param: JSON.stringify({ func_urn: 'urn:fss:local-1:p:function:default:testPython:latest' }),
};

describe('async invoke config (seed 7.15.1–7.15.4)', () => {
  it('answers 404 FSS.1086 before anything is set', async () => {
    const r = await h.json<Config>('GET', at(urn));
    expect([r.status, r.body.error_code]).toEqual([404, 'FSS.1086']);
  });

  it('accepts the seed’s PUT example and reads it back per version', async () => {
    const put = await h.json<Config>('PUT', at(urn), {
      max_async_event_age_in_seconds: 10,
      max_async_retry_attempts: 3,
      enable_async_status_log: true,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      func_urn: `${urn}:latest`,
      max_async_event_age_in_seconds: 10,
      max_async_retry_attempts: 3,
      enable_async_status_log: true,
    });
    expect((await h.json<Config>('GET', at(`${urn}:latest`))).body).toEqual(put.body);
  });

  it('fills the seed defaults (3600 s, 1 retry) and stores destinations', async () => {
    const put = await h.json<Config>('PUT', at(urn), {
      destination_config: { on_success: fgDestination, on_failure: fgDestination },
    });
    expect(put.body).toMatchObject({
      max_async_event_age_in_seconds: 3600,
      max_async_retry_attempts: 1,
      destination_config: { on_success: fgDestination, on_failure: fgDestination },
    });
  });

  it.each([
    { max_async_event_age_in_seconds: 0 },
    { max_async_event_age_in_seconds: 86401 },
    { max_async_retry_attempts: 4 },
    { max_async_retry_attempts: 1.5 },
    { destination_config: { on_success: { destination: 'EMAIL', param: '{}' } } },
    { destination_config: { on_success: { destination: 'OBS', param: 'not json' } } },
    { destination_config: { on_success: { destination: 'OBS', param: '{"bucket":"b","expires":366}' } } },
    { destination_config: { on_failure: { destination: 'SMN', param: '{}' } } },
    { enable_async_status_log: 'yes' },
  ])('rejects %j with 400 FSS.1081', async (body) => {
    const r = await h.json<Config>('PUT', at(urn), body);
    expect([r.status, r.body.error_code]).toEqual([400, 'FSS.1081']);
  });

  it('lists all versions’ configs with page_info and deletes one (204)', async () => {
    const func = h.deps.functions.find('default', 'hello');
    if (!func) throw new Error('missing');
    h.deps.functions.publishVersion(func, { version: 'v1' });
    await h.json('PUT', at(urn), {});
    await h.json('PUT', at(`${urn}:v1`), { max_async_retry_attempts: 0 });
    const list = await h.json<{ async_invoke_configs: Config[]; count: number; page_info: unknown }>(
      'GET',
      at(urn, 'async-invoke-configs?limit=1'),
    );
    expect(list.body.count).toBe(2);
    expect(list.body.async_invoke_configs.map((c) => c.func_urn)).toEqual([`${urn}:latest`]);
    expect(list.body.page_info).toEqual({ next_marker: 1, previous_marker: 0, current_count: 1 });
    const page2 = await h.json<{ async_invoke_configs: Config[] }>(
      'GET',
      at(urn, 'async-invoke-configs?marker=1'),
    );
    expect(page2.body.async_invoke_configs.map((c) => c.func_urn)).toEqual([`${urn}:v1`]);
    expect((await h.json<Config>('GET', at(urn, 'async-invoke-configs?limit=-1'))).body.error_code).toBe(
      'FSS.1001',
    );
    expect((await h.request('DELETE', at(`${urn}:v1`))).status).toBe(204);
    expect((await h.json<Config>('DELETE', at(`${urn}:v1`))).body.error_code).toBe('FSS.1086');
  });

  it('resolves the effective config for the runtime (alias → version → defaults) and survives restarts', async () => {
    const func = h.deps.functions.find('default', 'hello');
    if (!func) throw new Error('missing');
    h.deps.functions.publishVersion(func, { version: 'v1' });
    h.deps.functions.createAlias(func, { name: 'prod', version: 'v1' }, '2026-01-01T00:00:00+00:00', 10);
    const store = asyncConfigStoreFor(h.deps);
    expect(store.effectiveFor(h.deps.functions.resolve(`${urn}:!prod`)).maxRetries).toBe(1);
    await h.json('PUT', at(`${urn}:v1`), { max_async_retry_attempts: 2 });
    expect(store.effectiveFor(h.deps.functions.resolve(`${urn}:!prod`)).maxRetries).toBe(2);
    await h.json('PUT', at(`${urn}:!prod`), { max_async_retry_attempts: 3 });
    expect(store.effectiveFor(h.deps.functions.resolve(`${urn}:!prod`)).maxRetries).toBe(3);
    h = await h.restart();
    expect((await h.json<Config>('GET', at(`${urn}:!prod`))).body.max_async_retry_attempts).toBe(3);
    const again = h.deps.functions.find('default', 'hello');
    if (again) h.deps.functions.deleteFunction(again);
    expect(h.snapshot().async_invoke_configs).toEqual([]);
  });
});
