import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logDetail } from '../logs/streams';
import { createHarness, TEST_PROJECT_ID } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerLogConfigRoutes } from './routes-log-config';
import { registerTracingRoutes } from './routes-tracing';

let h: Harness;
let fn: string;

beforeEach(() => {
  h = createHarness([registerLogConfigRoutes, registerTracingRoutes]);
  fn = `fgs/functions/${encodeURIComponent(h.createFunction('hello'))}`;
});
afterEach(async () => {
  await h.close();
});

describe('tracing (seed 7.5)', () => {
  it('is 404 FSS.0404 until set, masks the SK, and clears with empty values', async () => {
    const before = await h.json<{ error_code: string }>('GET', `${fn}/tracing`);
    expect([before.status, before.body.error_code]).toEqual([404, 'FSS.0404']);
    const put = await h.request('PUT', `${fn}/tracing`, { tracing_ak: 'xxx', tracing_sk: 'yyy' });
    expect([put.status, await put.text()]).toEqual([200, '']);
    expect((await h.json('GET', `${fn}/tracing`)).body).toEqual({ tracing_ak: 'xxx', tracing_sk: '*****' });
    h = await h.restart();
    expect((await h.json('GET', `${fn}/tracing`)).status).toBe(200);
    await h.request('PUT', `${fn}/tracing`, { tracing_ak: '', tracing_sk: '' });
    expect((await h.json('GET', `${fn}/tracing`)).status).toBe(404);
  });

  it('rejects half a key pair and non-string values (400 FSS.0400)', async () => {
    for (const body of [
      { tracing_ak: 'a' },
      { tracing_ak: 'a', tracing_sk: 3 },
      { tracing_ak: 'a b', tracing_sk: 'c' },
    ]) {
      const r = await h.json<{ error_code: string }>('PUT', `${fn}/tracing`, body);
      expect([r.status, r.body.error_code]).toEqual([400, 'FSS.0400']);
    }
  });

  it('answers 404 FSS.1051 for an unknown function', async () => {
    const r = await h.json<{ error_code: string }>('GET', 'fgs/functions/default%3Anope/tracing');
    expect(r.body.error_code).toBe('FSS.1051');
  });
});

describe('log config (seed 7.9)', () => {
  it('gives each function the LTS group/stream ids the local LTS query answers to (7.9.2)', async () => {
    const first = await h.json<Record<string, string>>('GET', `${fn}/lts-log-detail`);
    expect(first.status).toBe(200);
    const func = h.deps.functions.find('default', 'hello');
    if (!func) throw new Error('missing');
    expect(first.body).toEqual(logDetail(TEST_PROJECT_ID, func));
    expect(first.body.stream_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const other = await h.json<Record<string, string>>(
      'GET',
      `fgs/functions/${encodeURIComponent(h.createFunction('other'))}/lts-log-detail`,
    );
    expect(other.body.group_id).toBe(first.body.group_id);
    expect(other.body.stream_id).not.toBe(first.body.stream_id);
    h = await h.restart();
    expect((await h.json('GET', `${fn}/lts-log-detail`)).body).toEqual(first.body);
  });

  it('enables LTS logs once, then 400 FSS.1221 (7.9.3); async status logs (7.9.1, 7.9.4)', async () => {
    const first = await h.request('POST', 'fgs/functions/enable-lts-logs');
    expect(first.status).toBe(200);
    const again = await h.json<{ error_code: string }>('POST', 'fgs/functions/enable-lts-logs');
    expect([again.status, again.body.error_code]).toEqual([400, 'FSS.1221']);
    expect((await h.request('POST', 'fgs/functions/enable-async-status-logs')).status).toBe(200);
    const detail = await h.json<Record<string, string>>('GET', 'fgs/functions/async-status-log-detail');
    expect(Object.keys(detail.body).sort()).toEqual(['group_id', 'group_name', 'stream_id', 'stream_name']);
  });
});
