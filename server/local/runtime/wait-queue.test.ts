import { afterEach, describe, expect, it } from 'vitest';
import { call, specOf, tempManager } from './test-support';
import type { InvokeOutcome } from './types';
import { WaitQueue } from './wait-queue';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function waiter(signal?: AbortSignal) {
  let outcome: InvokeOutcome | undefined;
  const w = {
    opts: { requestId: 'r', event: {}, signal },
    resolve: (o: InvokeOutcome) => {
      outcome = o;
    },
  };
  return { w, outcome: () => outcome };
}

describe('wait queue', () => {
  it('rejects a call that waited too long, cancels one whose caller aborts, and releases taken ones', async () => {
    const q = new WaitQueue();
    const late = waiter();
    q.add(late.w, 20);
    const ac = new AbortController();
    const aborted = waiter(ac.signal);
    q.add(aborted.w, 10_000);
    const taken = new AbortController();
    const kept = waiter(taken.signal);
    q.add(kept.w, 20, true); // at the front
    expect(q.head).toBe(kept.w);
    expect(q.take()).toBe(kept.w);
    ac.abort();
    taken.abort(); // released: no longer the queue's business
    await new Promise((r) => setTimeout(r, 60));
    expect(late.outcome()).toMatchObject({ status: 'rejected', errorCode: 'FSS.1429' });
    expect(aborted.outcome()).toMatchObject({ status: 'canceled', errorCode: 'FSS.4208' });
    expect(kept.outcome()).toBeUndefined();
    expect(q.length).toBe(0);
  });

  it('a call waiting when its function changes still honours its caller’s cancel in the new pool', async () => {
    const m = tempManager();
    cleanups.push(m.cleanup);
    const source =
      'exports.handler = async (e, c) => { await new Promise((r) => setTimeout(r, e.ms || 0)); return 1; };';
    const v1 = specOf('Node.js18.15', { 'index.js': source }, { maxInstances: 1 });
    const busy = m.rm.invoke(v1, call({ ms: 800 }));
    await new Promise((r) => setTimeout(r, 100));
    const ac = new AbortController();
    const queued = m.rm.invoke(v1, call({}, { signal: ac.signal }));
    // New code under the same key: the old pool retires and hands its waiting call over.
    const v2 = { ...specOf('Node.js18.15', { 'index.js': source + '\n' }, { maxInstances: 1 }), key: v1.key };
    const next = m.rm.invoke(v2, call());
    ac.abort();
    expect(await queued).toMatchObject({ status: 'canceled', errorCode: 'FSS.4208' });
    const b = await busy;
    expect(b.status).toBe('success');
    expect((await next).status).toBe('success');
  });
});
