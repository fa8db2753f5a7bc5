import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_QUOTAS } from '../quotas/local-quotas';
import { reservedStoreFor } from '../store/reserved-store';
import { createHarness } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerQuotaRoutes } from './routes-quotas';
import { registerReservedRoutes } from './routes-reserved';

interface ErrorBody {
  error_code: string;
}
interface Quotas {
  quotas: { resources: { quota: number; used: number; type: string; unit?: string }[] };
}

let h: Harness;
let urn: string;
const put = (target: string, body: unknown) =>
  h.json<ErrorBody & { count: number }>(
    'PUT',
    `fgs/functions/${encodeURIComponent(target)}/reservedinstances`,
    body,
  );

beforeEach(() => {
  h = createHarness([registerReservedRoutes, registerQuotaRoutes]);
  urn = h.createFunction('hello');
});
afterEach(async () => {
  await h.close();
});

const tactics = {
  cron_configs: [
    { name: 'cronConfig', cron: '0 1 * * *', count: 15, start_time: 1658073600, expired_time: 1658160000 },
  ],
  metric_configs: [{ name: 'metricConfig', type: 'Concurrency', threshold: 90, min: 12 }],
};

describe('reserved instances (seed 7.11)', () => {
  it('stores the seed’s PUT example and echoes the stored value (digest §7 #29)', async () => {
    const r = await put(urn, { count: 3 });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      count: 3,
      idle_mode: false,
      tactics_config: { cron_configs: [], metric_configs: [] },
    });
    expect(
      reservedStoreFor(h.deps).forQualifier(h.deps.functions.resolve(urn).func.id, 'latest')?.count,
    ).toBe(3);
  });

  it('lists configs (7.11.1) and counts (7.11.3) with page_info', async () => {
    await put(urn, { count: 10, idle_mode: true, tactics_config: tactics });
    const other = h.createFunction('other');
    await put(other, { count: 2 });
    const configs = await h.json<{
      reserved_instances: Record<string, unknown>[];
      page_info: unknown;
      count: number;
    }>('GET', 'fgs/functions/reservedinstanceconfigs?limit=1');
    expect(configs.body.count).toBe(2);
    expect(configs.body.reserved_instances).toEqual([
      {
        function_urn: `${urn}:latest`,
        qualifier_type: 'version',
        qualifier_name: 'latest',
        min_count: 10,
        idle_mode: true,
        tactics_config: tactics,
      },
    ]);
    expect(configs.body.page_info).toEqual({ next_marker: 1, previous_marker: 0, current_count: 1 });
    const counts = await h.json<{ reservedinstances: unknown[] }>(
      'GET',
      `fgs/functions/reservedinstances?urn=${encodeURIComponent(other)}`,
    );
    expect(counts.body.reservedinstances).toEqual([{ func_urn: `${other}:latest`, count: 2 }]);
  });

  it('enforces the tenant quota (400 FSS.1076) and one policy per version (400 FSS.1426)', async () => {
    await put(urn, { count: LOCAL_QUOTAS.fgs_func_occurs - 1 });
    const over = await put(h.createFunction('b'), { count: 2 });
    expect([over.status, over.body.error_code]).toEqual([400, 'FSS.1076']);
    const func = h.deps.functions.find('default', 'hello');
    if (!func) throw new Error('missing');
    h.deps.functions.createAlias(func, { name: 'dev', version: 'latest' }, '2026-01-01T00:00:00+00:00', 10);
    const alias = await put(`${urn}:!dev`, { count: 1 });
    expect([alias.status, alias.body.error_code]).toEqual([400, 'FSS.1426']);
  });

  it.each([
    {},
    { count: -1 },
    { count: 'three' },
    { count: 1, idle_mode: 'no' },
    { count: 1, tactics_config: { cron_configs: [{ ...tactics.cron_configs[0], cron: 'every day' }] } },
    { count: 1, tactics_config: { metric_configs: [{ ...tactics.metric_configs[0], type: 'CPU' }] } },
  ])('rejects %j with 400', async (body) => {
    expect((await put(urn, body)).status).toBe(400);
  });

  it('keeps settings across a restart and drops them with the function', async () => {
    await put(urn, { count: 4 });
    h = await h.restart();
    const counts = await h.json<{ reservedinstances: { count: number }[] }>(
      'GET',
      'fgs/functions/reservedinstances',
    );
    expect(counts.body.reservedinstances.map((r) => r.count)).toEqual([4]);
    const func = h.deps.functions.find('default', 'hello');
    if (func) h.deps.functions.deleteFunction(func);
    expect(h.snapshot().reserved_instances).toEqual([]);
  });
});

describe('quotas (seed 7.2.1)', () => {
  it('reports every seed quota type with real usage', async () => {
    h.createFunction('second');
    await put(urn, { count: 5 });
    const r = await h.json<Quotas>('GET', 'fgs/quotas');
    expect(r.status).toBe(200);
    const byType = Object.fromEntries(r.body.quotas.resources.map((q) => [q.type, q]));
    expect(Object.keys(byType).sort()).toEqual(Object.keys(LOCAL_QUOTAS).sort());
    expect(byType.fgs_func_num).toEqual({ quota: 400, used: 2, type: 'fgs_func_num' });
    expect(byType.fgs_func_occurs?.used).toBe(5);
    expect(byType.fgs_func_code_size).toMatchObject({ unit: 'MB', used: 1 });
    expect(r.body.quotas.resources.filter((q) => q.unit !== undefined)).toHaveLength(1);
  });
});
