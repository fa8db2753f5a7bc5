import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { FrameDecoder, FrameWriter, LineSplitter } from './frame-codec';
import { ProcMemory } from './proc-memory';
import {
  canceled,
  termination,
  unknownError,
  type HostMessage,
  type RunResult,
  type StartResult,
  type Termination,
} from './host-protocol';
import type { LogEntry, LogLevel } from './types';

export interface InstanceLaunch {
  id: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  memoryLimitBytes: number;
  loadTimeoutMs: number;
  initTimeoutMs: number;
  startMessage: Record<string, unknown>;
  /** Lines that belong to no request. */
  onStrayLog: (entry: LogEntry) => void;
  onExit: (instance: Instance) => void;
}

interface Pending {
  started: number;
  logs: LogEntry[];
  maxRss: number;
  timer?: NodeJS.Timeout;
  /** Handed off behind the running call (hand-off.ts) and not started yet: its timeout starts with it. */
  waiting?: { timeoutMs: number; rescue: NodeJS.Timeout; withdrawing: boolean; canceled: boolean };
  resolve: (r: RunResult) => void;
}

const RESAMPLE_MS = 5;
const MAX_LINE = 90 * 1024;

/** One host process (node-host.cjs / python-host.py) and the protocol spoken with it on fd 3. */
export class Instance {
  readonly id: string;
  state: 'starting' | 'ready' | 'dead' = 'starting';
  active = 0;
  invocations = 0;
  lastUsed = Date.now();
  rss = 0;
  reserved = false;
  /** Why the instance ended (set once it is dead). */
  endReason: Termination | undefined;
  private readonly child: ChildProcess;
  private readonly chan: Socket;
  private readonly out: FrameWriter;
  private sampledAt = 0;
  private memory: ProcMemory | undefined;
  private readonly pending = new Map<string, Pending>();
  private startLogs: LogEntry[] = [];
  private startResolve: ((r: StartResult) => void) | null = null;
  private startTimer: NodeJS.Timeout | undefined;
  private readonly spawnedAt = performance.now();
  private readonly spawnedAtWall = Date.now();
  private loadedAt = 0;
  private heapOom = false;
  readonly started: Promise<StartResult>;

  constructor(private readonly launch: InstanceLaunch) {
    this.id = launch.id;
    this.child = spawn(launch.command, launch.args, {
      cwd: launch.cwd,
      env: launch.env,
      // Own process group, so that a kill takes the function's children along.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    this.chan = this.child.stdio[3] as Socket;
    const decoder = new FrameDecoder((m) => {
      this.onFrame(m as HostMessage);
    });
    this.chan.on('data', (c: Buffer) => {
      decoder.push(c);
      // The host is awake and answering: calls held for it go now.
      this.out.flush();
    });
    this.chan.on('error', () => undefined);
    const out = new LineSplitter((line) => {
      this.onRawLine('INFO', line);
    });
    const err = new LineSplitter((line) => {
      if (line.includes('heap out of memory')) this.heapOom = true;
      this.onRawLine('ERROR', line);
    });
    this.child.stdout?.on('data', (c: Buffer) => {
      out.push(c);
    });
    this.child.stderr?.on('data', (c: Buffer) => {
      err.push(c);
    });
    this.started = new Promise((resolve) => (this.startResolve = resolve));
    this.child.on('error', (e) => {
      this.terminate(
        termination('crashed', 'FSS.4203', `runtime process is exited: ${e.message}`, 'RuntimeError'),
      );
    });
    this.child.on('exit', (code, signal) => {
      out.flush();
      err.flush();
      const why = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      this.terminate(
        this.heapOom
          ? termination('out_of_memory', 'FSS.4205', 'runtime memory limit exceeded', 'MemoryError')
          : termination('crashed', 'FSS.4203', `runtime process is exited (${why})`, 'RuntimeError'),
      );
    });
    this.out = new FrameWriter(this.chan);
    this.out.send(launch.startMessage);
    this.armStartTimer(launch.loadTimeoutMs, () =>
      termination(
        'init_error',
        'FSS.4012',
        `load function timed out after ${fmtS(launch.loadTimeoutMs)}.`,
        'TimeoutError',
      ),
    );
  }

  /** True when nobody waits on this instance: the watchdog may sample it less often. */
  get idle(): boolean {
    return this.state === 'ready' && this.active === 0;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * Runs one invocation; resolves with the host's result or with why the instance died meanwhile. With
   * `handOffWaitMs` the call waits behind the running one (one call at a time) and is withdrawn when it has not
   * started within that time, or when the instance ends before it starts.
   */
  run(
    requestId: string,
    event: unknown,
    alias: string | undefined,
    timeoutMs: number,
    handOffWaitMs?: number,
  ): Promise<RunResult> {
    this.active++;
    this.invocations++;
    this.lastUsed = Date.now();
    return new Promise((resolve) => {
      const p: Pending = { started: performance.now(), logs: [], maxRss: this.rss, resolve };
      const clash = this.pending.get(requestId);
      if (clash) {
        // Request ids route the host's answers: a second call with the same id fails instead of stealing one.
        this.active--;
        const why = termination(
          'rejected',
          'FSS.0400',
          `request id ${requestId} is already running`,
          'RejectedError',
        );
        resolve({ kind: 'terminated', termination: why, ms: 0, logs: [], maxRss: 0 });
        return;
      }
      this.pending.set(requestId, p);
      if (handOffWaitMs === undefined) this.armTimeout(requestId, p, timeoutMs);
      else {
        const rescue = setTimeout(() => {
          this.withdraw(requestId);
        }, handOffWaitMs);
        p.waiting = { timeoutMs, rescue, withdrawing: false, canceled: false };
      }
      this.out.send({ t: 'invoke', id: requestId, event, alias }, this.active > 1);
    });
  }

  private armTimeout(requestId: string, p: Pending, timeoutMs: number): void {
    p.timer = setTimeout(() => {
      this.kill(
        termination('timeout', 'FSS.4010', `invoke timed out after ${fmtS(timeoutMs)}.`, 'TimeoutError'),
        requestId,
      );
    }, timeoutMs + 1); // libuv timers run on a ms clock cached per loop turn: may fire up to 1 ms early
  }

  /** Stops a call for its caller: a waiting one is taken back from the host, a running one ends the instance. */
  cancel(requestId: string): void {
    const p = this.pending.get(requestId);
    if (p?.waiting) {
      p.waiting.canceled = true;
      this.withdraw(requestId);
    } else this.kill(canceled(), requestId);
  }

  /** Asks the host to give a waiting call back; it answers `withdrawn`, or runs it if it had already started it. */
  private withdraw(requestId: string): void {
    const w = this.pending.get(requestId)?.waiting;
    if (!w || w.withdrawing || this.state === 'dead') return;
    w.withdrawing = true;
    this.out.send({ t: 'withdraw', id: requestId });
  }

  /** The running call ended: the host has started the first waiting one. */
  private startNext(): void {
    for (const [id, p] of this.pending) {
      if (!p.waiting) continue;
      const { timeoutMs, rescue, canceled: wasCanceled } = p.waiting;
      clearTimeout(rescue);
      p.waiting = undefined;
      p.started = performance.now();
      p.maxRss = this.rss;
      this.armTimeout(id, p, timeoutMs);
      if (wasCanceled) this.kill(canceled(), id);
      return;
    }
  }

  /** Samples resident memory; kills the instance when it is over its memory (FSS.4205). */
  sampleMemory(): number {
    if (this.state === 'dead' || this.child.pid === undefined) return this.rss;
    this.sampledAt = performance.now();
    this.memory ??= new ProcMemory(this.child.pid);
    const rss = this.memory.rss();
    if (rss === undefined) return this.rss;
    this.rss = rss;
    for (const p of this.pending.values()) if (!p.waiting) p.maxRss = Math.max(p.maxRss, this.rss);
    if (this.rss > this.launch.memoryLimitBytes) {
      this.kill(termination('out_of_memory', 'FSS.4205', 'runtime memory limit exceeded', 'MemoryError'));
    }
    return this.rss;
  }

  /**
   * Kills the whole process group at once. In-flight requests are answered now, without waiting for the
   * exit: `culprit` gets `why`, the others learn that their instance was stopped.
   */
  kill(why: Termination, culprit?: string): void {
    if (this.state === 'dead') return;
    this.terminate(why, culprit);
  }

  private killGroup(): void {
    if (this.child.pid === undefined) return;
    try {
      // Also after the host exited on its own: processes it started may still hold the group (and its id).
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // The group is gone.
    }
  }

  private terminate(why: Termination, culprit?: string): void {
    if (this.state === 'dead') return;
    this.killGroup();
    this.state = 'dead';
    this.endReason = why;
    clearTimeout(this.startTimer);
    this.finishStart({ ok: false, termination: why, logs: this.startLogs });
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      if (p.waiting) {
        // Never started here: it goes elsewhere (or ends as canceled, if its caller asked for that).
        clearTimeout(p.waiting.rescue);
        p.resolve(p.waiting.canceled ? this.endedBeforeStart(p, canceled()) : { kind: 'withdrawn' });
        continue;
      }
      const own =
        culprit === undefined || culprit === id
          ? why
          : termination(
              'crashed',
              'FSS.4203',
              `runtime process is exited: another request (${culprit}) ${why.error.errorMessage}`,
              'RuntimeError',
            );
      p.resolve({
        kind: 'terminated',
        termination: own,
        ms: performance.now() - p.started,
        logs: p.logs,
        maxRss: p.maxRss,
      });
    }
    this.pending.clear();
    this.active = 0;
    this.chan.destroy();
    this.memory?.close();
    this.launch.onExit(this);
  }

  private armStartTimer(ms: number, why: () => Termination): void {
    clearTimeout(this.startTimer);
    this.startTimer = setTimeout(() => {
      this.kill(why());
    }, ms);
  }

  private finishStart(r: StartResult): void {
    const resolve = this.startResolve;
    this.startResolve = null;
    resolve?.(r);
  }

  private onFrame(m: HostMessage): void {
    switch (m.t) {
      case 'log':
        this.onLog(m.id, { time: m.time, level: m.level, message: m.msg });
        break;
      case 'loaded':
        // Measured here, not in the host: the cold-start cost includes booting the interpreter.
        this.loadedAt = performance.now();
        this.armStartTimer(this.launch.initTimeoutMs, () =>
          termination(
            'init_error',
            'FSS.4011',
            'Initialization function execution times out.',
            'TimeoutError',
          ),
        );
        break;
      case 'ready':
        clearTimeout(this.startTimer);
        if (m.error) {
          const why: Termination = { status: 'init_error', errorCode: m.code ?? 'FSS.4201', error: m.error };
          this.finishStart({ ok: false, termination: why, logs: this.startLogs });
          this.kill(why);
          return;
        }
        this.state = 'ready';
        this.sampleMemory();
        this.finishStart({
          ok: true,
          startedAt: this.spawnedAtWall,
          loadMs: this.loadedAt - this.spawnedAt,
          initMs: m.initMs === undefined ? undefined : performance.now() - this.loadedAt,
          logs: this.startLogs,
          rss: this.rss,
        });
        this.startLogs = [];
        break;
      case 'withdrawn': {
        const p = this.pending.get(m.id);
        if (!p?.waiting) return;
        clearTimeout(p.waiting.rescue);
        this.pending.delete(m.id);
        this.active--;
        p.resolve(p.waiting.canceled ? this.endedBeforeStart(p, canceled()) : { kind: 'withdrawn' });
        break;
      }
      case 'result': {
        const p = this.pending.get(m.id);
        if (!p) return;
        // Over memory: kills, and every pending request is answered with FSS.4205. Reading /proc costs 4 syscalls:
        // a short call reuses a sample under 5 ms old (allocating past a limit takes longer than that).
        if (m.ms >= RESAMPLE_MS || performance.now() - this.sampledAt >= RESAMPLE_MS) this.sampleMemory();
        if (this.state === 'dead') return;
        clearTimeout(p.timer);
        this.pending.delete(m.id);
        this.active--;
        this.lastUsed = Date.now();
        p.resolve(
          m.ok
            ? { kind: 'result', ok: true, body: m.body ?? '', ms: m.ms, logs: p.logs, maxRss: p.maxRss }
            : {
                kind: 'result',
                ok: false,
                code: m.code ?? 'FSS.4002',
                error: m.error ?? unknownError,
                ms: m.ms,
                logs: p.logs,
                maxRss: p.maxRss,
              },
        );
        if (this.active > 0) this.startNext();
        break;
      }
    }
  }

  private onLog(requestId: string, entry: LogEntry): void {
    const p = requestId ? this.pending.get(requestId) : undefined;
    const sink = p ? p.logs : this.state === 'starting' ? this.startLogs : null;
    // Very long messages become several lines, as FunctionGraph's loggers do (RUNTIME-CONTRACT §2.2).
    for (let at = 0; at === 0 || at < entry.message.length; at += MAX_LINE) {
      const part =
        at === 0 && entry.message.length <= MAX_LINE
          ? entry
          : { ...entry, message: entry.message.slice(at, at + MAX_LINE) };
      if (sink) sink.push(part);
      else this.launch.onStrayLog(part);
    }
  }

  /** Raw stdout/stderr bytes carry no request id: they belong to the one request running, if any. */
  private onRawLine(level: LogLevel, line: string): void {
    let only = '';
    let running = 0;
    for (const [id, p] of this.pending) {
      if (p.waiting) continue;
      running++;
      only = id;
    }
    this.onLog(running === 1 ? only : '', { time: Date.now(), level, message: line });
  }

  private endedBeforeStart(p: Pending, why: Termination): RunResult {
    return { kind: 'terminated', termination: why, ms: 0, logs: p.logs, maxRss: 0 };
  }
}

function fmtS(ms: number): string {
  return `${String(Math.round(ms / 100) / 10)}s`;
}
