import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, groupAlive, specOf, tempManager, waitFor } from './test-support';
import type { RuntimeManager } from './runtime-manager';

let rm: RuntimeManager;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(() => {
  ({ rm, dir, cleanup } = tempManager());
});
afterAll(async () => {
  await cleanup();
});

describe('limits and isolation', () => {
  it('kills the whole process group at the timeout and replaces the instance', async () => {
    const spec = specOf(
      'Node.js18.15',
      {
        'index.js': `const { spawn } = require('child_process');
          exports.handler = async (event, context) => {
            if (event.quick) return 'quick';
            const child = spawn('sleep', ['60'], { stdio: 'ignore' });
            console.log('pids', process.pid, child.pid);
            await new Promise((r) => setTimeout(r, 50));
            for (;;) {}
          };`,
      },
      { timeoutS: 1 },
    );
    const out = await rm.invoke(spec, call());
    expect(out).toMatchObject({ status: 'timeout', errorCode: 'FSS.4010' });
    expect(out.result).toContain('invoke timed out after 1s.');
    const pids =
      out.logs
        .find((l) => l.message.startsWith('pids '))
        ?.message.split(' ')
        .slice(1)
        .map(Number) ?? [];
    expect(pids).toHaveLength(2);
    // The host was the group leader: its group (the host and the spawned `sleep`) is gone.
    expect(await waitFor(() => !groupAlive(pids[0]!))).toBe(true);
    expect(out.logs.at(-1)?.message).toMatch(/Finish invoke request '.*', duration: \d+\.\d{3}ms/);
    expect(out.durationMs).toBeGreaterThan(990); // not answered before the deadline
    // Figures, not assertions: lateness depends on the machine's load.
    console.log(`[timeout] deadline 1000 ms, answered after ${out.durationMs.toFixed(1)} ms`);
    const next = await rm.invoke(spec, call({ quick: true }));
    expect(next).toMatchObject({ status: 'success', result: 'quick' });
    expect(next.instanceId).not.toBe(out.instanceId);
  });

  it('times out a Python function too', async () => {
    const spec = specOf(
      'Python3.10',
      { 'index.py': 'import time\ndef handler(e, c):\n    time.sleep(60)\n' },
      { timeoutS: 1 },
    );
    const out = await rm.invoke(spec, call());
    expect(out).toMatchObject({ status: 'timeout', errorCode: 'FSS.4010' });
  });

  it('stops a function whose Buffers grow past its memory (FSS.4205)', async () => {
    const spec = specOf(
      'Node.js18.15',
      {
        'index.js': `const held = [];
          exports.handler = async (event, context) => {
            for (let i = 0; i < 400; i++) {
              held.push(Buffer.alloc(8 * 1024 * 1024, 1));
              await new Promise((r) => setTimeout(r, 2));
            }
            return 'survived';
          };`,
      },
      { memoryMB: 128, timeoutS: 20 },
    );
    const out = await rm.invoke(spec, call());
    expect(out).toMatchObject({ status: 'out_of_memory', errorCode: 'FSS.4205' });
    expect(out.maxMemoryUsedMB).toBeGreaterThan(100);
    console.log(
      `[memory] limit 128 MB, killed at ${out.maxMemoryUsedMB} MB after ${out.durationMs.toFixed(0)} ms`,
    );
  });

  it('stops a Python function that allocates past its memory', async () => {
    const spec = specOf(
      'Python3.10',
      {
        'index.py':
          'import time\nheld = []\ndef handler(e, c):\n    for _ in range(400):\n        held.append(b"x" * (8 << 20))\n        time.sleep(0.002)\n    return "survived"\n',
      },
      { memoryMB: 128, timeoutS: 20 },
    );
    expect(await rm.invoke(spec, call())).toMatchObject({ status: 'out_of_memory', errorCode: 'FSS.4205' });
  });

  it('answers a process that dies mid-invocation with crashed (FSS.4203) and starts a fresh one', async () => {
    const nodeSpec = specOf('Node.js18.15', {
      'index.js': `exports.handler = async (e, c) => {
        if (!e.die) return 1;
        require('child_process').spawn('sleep', ['60'], { stdio: 'ignore' }); // left behind in the group
        console.log('host', process.pid);
        await new Promise((r) => setTimeout(r, 50));
        process.exit(2);
      };`,
    });
    const pySpec = specOf('Python3.10', {
      'index.py': 'import os\ndef handler(e, c):\n    if e.get("die"):\n        os._exit(2)\n    return 1\n',
    });
    for (const spec of [nodeSpec, pySpec]) {
      const died = await rm.invoke(spec, call({ die: true }));
      expect(died).toMatchObject({ status: 'crashed', errorCode: 'FSS.4203' });
      expect(died.result).toContain('runtime process is exited (exit code 2)');
      if (spec === nodeSpec) {
        const hostPid = Number(died.logs.find((l) => l.message.startsWith('host '))?.message.slice(5));
        expect(hostPid).toBeGreaterThan(0);
        expect(await waitFor(() => !groupAlive(hostPid))).toBe(true); // the `sleep` went with it
      }
      const next = await rm.invoke(spec, call());
      expect(next).toMatchObject({ status: 'success', result: '1', coldStart: true });
    }
  });

  it('counts a crash of an instance serving several calls once, so the next call starts a new instance', async () => {
    const spec = specOf(
      'Node.js18.15',
      {
        'index.js':
          'exports.handler = async (e, c) => { if (e.die) setTimeout(() => process.exit(2), 100); ' +
          'await new Promise((r) => setTimeout(r, 300)); return process.pid; };',
      },
      { maxInstances: 1, concurrencyPerInstance: 8 },
    );
    const outcomes = await Promise.all([
      rm.invoke(spec, call({ die: true })),
      ...[0, 1, 2, 3, 4, 5].map(() => rm.invoke(spec, call())),
    ]);
    expect(outcomes.map((o) => o.errorCode)).toEqual(Array(7).fill('FSS.4203'));
    // One crash, not seven: no back-off, a fresh instance answers at once.
    expect(rm.stats(spec.key)[0]?.consecutiveFailures).toBe(1);
    const next = await rm.invoke(spec, call());
    expect(next.status).toBe('success');
    expect(next.coldStart).toBe(true);
  });

  it('keeps the server environment away from functions', async () => {
    process.env.FG_LOCAL_SK = 'server-secret';
    process.env.HUAWEICLOUD_SDK_SK = 'cloud-secret';
    try {
      const allowed = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'MY_VAR'];
      const nodeOut = await rm.invoke(
        specOf(
          'Node.js18.15',
          { 'index.js': 'exports.handler = async (e, c) => Object.keys(process.env);' },
          { env: { MY_VAR: '1' } },
        ),
        call(),
      );
      const pyOut = await rm.invoke(
        specOf(
          'Python3.10',
          { 'index.py': 'import os\ndef handler(e, c):\n    return list(os.environ.keys())\n' },
          { env: { MY_VAR: '1' } },
        ),
        call(),
      );
      for (const out of [nodeOut, pyOut]) {
        expect(out.status).toBe('success');
        const keys = JSON.parse(out.result) as string[];
        expect(keys).toContain('MY_VAR');
        expect(keys).toContain('RUNTIME_FUNC_NAME');
        expect(keys.filter((k) => !k.startsWith('RUNTIME_') && !allowed.includes(k))).toEqual([]);
      }
    } finally {
      delete process.env.FG_LOCAL_SK;
      delete process.env.HUAWEICLOUD_SDK_SK;
    }
  });

  it('takes busy function processes down with the server when the server is killed outright', async () => {
    // A separate "server" process runs the manager; SIGKILL gives it no chance to clean up.
    const support = fileURLToPath(new URL('./test-support.ts', import.meta.url));
    const fixture = `${dir}/server-fixture.mts`;
    fs.writeFileSync(
      fixture,
      `import { call, specOf, tempManager } from ${JSON.stringify(support)};
       const { rm } = tempManager();
       const node = specOf('Node.js18.15', { 'index.js': 'exports.handler = async (e, c) => { console.log(process.pid); for (;;) {} };' }, { timeoutS: 60 });
       const py = specOf('Python3.10', { 'index.py': 'import os\\ndef handler(e, c):\\n    while True: pass\\n' }, { timeoutS: 60 });
       void rm.invoke(node, call());
       void rm.invoke(py, call());
       const timer = setInterval(() => {
         const pids = rm.stats().map((p) => p.instances[0]?.state === 'ready' && p.instances[0].active ? p.instances[0].pid : undefined);
         if (pids.length === 2 && pids.every(Boolean)) { console.log('PIDS ' + pids.join(' ')); clearInterval(timer); }
       }, 50);`,
    );
    const server = spawn(process.execPath, ['--import', 'tsx', fixture], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    server.stdout.on('data', (c: Buffer) => (out += c.toString()));
    expect(await waitFor(() => out.includes('PIDS '), 20_000)).toBe(true);
    const pids = /PIDS (\d+) (\d+)/.exec(out)!.slice(1).map(Number);
    try {
      expect(pids.every((pid) => groupAlive(pid))).toBe(true);
      server.kill('SIGKILL');
      expect(await waitFor(() => pids.every((pid) => !groupAlive(pid)))).toBe(true);
    } finally {
      // Only when the assertion above failed: no busy loop may outlive the test.
      for (const pid of pids) if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    }
  });

  it('backs off a crash-looping function while an infinite loop and a neighbour run; the neighbour never fails', async () => {
    const marks = `${dir}/spawn-marks`;
    const crashing = specOf(
      'Node.js18.15',
      { 'index.js': `require('fs').appendFileSync(process.env.MARKS, 'x'); process.exit(3);` },
      { env: { MARKS: marks } },
    );
    const looping = specOf(
      'Node.js18.15',
      { 'index.js': 'exports.handler = async (e, c) => { for (;;) {} };' },
      { timeoutS: 1 },
    );
    const neighbour = specOf('Python3.10', { 'index.py': 'def handler(e, c):\n    return e["i"] * 2\n' });
    const crashes: Promise<{ status: string }>[] = [];
    const loops = [rm.invoke(looping, call()), rm.invoke(looping, call())];
    const neighbours: { status: string; result: string }[] = [];
    for (let i = 0; i < 30; i++) {
      crashes.push(rm.invoke(crashing, call()));
      neighbours.push(await rm.invoke(neighbour, call({ i })));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(neighbours.map((o) => o.status)).toEqual(Array(30).fill('success'));
    expect(neighbours.map((o) => Number(o.result))).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
    const crashOutcomes = await Promise.all(crashes);
    expect(new Set(crashOutcomes.map((o) => o.status))).toEqual(new Set(['init_error']));
    const spawns = fs.readFileSync(marks, 'utf8').length;
    expect(spawns).toBeLessThan(10); // 30 calls, far fewer process starts
    expect(rm.stats(crashing.key)[0]?.consecutiveFailures).toBeGreaterThanOrEqual(2);
    console.log(`[crash-loop] 30 calls → ${spawns} process starts`);
    expect((await Promise.all(loops)).map((o) => o.status)).toEqual(['timeout', 'timeout']);
  });
});
