import { afterEach, describe, expect, it } from 'vitest';
import { HAND_OFF, HandOffGauge } from './hand-off';
import { call, specOf, tempManager } from './test-support';
import type { FunctionInstanceSpec, InvokeOutcome } from './types';
import type { RuntimeManager } from './runtime-manager';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
function manager(handOffWaitMs?: number) {
  const m = tempManager({ handOffWaitMs });
  cleanups.push(m.cleanup);
  return m.rm;
}

// Quick unless the event asks otherwise; logs its own request id so that misattributed lines show.
const SOURCE = `
exports.handler = async (e, c) => {
  console.log('call ' + c.getRequestID());
  if (e.crash) process.exit(3);
  if (e.spin) for (;;) {}
  if (e.ms) await new Promise((r) => setTimeout(r, e.ms));
  return process.pid;
};`;
const quick = (overrides: Partial<FunctionInstanceSpec> = {}) =>
  specOf('Node.js18.15', { 'index.js': SOURCE }, { maxInstances: 16, timeoutS: 2, ...overrides });

/** Enough quick calls, one at a time, for the pool to judge the function short. */
async function warm(rm: RuntimeManager, spec: FunctionInstanceSpec): Promise<void> {
  for (let i = 0; i < HAND_OFF.MIN_SAMPLES + 2; i++)
    expect((await rm.invoke(spec, call())).status).toBe('success');
}

function ownLines(o: InvokeOutcome, requestId: string): boolean {
  const calls = o.logs.filter((l) => l.message.startsWith('call '));
  return calls.length === 1 && calls[0]?.message === `call ${requestId}`;
}

describe('hand-off of short calls', () => {
  it('judges a function short only after enough quick results, and never when it is off', () => {
    const gauge = new HandOffGauge(true);
    for (let i = 1; i < HAND_OFF.MIN_SAMPLES; i++) gauge.record(0.05);
    expect(gauge.depth).toBe(0);
    gauge.record(0.05);
    expect(gauge.depth).toBe(HAND_OFF.MAX_DEPTH);
    gauge.record(500); // one call slowed by a pause of the machine
    expect(gauge.depth).toBeGreaterThan(0);
    for (let i = 0; i < 40; i++) gauge.record(50); // the calls became slow
    expect(gauge.depth).toBe(0);
    const off = new HandOffGauge(false);
    for (let i = 0; i < 20; i++) off.record(0.05);
    expect(off.depth).toBe(0);
  });

  it('serves concurrent short calls on fewer instances, one call at a time, each with its own logs', async () => {
    const rm = manager();
    const spec = quick();
    await warm(rm, spec);
    const calls = Array.from({ length: 32 }, () => call());
    const outcomes = await Promise.all(calls.map((c) => rm.invoke(spec, c)));
    expect(outcomes.map((o) => o.status)).toEqual(calls.map(() => 'success'));
    outcomes.forEach((o, i) => {
      expect(ownLines(o, calls[i]?.requestId ?? '')).toBe(true);
    });
    const instances = rm.stats(spec.key).flatMap((p) => p.instances);
    expect(instances.length).toBeLessThan(16);
    expect(instances.every((i) => i.active === 0)).toBe(true);
  });

  it('withdraws a call waiting behind one that turned slow: to a free warm instance at once, else soon', async () => {
    const rm = manager();
    const spec = quick();
    // Two warm instances: two calls at once before the pool judges the function short.
    await Promise.all([rm.invoke(spec, call({ ms: 50 })), rm.invoke(spec, call({ ms: 50 }))]);
    await warm(rm, spec);
    const order: string[] = [];
    const slow = rm.invoke(spec, call({ ms: 1500 })).then((o) => (order.push('slow'), o));
    const next = rm.invoke(spec, call()).then((o) => (order.push('next'), o));
    const [a, b] = await Promise.all([slow, next]);
    expect([a.status, b.status]).toEqual(['success', 'success']);
    expect(order).toEqual(['next', 'slow']); // it did not wait the 1.5 s out
    expect(b.instanceId).not.toBe(a.instanceId);
    expect(rm.stats(spec.key)[0]?.instances).toHaveLength(2); // the free warm one took it: nothing was started

    // With no free warm instance, it waits a while (a cold start costs more)…
    const lone = quick();
    await warm(rm, lone);
    const brief = rm.invoke(lone, call({ ms: 40 }));
    const after = await rm.invoke(lone, call());
    expect(after.instanceId).toBe((await brief).instanceId);
    expect(rm.stats(lone.key)[0]?.instances).toHaveLength(1);
    await warm(rm, lone);
    // …then goes to a new one.
    const first = rm.invoke(lone, call({ ms: 1500 }));
    const behind = await rm.invoke(lone, call());
    expect(behind.status).toBe('success');
    expect((await first).status).toBe('success');
    expect(rm.stats(lone.key)[0]?.instances).toHaveLength(2);
  });

  it('a call waiting behind one that times out or crashes its instance goes elsewhere and succeeds', async () => {
    const rm = manager(60_000); // no early withdrawal: the instance's end must hand the call back
    const spec = quick({ timeoutS: 1 });
    await warm(rm, spec);
    for (const event of [{ crash: true }, { spin: true }]) {
      const order: string[] = [];
      const first = rm.invoke(spec, call(event)).then((o) => (order.push('first'), o));
      const behind = rm.invoke(spec, call()).then((o) => (order.push('behind'), o));
      const [a, b] = await Promise.all([first, behind]);
      expect(a.status).toBe(event.crash ? 'crashed' : 'timeout');
      expect(b.status).toBe('success');
      expect(order).toEqual(['first', 'behind']); // it had waited behind the first call
      await warm(rm, spec);
    }
  });

  it('cancels a waiting call without touching the one running before it', async () => {
    const rm = manager(60_000);
    const spec = quick();
    await warm(rm, spec);
    const running = rm.invoke(spec, call({ ms: 400 }));
    const ac = new AbortController();
    const waiting = rm.invoke(spec, call({}, { signal: ac.signal }));
    await new Promise((r) => setTimeout(r, 100)); // dispatched and waiting: not handed off, it would be done
    ac.abort();
    const [a, b] = await Promise.all([running, waiting]);
    expect(a.status).toBe('success');
    expect(b).toMatchObject({ status: 'canceled', errorCode: 'FSS.4208' });
    expect(rm.stats(spec.key)[0]?.instances.find((i) => i.id === a.instanceId)?.state).toBe('ready');
  });

  it('does not hand off Python calls or calls of instances that serve several at once', async () => {
    const rm = manager(60_000);
    const python = specOf(
      'Python3.10',
      {
        'index.py':
          'import time\ndef handler(event, context):\n    time.sleep(event.get("s", 0))\n    return 1\n',
      },
      { maxInstances: 4, timeoutS: 5 },
    );
    await warm(rm, python);
    const py = await Promise.all(Array.from({ length: 3 }, () => rm.invoke(python, call({ s: 0.3 }))));
    expect(py.every((o) => o.status === 'success')).toBe(true);
    expect(new Set(py.map((o) => o.instanceId)).size).toBe(3);
    const shared = quick({ concurrencyPerInstance: 4, maxInstances: 8 });
    await warm(rm, shared);
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => rm.invoke(shared, call({ ms: 200 }))));
    expect(outcomes.every((o) => o.status === 'success')).toBe(true);
    // 8 calls of 200 ms at 4 per instance: two instances, not all of them queued on the hottest one.
    expect(new Set(outcomes.map((o) => o.instanceId)).size).toBe(2);
  });
});
