import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerTestEventRoutes } from './routes-test-events';

interface EventBody {
  id: string;
  name: string;
  content?: string;
  last_modified?: number;
  error_code?: string;
}
interface ListBody {
  events: EventBody[];
  next_marker: number;
  count: number;
}

let h: Harness;
let path: string;
/** Seed 7.4.2 example content `{"k":"v"}` (OCR typo fixed per digest §7). */
const KV = 'eyJrIjoidiJ9';

beforeEach(() => {
  h = createHarness([registerTestEventRoutes]);
  path = `fgs/functions/${encodeURIComponent(h.createFunction('hello'))}/events`;
});
afterEach(async () => {
  await h.close();
});

describe('test events (seed 7.4)', () => {
  it('creates (200 {id, name}), lists, gets, updates and deletes', async () => {
    const created = await h.json<EventBody>('POST', path, { name: 'event-xx', content: KV });
    expect(created.status).toBe(200);
    expect(Object.keys(created.body).sort()).toEqual(['id', 'name']);
    const list = await h.json<ListBody>('GET', path);
    expect(list.body).toEqual({
      events: [{ id: created.body.id, name: 'event-xx', last_modified: expect.any(Number) as number }],
      next_marker: 1,
      count: 1,
    });
    const one = await h.json<EventBody>('GET', `${path}/${created.body.id}`);
    expect(one.body).toMatchObject({ id: created.body.id, name: 'event-xx', content: KV });
    expect(Buffer.from(one.body.content ?? '', 'base64').toString()).toBe('{"k":"v"}');
    const updated = await h.json<EventBody>('PUT', `${path}/${created.body.id}`, { content: 'e30=' });
    expect(updated.body).toEqual({ id: created.body.id, name: 'event-xx' });
    expect((await h.json<EventBody>('GET', `${path}/${created.body.id}`)).body.content).toBe('e30=');
    expect((await h.request('DELETE', `${path}/${created.body.id}`)).status).toBe(204);
    const gone = await h.json<EventBody>('GET', `${path}/${created.body.id}`);
    expect([gone.status, gone.body.error_code]).toEqual([404, 'FSS.1070']);
  });

  it('allows 10 events per function, then 403 FSS.1068', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await h.json('POST', path, { name: `e${String(i)}`, content: KV })).status).toBe(200);
    }
    const eleventh = await h.json<EventBody>('POST', path, { name: 'e10', content: KV });
    expect([eleventh.status, eleventh.body.error_code]).toEqual([403, 'FSS.1068']);
  });

  it('rejects duplicate names (403 FSS.1073), > 4 KB content (403 FSS.1069) and bad input (400 FSS.1074)', async () => {
    await h.json('POST', path, { name: 'a', content: KV });
    expect((await h.json<EventBody>('POST', path, { name: 'a', content: KV })).body.error_code).toBe(
      'FSS.1073',
    );
    const big = Buffer.from('x'.repeat(4097)).toString('base64');
    const tooBig = await h.json<EventBody>('POST', path, { name: 'b', content: big });
    expect([tooBig.status, tooBig.body.error_code]).toEqual([403, 'FSS.1069']);
    for (const bad of [
      { name: '1a', content: KV },
      { name: 'a b', content: KV },
      { name: 'c', content: 'not base64!' },
      { name: 'c' },
    ]) {
      const r = await h.json<EventBody>('POST', path, bad);
      expect([r.status, r.body.error_code]).toEqual([400, 'FSS.1074']);
    }
  });

  it('shares events across the URN’s versions and drops them with the function; keeps them across restarts', async () => {
    await h.json('POST', path, { name: 'keep', content: KV });
    const latest = path.replace('/events', encodeURIComponent(':latest') + '/events');
    expect((await h.json<ListBody>('GET', latest)).body.count).toBe(1);
    h = await h.restart();
    expect((await h.json<ListBody>('GET', path)).body.events.map((e) => e.name)).toEqual(['keep']);
    const func = h.deps.functions.find('default', 'hello');
    if (func) h.deps.functions.deleteFunction(func);
    expect(h.snapshot().test_events).toEqual([]);
  });
});
