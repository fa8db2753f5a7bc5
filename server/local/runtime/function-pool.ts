import { CrashLoop } from './crash-loop';
import { HAND_OFF, HandOffGauge, type HandOffTerms } from './hand-off';
import { canceled, initFailed, rejection, type Termination } from './host-protocol';
import type { Instance } from './instance';
import { WaitQueue, type Waiter } from './wait-queue';
import { hostKindOf } from './runtime-kinds';
import { failedOutcome, failedStartLines, runOutcome, type ColdStart } from './outcome';
import type { FunctionInstanceSpec, InvokeOptions, InvokeOutcome, PoolStats } from './types';

/** What a pool needs from the manager. */
export interface PoolHost {
  /** Prepares code and spawns a host process (may reject, e.g. on a zip-slip package). */
  launch(spec: FunctionInstanceSpec, pool: FunctionPool): Promise<Instance>;
  /** Takes one slot of the global instance limit, evicting an idle instance elsewhere if needed. */
  acquireSlot(pool: FunctionPool): boolean;
  releaseSlot(): void;
  queueWaitMs: number;
  maxQueued: number;
  maxInstances: number;
  backoffBaseMs: number;
  handOffWaitMs: number;
}

const INIT_ATTEMPTS = 3;

/**
 * The instances of one function version and the calls waiting for them.
 *
 * Queueing rule: a call goes to a ready instance with a free concurrency slot; otherwise it waits (FIFO)
 * while instances start, up to `maxInstances` (−1 → the manager's cap). A call that waits longer than
 * `queueWaitMs` (plus the initializer timeout, if any), or arrives when `maxQueued` calls already wait,
 * is `rejected` with FSS.1429 (seed 9.2: "Function concurrent invocation requests exceeds max value").
 *
 * Crash-loop rule: consecutive start failures and crashes (reset by any completed invocation) count as
 * failures; from the second one on, no instance is started for 500 ms × 2^(n−2) (max 30 s), and calls
 * that find no instance are answered at once with the last failure.
 */
export class FunctionPool {
  readonly instances: Instance[] = [];
  private readonly queue = new WaitQueue();
  private starting = 0;
  private readonly crashes: CrashLoop;
  private readonly coldInfo = new WeakMap<Instance, ColdStart>();
  private readonly handOff: HandOffGauge;
  private readonly handOffTerms: HandOffTerms;
  retired = false;

  constructor(
    readonly spec: FunctionInstanceSpec,
    readonly fingerprint: string,
    private readonly host: PoolHost,
  ) {
    this.crashes = new CrashLoop(host.backoffBaseMs);
    this.handOff = new HandOffGauge(spec.concurrencyPerInstance <= 1 && hostKindOf(spec.runtime) === 'node');
    this.handOffTerms = {
      waitMs: host.handOffWaitMs,
      maxWaitMs: HAND_OFF.MAX_WAIT_MS,
      elsewhere: () => this.freeInstance(true) !== undefined,
    };
  }

  private get cap(): number {
    const max = this.spec.maxInstances;
    return max < 0 ? this.host.maxInstances : Math.min(max, this.host.maxInstances);
  }

  /** The wait bound, stretched by the initializer's own timeout so that a slow cold start is not a rejection. */
  private get queueWaitMs(): number {
    return this.host.queueWaitMs + (this.spec.initializer?.timeoutS ?? 0) * 1000;
  }

  private get live(): Instance[] {
    return this.instances.filter((i) => i.state !== 'dead');
  }

  invoke(opts: InvokeOptions): Promise<InvokeOutcome> {
    if (this.spec.maxInstances === 0) {
      return Promise.resolve(
        failedOutcome(opts.requestId, rejection('the function is disabled: max instances is 0')),
      );
    }
    if (this.queue.length >= this.host.maxQueued) {
      return Promise.resolve(
        failedOutcome(opts.requestId, rejection(`${this.queue.length} calls already wait`)),
      );
    }
    if (this.queue.length === 0 && !opts.signal?.aborted) {
      const free = this.freeInstance(false);
      if (free) {
        return new Promise((resolve) => {
          this.dispatch({ opts, resolve }, free);
        });
      }
    }
    return new Promise((resolve) => {
      this.queue.add({ opts, resolve }, this.queueWaitMs);
      this.pump();
    });
  }

  /**
   * Where a call goes now: the first ready instance with a free concurrency slot or, when calls are short
   * (hand-off.ts), the most recently used ready instance that may still take a waiting call.
   */
  private freeInstance(noHandOff: boolean | undefined): Instance | undefined {
    const depth = noHandOff ? 0 : this.handOff.depth;
    if (depth > 0) {
      let hot: Instance | undefined;
      for (const i of this.instances) {
        if (i.state === 'ready' && i.active <= depth && (!hot || i.lastUsed > hot.lastUsed)) hot = i;
      }
      return hot;
    }
    const conc = Math.max(1, this.spec.concurrencyPerInstance);
    for (const i of this.instances) if (i.state === 'ready' && i.active < conc) return i;
    return undefined;
  }

  /** Dispatches waiting calls to free instances, and starts instances when calls still wait. */
  pump(): void {
    const conc = Math.max(1, this.spec.concurrencyPerInstance);
    for (let w = this.queue.head; w; w = this.queue.head) {
      const free = this.freeInstance(w.noHandOff);
      if (!free) break;
      this.queue.take();
      this.dispatch(w, free);
    }
    if (this.retired) return;
    // Calls one new instance will take: its concurrency, plus the calls that may wait behind (hand-off.ts).
    const perInstance = conc + this.handOff.depth;
    let deficit = this.queue.length - this.starting * perInstance;
    while (deficit > 0 && this.live.length + this.starting < this.cap && !this.crashes.active) {
      if (!this.host.acquireSlot(this)) break;
      this.startInstance(false);
      deficit -= perInstance;
    }
    // Backing off with nothing that could serve them: the waiting calls learn the last failure at once.
    const suppressed = this.starting === 0 && this.live.length === 0 ? this.crashes.suppressed() : undefined;
    if (suppressed && this.queue.length) {
      for (const w of this.queue.takeAll())
        w.resolve(failedOutcome(w.opts.requestId, suppressed.why, { note: suppressed.note }));
    }
  }

  /** Starts the reserved (kept-warm) instances that are missing. */
  ensureReserved(): void {
    if (this.retired) return;
    const want = Math.min(this.spec.reservedInstances, this.cap);
    while (this.live.length + this.starting < want && !this.crashes.active && this.host.acquireSlot(this)) {
      this.startInstance(true);
    }
  }

  private startInstance(reserved: boolean, attempt = 1): void {
    this.starting++;
    const startedAt = Date.now();
    void this.host
      .launch(this.spec, this)
      .then(async (inst) => {
        inst.reserved = reserved;
        this.instances.push(inst);
        const start = await inst.started;
        this.starting--;
        if (start.ok) {
          if (!reserved) this.coldInfo.set(inst, start);
        } else {
          const why =
            start.termination.status === 'crashed'
              ? initFailed(start.termination.error.errorMessage)
              : start.termination;
          // RUNTIME-CONTRACT §1.4: after an initializer error the instance is discarded and a new one
          // tried, up to 3 attempts. (Not after an initializer timeout: 3 × 300 s is no answer locally.)
          if (
            why.errorCode === 'FSS.4009' &&
            attempt < INIT_ATTEMPTS &&
            !this.retired &&
            this.host.acquireSlot(this)
          ) {
            this.startInstance(reserved, attempt + 1);
            return;
          }
          this.failStart(why, failedStartLines('', this.spec.meta.version, startedAt, start.logs), inst.id);
        }
        this.pump();
      })
      .catch((e: unknown) => {
        this.starting--;
        this.host.releaseSlot();
        this.failStart(initFailed(e instanceof Error ? e.message : String(e)), [], '');
        this.pump();
      });
  }

  /** A start failed: the oldest waiter learns why (all of them when nothing else can serve them). */
  private failStart(why: Termination, logs: InvokeOutcome['logs'], instanceId: string): void {
    this.crashes.record(why);
    const victims = this.queue.takeAll(this.live.length + this.starting === 0 ? Infinity : 1);
    for (const w of victims) {
      const own = logs.map((l) => ({
        ...l,
        message: l.message.replace("request ''", `request '${w.opts.requestId}'`),
      }));
      w.resolve(failedOutcome(w.opts.requestId, why, { logs: own, instanceId }));
    }
  }

  private dispatch(w: Waiter, inst: Instance): void {
    const cold = this.coldInfo.get(inst);
    this.coldInfo.delete(inst);
    const { requestId, event, alias, signal } = w.opts;
    const onAbort = signal ? cancelOnAbort(inst, requestId, w.opts.signalIsHangUp === true) : undefined;
    if (onAbort) signal?.addEventListener('abort', onAbort, { once: true });
    const invokeStarted = Date.now();
    const behind = inst.active > 0 && this.spec.concurrencyPerInstance <= 1 ? this.handOffTerms : undefined;
    void inst.run(requestId, event, alias, this.spec.timeoutS * 1000, behind).then((run) => {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      if (run.kind === 'withdrawn') {
        if (cold) this.coldInfo.set(inst, cold);
        w.noHandOff = true;
        if (this.retired) w.resolve(failedOutcome(requestId, inst.endReason ?? canceled()));
        else {
          this.queue.add(w, this.queueWaitMs, true);
          this.pump();
        }
        return;
      }
      this.handOff.record(run.ms);
      if (run.kind === 'result') this.crashes.succeeded();
      else this.crashes.recordEnd(inst);
      const ctx = {
        requestId,
        version: alias ?? this.spec.meta.version,
        memoryMB: this.spec.memoryMB,
        instanceId: inst.id,
        invokeStarted,
      };
      w.resolve(runOutcome(cold ? { ...ctx, cold } : ctx, run));
      if (this.retired && inst.active === 0) inst.kill(canceled());
      this.pump();
    });
  }

  /** Called by the manager when one of this pool's instances is gone. */
  forget(inst: Instance): void {
    const i = this.instances.indexOf(inst);
    if (i >= 0) this.instances.splice(i, 1);
  }

  /** Stops idle instances beyond the reserved count that were unused for `idleMs`. */
  reap(now: number, idleMs: number): void {
    const idle = this.instances
      .filter((i) => i.state === 'ready' && i.active === 0 && now - i.lastUsed >= idleMs)
      .sort((a, b) => a.lastUsed - b.lastUsed);
    let surplus = this.live.length - (this.retired ? 0 : this.spec.reservedInstances);
    for (const inst of idle) {
      if (surplus <= 0) break;
      inst.kill(canceled());
      surplus--;
    }
  }

  /** Stops everything: waiting calls are answered `canceled`, instances killed. */
  shutdown(why: Termination): void {
    this.retired = true;
    for (const w of this.queue.takeAll()) w.resolve(failedOutcome(w.opts.requestId, why));
    for (const inst of [...this.instances]) inst.kill(why);
  }

  /** Hands the waiting calls over to the pool that replaces this one, then drains. */
  retire(): Waiter[] {
    this.retired = true;
    for (const inst of [...this.instances]) if (inst.active === 0) inst.kill(canceled());
    return this.queue.takeAll();
  }

  adopt(waiters: Waiter[]): void {
    for (const w of waiters) this.queue.add(w, this.queueWaitMs);
    this.pump();
  }

  get isEmpty(): boolean {
    return this.instances.length === 0 && this.starting === 0 && this.queue.length === 0;
  }

  stats(): PoolStats {
    const now = Date.now();
    return {
      key: this.spec.key,
      instances: this.instances.map((i) => ({
        id: i.id,
        pid: i.pid,
        state: i.state,
        active: i.active,
        invocations: i.invocations,
        rssMB: Math.round((i.rss / 1048576) * 10) / 10,
        reserved: i.reserved,
        idleMs: i.active ? 0 : now - i.lastUsed,
      })),
      queued: this.queue.length,
      consecutiveFailures: this.crashes.failures,
      backoffUntil: this.crashes.backoffUntil,
      handOffDepth: this.handOff.depth,
    };
  }
}

/** The listener that stops a call's instance when its caller cancels (a returned arrow: tsx names declared ones per call). */
function cancelOnAbort(inst: Instance, requestId: string, hangUp: boolean): () => void {
  return () => {
    inst.cancel(requestId, hangUp);
  };
}
