import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { CallTable, fmtS, type CallOwner } from './calls';
import type { HandOffTerms } from './hand-off';
import { FrameDecoder, FrameWriter, LineSplitter } from './frame-codec';
import { ProcMemory } from './proc-memory';
import {
  termination,
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

const RESAMPLE_MS = 5;
const MAX_LINE = 90 * 1024;

/** One host process (node-host.cjs / python-host.py) and the protocol spoken with it on fd 3. */
export class Instance implements CallOwner {
  readonly id: string;
  state: 'starting' | 'ready' | 'dead' = 'starting';
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
  private readonly calls: CallTable;
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
    this.calls = new CallTable(this);
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

  get dead(): boolean {
    return this.state === 'dead';
  }

  /** Sends a frame to the host (CallOwner). */
  sendToHost(message: Record<string, unknown>, hold: boolean): void {
    this.out.send(message, hold);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Calls in hand: running, or waiting behind the running one (hand-off.ts). */
  get active(): number {
    return this.calls.size;
  }

  /**
   * Runs one invocation; resolves with the host's result or with why the instance died meanwhile. With
   * `handOff` the call waits behind the running one (one call at a time) and is withdrawn when it has not
   * started in time (HandOffTerms), or when the instance ends before it starts.
   */
  run(
    requestId: string,
    event: unknown,
    alias: string | undefined,
    timeoutMs: number,
    handOff?: HandOffTerms,
  ): Promise<RunResult> {
    this.invocations++;
    this.lastUsed = Date.now();
    return new Promise((resolve) => {
      this.calls.add(requestId, { t: 'invoke', id: requestId, event, alias }, timeoutMs, handOff, resolve);
    });
  }

  /** Stops a call for its caller (CallTable.cancel). */
  cancel(requestId: string, hangUp = false): void {
    this.calls.cancel(requestId, hangUp);
  }

  /** Samples resident memory; kills the instance when it is over its memory (FSS.4205). */
  sampleMemory(): number {
    if (this.state === 'dead' || this.child.pid === undefined) return this.rss;
    this.sampledAt = performance.now();
    this.memory ??= new ProcMemory(this.child.pid);
    const rss = this.memory.rss();
    if (rss === undefined) return this.rss;
    this.rss = rss;
    this.calls.noteRss(rss);
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
    this.calls.endAll(why, culprit);
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
      case 'withdrawn':
        this.calls.onWithdrawn(m.id);
        break;
      case 'result':
        // Over memory: kills, and every call in hand is answered with FSS.4205. Reading /proc costs a syscall:
        // a short call reuses a sample under 5 ms old (allocating past a limit takes longer than that).
        if (m.ms >= RESAMPLE_MS || performance.now() - this.sampledAt >= RESAMPLE_MS) this.sampleMemory();
        if (this.state === 'dead') return;
        this.lastUsed = Date.now();
        this.calls.onResult(m);
        break;
    }
  }

  private onLog(requestId: string, entry: LogEntry): void {
    const sink = this.calls.logsOf(requestId) ?? (this.state === 'starting' ? this.startLogs : null);
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
    this.onLog(this.calls.soleRunning(), { time: Date.now(), level, message: line });
  }
}
