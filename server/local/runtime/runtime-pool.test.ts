import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { call, groupAlive, specOf, tempManager, waitFor, zipOf } from './test-support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
function manager(opts: Parameters<typeof tempManager>[0] = {}) {
  const m = tempManager(opts);
  cleanups.push(m.cleanup);
  return m;
}

const sleepy = (overrides = {}) =>
  specOf(
    'Node.js18.15',
    {
      'index.js':
        'exports.handler = async (e, c) => { await new Promise((r) => setTimeout(r, e.ms || 0)); return process.pid; };',
    },
    overrides,
  );

describe('instance pool', () => {
  it('queues calls beyond max instances, then rejects them after the wait bound (FSS.1429)', async () => {
    const { rm } = manager({ queueWaitMs: 1500 });
    const spec = sleepy({ maxInstances: 1, timeoutS: 10 });
    await rm.invoke(spec, call()); // warm: the wait bound below must not include a cold start
    const first = rm.invoke(spec, call({ ms: 200 }));
    const queued = rm.invoke(spec, call({ ms: 0 }));
    const [a, b] = await Promise.all([first, queued]);
    expect([a.status, b.status]).toEqual(['success', 'success']);
    expect(b.instanceId).toBe(a.instanceId); // waited for the only instance
    const long = rm.invoke(spec, call({ ms: 2500 }));
    const rejected = await rm.invoke(spec, call());
    expect(rejected).toMatchObject({ status: 'rejected', errorCode: 'FSS.1429' });
    expect((await long).status).toBe('success');
    const disabled = await rm.invoke(sleepy({ maxInstances: 0 }), call());
    expect(disabled).toMatchObject({ status: 'rejected', errorCode: 'FSS.1429' });
  });

  it('rejects at once when too many calls already wait', async () => {
    const { rm } = manager({ maxQueuedPerFunction: 2 });
    const spec = sleepy({ maxInstances: 1 });
    const calls = [0, 1, 2, 3].map(() => rm.invoke(spec, call({ ms: 200 })));
    const outcomes = await Promise.all(calls);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['rejected', 'rejected', 'success', 'success']);
  });

  it('serves concurrent calls on several instances up to max instances, and per-instance concurrency', async () => {
    const { rm } = manager();
    const spec = sleepy({ maxInstances: 3 });
    const outcomes = await Promise.all([0, 1, 2, 3, 4, 5].map(() => rm.invoke(spec, call({ ms: 300 }))));
    expect(outcomes.every((o) => o.status === 'success')).toBe(true);
    expect(new Set(outcomes.map((o) => o.instanceId)).size).toBe(3);
    const shared = sleepy({ maxInstances: 1, concurrencyPerInstance: 4 });
    const together = await Promise.all([0, 1, 2, 3].map(() => rm.invoke(shared, call({ ms: 300 }))));
    expect(new Set(together.map((o) => o.result)).size).toBe(1); // one process served all four
  });

  it('starts reserved instances eagerly and serves the first call warm', async () => {
    const { rm } = manager({ idleTimeoutMs: 100 });
    const spec = sleepy({ reservedInstances: 2 });
    rm.warm(spec);
    expect(
      await waitFor(() => rm.stats(spec.key)[0]?.instances.filter((i) => i.state === 'ready').length === 2),
    ).toBe(true);
    const out = await rm.invoke(spec, call());
    expect(out.coldStart).toBe(false);
    expect(out.logs.some((l) => l.message.includes('Start load'))).toBe(false);
    // Reserved instances are never reaped, even when idle far longer than the idle timeout.
    await new Promise((r) => setTimeout(r, 400));
    expect(rm.stats(spec.key)[0]?.instances).toHaveLength(2);
  });

  it('reaps idle instances above the reserved count', async () => {
    // The idle timeout leaves room for the two cold starts finishing apart on a loaded machine: the first
    // instance must still be there when the second call returns.
    const { rm } = manager({ idleTimeoutMs: 1000 });
    const spec = sleepy({ maxInstances: 2 });
    await Promise.all([rm.invoke(spec, call({ ms: 200 })), rm.invoke(spec, call({ ms: 200 }))]);
    expect(rm.stats(spec.key)[0]?.instances).toHaveLength(2);
    expect(await waitFor(() => rm.stats(spec.key)[0]?.instances.length === 0, 6000)).toBe(true);
    const again = await rm.invoke(spec, call());
    expect(again.coldStart).toBe(true);
  });

  it('replaces the instances when the spec changes under the same key', async () => {
    const { rm } = manager();
    const v1 = specOf('Node.js18.15', { 'index.js': "exports.handler = async (e, c) => 'v1';" });
    const v2 = {
      ...specOf('Node.js18.15', { 'index.js': "exports.handler = async (e, c) => 'v2';" }),
      key: v1.key,
    };
    const a = await rm.invoke(v1, call());
    const b = await rm.invoke(v2, call());
    expect([a.result, b.result]).toEqual(['v1', 'v2']);
    expect(b.coldStart).toBe(true);
    expect(await waitFor(() => rm.stats(v1.key).flatMap((p) => p.instances).length === 1)).toBe(true);
  });

  it('cancels a running call through its AbortSignal (FSS.4208)', async () => {
    const { rm } = manager();
    const ac = new AbortController();
    const pending = rm.invoke(sleepy(), call({ ms: 5000 }, { signal: ac.signal }));
    setTimeout(() => {
      ac.abort();
    }, 300);
    expect(await pending).toMatchObject({ status: 'canceled', errorCode: 'FSS.4208' });
  });

  it('a caller hanging up ends its call, not the others sharing its instance, nor the instance', async () => {
    const { rm } = manager();
    const spec = sleepy({ maxInstances: 1, concurrencyPerInstance: 4 });
    const first = await rm.invoke(spec, call());
    const ac = new AbortController();
    const leaving = rm.invoke(spec, call({ ms: 400 }, { signal: ac.signal, signalIsHangUp: true }));
    const staying = [0, 1, 2].map(() => rm.invoke(spec, call({ ms: 400 })));
    setTimeout(() => {
      ac.abort();
    }, 150);
    expect(await leaving).toMatchObject({ status: 'canceled', errorCode: 'FSS.4208' });
    const others = await Promise.all(staying);
    expect(others.map((o) => o.status)).toEqual(['success', 'success', 'success']);
    // The same process served them all, and serves the next call: nothing was killed, nothing backs off.
    expect(new Set(others.map((o) => o.result))).toEqual(new Set([first.result]));
    expect((await rm.invoke(spec, call())).result).toBe(first.result);
    expect(rm.stats(spec.key)[0]?.consecutiveFailures).toBe(0);
  });

  it('an explicit cancel (async cancel, a stopping server) stops a shared call at once', async () => {
    const { rm } = manager();
    const spec = sleepy({ maxInstances: 1, concurrencyPerInstance: 4, timeoutS: 30 });
    await rm.invoke(spec, call());
    const ac = new AbortController();
    const started = Date.now();
    const stopped = rm.invoke(spec, call({ ms: 20_000 }, { signal: ac.signal }));
    const neighbour = rm.invoke(spec, call({ ms: 20_000 }));
    setTimeout(() => {
      ac.abort();
    }, 150);
    expect(await stopped).toMatchObject({ status: 'canceled', errorCode: 'FSS.4208' });
    expect(await neighbour).toMatchObject({ status: 'crashed', errorCode: 'FSS.4203' });
    expect(Date.now() - started).toBeLessThan(10_000); // not the 20 s the calls would have run
    // Not the function's fault: no back-off, the next call starts a fresh instance.
    expect((await rm.invoke(spec, call())).status).toBe('success');
  });

  it('rejects a zip-slip package without writing outside the code root', async () => {
    const { rm, dir } = manager();
    const spec = specOf('Node.js18.15', {
      'index.js': 'exports.handler = async (e, c) => 1;',
      '../../escaped.js': 'x',
    });
    const out = await rm.invoke(spec, call());
    expect(out).toMatchObject({ status: 'init_error', errorCode: 'FSS.4201' });
    expect(out.result).toContain("code package entry '../../escaped.js' escapes the code root");
    expect(fs.existsSync(`${dir}/escaped.js`)).toBe(false);
    expect(fs.existsSync(`${dir}/code`) ? fs.readdirSync(`${dir}/code`) : []).toEqual([]);
  });

  it('extracts the code once and shares it between instances', async () => {
    const { rm, dir } = manager();
    let loads = 0;
    const zip = zipOf({
      'index.js':
        "exports.handler = async (e, c) => require('fs').readFileSync(__dirname + '/data.txt', 'utf8');",
      'data.txt': 'payload',
    });
    const spec = {
      ...sleepy({ maxInstances: 2 }),
      loadCode: () => (loads++, zip),
      codeDigest: 'digest-shared',
    };
    const outs = await Promise.all([rm.invoke(spec, call()), rm.invoke(spec, call())]);
    expect(outs.map((o) => o.result)).toEqual(['payload', 'payload']);
    expect(loads).toBe(1);
    expect(fs.readdirSync(`${dir}/code`).sort()).toEqual(['digest-shared', 'package.json']);
  });

  it('attributes output to the right request when one instance serves several at once', async () => {
    const { rm } = manager();
    const nodeSpec = specOf(
      'Node.js18.15',
      {
        'index.js':
          "exports.handler = async (e, c) => { await new Promise((r) => setTimeout(r, 200)); console.log('mine', e.n); return process.pid; };",
      },
      { maxInstances: 1, concurrencyPerInstance: 3 },
    );
    const pySpec = specOf(
      'Python3.10',
      {
        'index.py':
          'import os, time\ndef handler(e, c):\n    time.sleep(0.2)\n    print("mine", e["n"])\n    return os.getpid()\n',
      },
      { maxInstances: 1, concurrencyPerInstance: 3 },
    );
    for (const spec of [nodeSpec, pySpec]) {
      await rm.invoke(spec, call({ n: -1 }));
      const outs = await Promise.all([0, 1, 2].map((n) => rm.invoke(spec, call({ n }))));
      expect(new Set(outs.map((o) => o.result)).size).toBe(1);
      outs.forEach((o, n) => {
        expect(o.logs.filter((l) => l.message.startsWith('mine')).map((l) => l.message)).toEqual([
          `mine ${String(n)}`,
        ]);
      });
    }
  });

  it('evicts a function and closes the manager, leaving no process behind', async () => {
    const { rm } = manager();
    const a = sleepy();
    const b = sleepy();
    const pidA = Number((await rm.invoke(a, call())).result);
    const pidB = Number((await rm.invoke(b, call())).result);
    rm.evict(a.key);
    expect(await waitFor(() => !groupAlive(pidA))).toBe(true);
    expect(groupAlive(pidB)).toBe(true);
    await rm.close();
    expect(await waitFor(() => !groupAlive(pidB))).toBe(true);
    expect((await rm.invoke(b, call())).status).toBe('rejected');
  });

  it('stops the least recently used idle instance of another function at the global limit', async () => {
    const { rm } = manager({ maxTotalInstances: 2 });
    const [a, b, c] = [sleepy(), sleepy(), sleepy()];
    const pidA = Number((await rm.invoke(a, call())).result);
    await rm.invoke(b, call());
    expect((await rm.invoke(c, call())).status).toBe('success');
    expect(await waitFor(() => !groupAlive(pidA))).toBe(true);
    expect(rm.stats().flatMap((p) => p.instances)).toHaveLength(2);
  });

  it('hands lines printed outside any invocation to the manager log, with the instance id', async () => {
    const seen: { message: string; instanceId: string; key: string }[] = [];
    const { rm } = manager({ log: (entry) => seen.push(entry) });
    const spec = specOf('Node.js18.15', {
      'index.js':
        "exports.handler = async (e, c) => { setTimeout(() => console.log('late line'), 30); return 1; };",
    });
    const out = await rm.invoke(spec, call());
    expect(out.logs.some((l) => l.message === 'late line')).toBe(false);
    expect(await waitFor(() => seen.some((l) => l.message === 'late line'))).toBe(true);
    expect(seen.find((l) => l.message === 'late line')).toMatchObject({
      key: spec.key,
      instanceId: out.instanceId,
    });
  });

  it('puts Node.js dependency packages on NODE_PATH', async () => {
    const { rm } = manager();
    const dep = zipOf({ 'node_modules/shout/index.js': 'module.exports = (s) => s.toUpperCase();' });
    const spec = specOf(
      'Node.js18.15',
      { 'index.js': "const shout = require('shout'); exports.handler = async (e, c) => shout('dep ok');" },
      {
        dependencyZips: [{ digest: 'dep-node-1', load: () => dep }],
      },
    );
    expect(await rm.invoke(spec, call())).toMatchObject({ status: 'success', result: 'DEP OK' });
  });

  it('micro-check: a warm no-op invoke (figures only)', async () => {
    const { rm } = manager();
    const spec = specOf('Node.js18.15', { 'index.js': 'exports.handler = async (e, c) => 1;' });
    const pySpec = specOf('Python3.10', { 'index.py': 'def handler(e, c):\n    return 1\n' });
    for (const s of [spec, pySpec]) {
      await rm.invoke(s, call());
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        const out = await rm.invoke(s, call());
        times.push(performance.now() - t);
        expect(out.status).toBe('success');
      }
      times.sort((x, y) => x - y);
      console.log(`[warm ${s.runtime}] p50 ${times[100]!.toFixed(3)} ms, p99 ${times[198]!.toFixed(3)} ms`);
    }
  });
});
