import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeCache } from './code-cache';
import { FunctionPool, type PoolHost } from './function-pool';
import { HAND_OFF } from './hand-off';
import { cpuMillicores, functionEnv, specFingerprint } from './host-env';
import { termination } from './host-protocol';
import { Instance } from './instance';
import { failedOutcome } from './outcome';
import { hostKindOf, isLegacyNode, resolvePython, resolveSetpriv } from './runtime-kinds';
import type {
  FunctionInstanceSpec,
  InvokeOptions,
  InvokeOutcome,
  PoolStats,
  RuntimeManagerOptions,
} from './types';

const HOSTS = {
  node: fileURLToPath(new URL('./hosts/node-host.cjs', import.meta.url)),
  python: fileURLToPath(new URL('./hosts/python-host.py', import.meta.url)),
};

/**
 * Runs Node.js and Python functions in pooled child processes (ARCHITECTURE.md "Runtime manager").
 * See types.ts for the interface and function-pool.ts for the queueing and crash-loop rules.
 *
 * @example
 * const rm = new RuntimeManager({ dataDir: '/var/fg' });
 * const outcome = await rm.invoke(spec, { requestId: randomUUID(), event: { hello: 'world' } });
 * await rm.close();
 */
export class RuntimeManager {
  private readonly pools = new Map<string, FunctionPool>();
  private readonly draining = new Set<FunctionPool>();
  private readonly code: CodeCache;
  private readonly deps: CodeCache;
  private readonly tmpRoot: string;
  private readonly host: PoolHost;
  private readonly maxTotal: number;
  private readonly idleMs: number;
  private slots = 0;
  private seq = 0;
  private closed = false;
  private pumpQueued = false;
  private readonly watchdog: NodeJS.Timeout;
  private readonly maintenance: NodeJS.Timeout;
  private readonly onProcessExit = () => {
    this.killAll();
  };

  constructor(private readonly opts: RuntimeManagerOptions) {
    this.code = new CodeCache(path.join(opts.dataDir, 'code'));
    this.deps = new CodeCache(path.join(opts.dataDir, 'deps'));
    this.tmpRoot = path.join(opts.dataDir, 'tmp');
    this.maxTotal = opts.maxTotalInstances ?? 32;
    this.idleMs = opts.idleTimeoutMs ?? 300_000;
    this.host = {
      launch: (spec, pool) => this.launch(spec, pool),
      acquireSlot: (pool) => this.acquireSlot(pool),
      releaseSlot: () => {
        this.slots--;
      },
      queueWaitMs: opts.queueWaitMs ?? 10_000,
      maxQueued: opts.maxQueuedPerFunction ?? 100,
      maxInstances: opts.maxInstancesPerFunction ?? 16,
      backoffBaseMs: opts.backoffBaseMs ?? 500,
      handOffWaitMs: opts.handOffWaitMs ?? HAND_OFF.WAIT_MS,
    };
    let tick = 0;
    this.watchdog = setInterval(() => {
      // Busy instances every tick; idle ones (timers may still allocate) every 20th, to spare the CPU.
      const all = tick++ % 20 === 0;
      for (const inst of [...this.allInstances()]) if (all || !inst.idle) inst.sampleMemory();
    }, opts.memoryPollMs ?? 25);
    this.watchdog.unref();
    this.maintenance = setInterval(
      () => {
        this.maintain();
      },
      Math.min(Math.max(this.idleMs / 2, 50), 1000),
    );
    this.maintenance.unref();
    // Function processes run in their own process groups: make sure they do not outlive the server.
    process.on('exit', this.onProcessExit);
  }

  /** Runs one invocation; never rejects (every failure is an outcome). */
  async invoke(spec: FunctionInstanceSpec, opts: InvokeOptions): Promise<InvokeOutcome> {
    const unsupported = this.unsupported(spec);
    if (unsupported) return failedOutcome(opts.requestId, unsupported);
    if (this.closed) {
      return failedOutcome(
        opts.requestId,
        termination('rejected', 'FSS.0503', 'the runtime manager is closed', 'RejectedError'),
      );
    }
    return this.poolFor(spec).invoke(opts);
  }

  /** Registers a spec without invoking it and starts its reserved instances (e.g. after a config change). */
  warm(spec: FunctionInstanceSpec): void {
    if (this.closed || this.unsupported(spec)) return;
    this.poolFor(spec).ensureReserved();
  }

  /** Stops every instance of `key`; waiting calls are answered `canceled`. */
  evict(key: string): void {
    const pool = this.pools.get(key);
    if (!pool) return;
    this.pools.delete(key);
    pool.shutdown(
      termination('canceled', 'FSS.4208', 'function invocation canceled: instances evicted', 'CanceledError'),
    );
    this.draining.add(pool);
  }

  stats(key?: string): PoolStats[] {
    const pools = [...this.pools.values(), ...this.draining];
    return pools.filter((p) => key === undefined || p.spec.key === key).map((p) => p.stats());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    clearInterval(this.maintenance);
    const why = termination(
      'canceled',
      'FSS.4208',
      'function invocation canceled: the server is stopping',
      'CanceledError',
    );
    for (const pool of [...this.pools.values(), ...this.draining]) pool.shutdown(why);
    this.pools.clear();
    this.draining.clear();
    process.off('exit', this.onProcessExit);
    await Promise.resolve();
  }

  private unsupported(spec: FunctionInstanceSpec) {
    const kind = hostKindOf(spec.runtime);
    const msg = `runtime '${spec.runtime}' is not supported by the local FunctionGraph (it runs Node.js and Python 3 functions only)`;
    if (!kind) return termination('unsupported_runtime', 'FSS.4202', msg, 'UnsupportedRuntimeError');
    if (kind === 'python' && !resolvePython(this.opts.pythonPath)) {
      return termination(
        'unsupported_runtime',
        'FSS.4202',
        `runtime '${spec.runtime}' needs python3, which was not found on this machine`,
        'UnsupportedRuntimeError',
      );
    }
    return null;
  }

  private poolFor(spec: FunctionInstanceSpec): FunctionPool {
    const fp = specFingerprint(spec);
    const existing = this.pools.get(spec.key);
    if (existing && existing.fingerprint === fp) {
      // Limits may change without new instances; the code and settings are the same.
      Object.assign(existing.spec, {
        maxInstances: spec.maxInstances,
        reservedInstances: spec.reservedInstances,
        loadCode: spec.loadCode,
      });
      return existing;
    }
    const pool = new FunctionPool({ ...spec }, fp, this.host);
    this.pools.set(spec.key, pool);
    if (existing) {
      this.draining.add(existing);
      pool.adopt(existing.retire());
    }
    pool.ensureReserved();
    return pool;
  }

  private async launch(spec: FunctionInstanceSpec, pool: FunctionPool): Promise<Instance> {
    const kind = hostKindOf(spec.runtime) ?? 'node';
    const codeDir = await this.code.ensure(spec.codeDigest, spec.loadCode);
    const depPaths: string[] = [];
    for (const dep of spec.dependencyZips ?? []) {
      const dir = await this.deps.ensure(dep.digest, dep.load);
      const nested = path.join(dir, kind === 'node' ? 'node_modules' : 'python');
      if (fs.existsSync(nested)) depPaths.push(nested);
      depPaths.push(dir);
    }
    const tmpDir = path.join(this.tmpRoot, createHash('sha256').update(spec.key).digest('hex').slice(0, 16));
    fs.mkdirSync(tmpDir, { recursive: true });
    // Resolving python3 spawns it once (slow behind a pyenv shim): only Python functions pay for it.
    const python = kind === 'python' ? resolvePython(this.opts.pythonPath) : null;
    const command = kind === 'node' ? process.execPath : (python?.executable ?? 'python3');
    // Node's heap flag alone does not cap Buffers; the watchdog enforces resident memory.
    const args =
      kind === 'node' ? [`--max-old-space-size=${spec.memoryMB}`, HOSTS.node] : ['-I', '-S', HOSTS.python];
    const id = `${(++this.seq).toString(36)}-${randomBytes(3).toString('hex')}`;
    const guard = resolveSetpriv();
    if (this.closed || pool.retired) throw new Error('the function was replaced or the manager closed');
    const inst: Instance = new Instance({
      id,
      command: guard ?? command,
      args: guard ? ['--pdeathsig', 'KILL', command, ...args] : args,
      env: functionEnv(spec, { interpreterDir: path.dirname(command), tmpDir, codeDir, depPaths, kind }),
      cwd: codeDir,
      memoryLimitBytes: spec.memoryMB * 1024 * 1024,
      loadTimeoutMs: Math.min(Math.max(spec.timeoutS * 1000, 10_000), 60_000),
      initTimeoutMs: (spec.initializer?.timeoutS ?? 60) * 1000,
      startMessage: {
        t: 'start',
        codeDir,
        handler: spec.handler,
        initializer: spec.initializer ?? null,
        timeoutS: spec.timeoutS,
        memoryMB: spec.memoryMB,
        cpu: cpuMillicores(spec.memoryMB),
        userData: { ...spec.env, ...spec.encryptedEnv },
        meta: spec.meta,
        depPaths,
        sitePaths: python?.sitePaths ?? [],
        legacyNode: isLegacyNode(spec.runtime),
        instanceId: id,
        concurrency: spec.concurrencyPerInstance,
      },
      onStrayLog: (entry) => this.opts.log?.({ ...entry, key: spec.key, instanceId: id }),
      onExit: (dead) => {
        this.instanceGone(pool, dead);
      },
    });
    return inst;
  }

  private instanceGone(pool: FunctionPool, inst: Instance): void {
    const why = inst.endReason;
    if (why && why.status !== 'canceled') {
      this.opts.log?.({
        time: Date.now(),
        level: 'WARN',
        message: `instance ${inst.id} stopped: ${why.errorCode} ${why.error.errorMessage}`,
        key: pool.spec.key,
        instanceId: inst.id,
      });
    }
    pool.forget(inst);
    this.slots--;
    this.schedulePump();
  }

  /** Deferred so that a kill inside a pool's own pump never re-enters it. */
  private schedulePump(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    queueMicrotask(() => {
      this.pumpQueued = false;
      if (this.closed) return;
      for (const pool of this.pools.values()) {
        pool.pump();
        pool.ensureReserved();
      }
      for (const pool of this.draining) if (pool.isEmpty) this.draining.delete(pool);
    });
  }

  private acquireSlot(pool: FunctionPool): boolean {
    if (this.slots >= this.maxTotal) {
      // Make room by stopping the least recently used idle instance of another function.
      const idle = [...this.pools.values(), ...this.draining]
        .filter((p) => p !== pool)
        .flatMap((p) => p.instances)
        .filter((i) => i.state === 'ready' && i.active === 0)
        .sort((a, b) => Number(a.reserved) - Number(b.reserved) || a.lastUsed - b.lastUsed);
      const victim = idle[0];
      if (!victim) return false;
      victim.kill(termination('canceled', 'FSS.4208', 'instance stopped to make room', 'CanceledError'));
    }
    this.slots++;
    return true;
  }

  private maintain(): void {
    const now = Date.now();
    for (const pool of [...this.pools.values(), ...this.draining])
      pool.reap(now, pool.retired ? 0 : this.idleMs);
    this.schedulePump();
  }

  private *allInstances(): Generator<Instance> {
    for (const pool of this.pools.values()) yield* pool.instances;
    for (const pool of this.draining) yield* pool.instances;
  }

  private killAll(): void {
    for (const inst of [...this.allInstances()]) {
      inst.kill(termination('canceled', 'FSS.4208', 'the server is stopping', 'CanceledError'));
    }
  }
}
