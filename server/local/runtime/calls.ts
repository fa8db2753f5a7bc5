import {
  canceled,
  termination,
  unknownError,
  type HostMessage,
  type RunResult,
  type Termination,
} from './host-protocol';
import type { HandOffTerms } from './hand-off';
import type { LogEntry } from './types';

interface Call {
  started: number;
  logs: LogEntry[];
  maxRss: number;
  timer?: NodeJS.Timeout;
  /** Its caller hung up while it ran beside others: it finishes (or times out) and is answered `canceled`. */
  abandoned?: boolean;
  /** Handed off behind the running call (hand-off.ts) and not started yet: its timeout starts with it. */
  waiting?: {
    timeoutMs: number;
    terms: HandOffTerms;
    /** Milliseconds waited so far, in steps of terms.waitMs. */
    waited: number;
    rescue: NodeJS.Timeout;
    withdrawing: boolean;
    canceled: boolean;
  };
  resolve: (r: RunResult) => void;
}

/** What the call table needs of its instance. */
export interface CallOwner {
  sendToHost(message: Record<string, unknown>, hold: boolean): void;
  /** Ends the instance: `culprit` gets `why`, the other running calls learn that their instance stopped. */
  kill(why: Termination, culprit?: string): void;
  /** Resident memory at the last sample. */
  readonly rss: number;
  readonly dead: boolean;
}

type ResultMessage = Extract<HostMessage, { t: 'result' }>;

/**
 * The calls one instance has in hand, running or waiting behind the running one (hand-off.ts): their timeouts,
 * their log lines, and how each ends (the host's result, a withdrawal, or the instance's end).
 */
export class CallTable {
  private readonly calls = new Map<string, Call>();

  constructor(private readonly owner: CallOwner) {}

  get size(): number {
    return this.calls.size;
  }

  /**
   * Sends a call to the host. With `handOff` it waits behind the running one and is withdrawn when it has not
   * started in time (see HandOffTerms). A request id already in hand is refused: ids route the host's answers.
   */
  add(
    requestId: string,
    frame: Record<string, unknown>,
    timeoutMs: number,
    handOff: HandOffTerms | undefined,
    resolve: (r: RunResult) => void,
  ): void {
    if (this.calls.has(requestId)) {
      const why = termination(
        'rejected',
        'FSS.0400',
        `request id ${requestId} is already running`,
        'RejectedError',
      );
      resolve({ kind: 'terminated', termination: why, ms: 0, logs: [], maxRss: 0 });
      return;
    }
    const call: Call = { started: performance.now(), logs: [], maxRss: this.owner.rss, resolve };
    this.calls.set(requestId, call);
    if (handOff === undefined) this.armTimeout(requestId, call, timeoutMs);
    else {
      call.waiting = {
        timeoutMs,
        terms: handOff,
        waited: 0,
        rescue: setTimeout(this.rescue, handOff.waitMs, requestId),
        withdrawing: false,
        canceled: false,
      };
    }
    this.owner.sendToHost(frame, this.calls.size > 1);
  }

  /**
   * A waiting call's periodic check (one method with the id as the timer's argument, not a closure per call: on
   * the invocation path, tsx names every new closure with a property definition).
   */
  private readonly rescue = (requestId: string): void => {
    const w = this.calls.get(requestId)?.waiting;
    if (!w) return;
    w.waited += w.terms.waitMs;
    if (w.waited >= w.terms.maxWaitMs || w.terms.elsewhere()) this.withdraw(requestId);
    else w.rescue = setTimeout(this.rescue, w.terms.waitMs, requestId);
  };

  private armTimeout(requestId: string, call: Call, timeoutMs: number): void {
    // libuv timers run on a ms clock cached per loop turn: may fire up to 1 ms early.
    call.timer = setTimeout(this.timedOut, timeoutMs + 1, requestId, timeoutMs);
  }

  private readonly timedOut = (requestId: string, timeoutMs: number): void => {
    this.owner.kill(
      termination('timeout', 'FSS.4010', `invoke timed out after ${fmtS(timeoutMs)}.`, 'TimeoutError'),
      requestId,
    );
  };

  /**
   * Stops a call for its caller: a waiting one is taken back from the host, a running one ends the instance —
   * except when its caller only hung up (`hangUp`) while other calls run there too (strategy_config.concurrent_num):
   * one client going away must not end its neighbours' invocations, so that call runs on (within its timeout) and
   * is answered `canceled`. An explicit cancel (async cancel, a stopping server) still ends the instance.
   */
  cancel(requestId: string, hangUp: boolean): void {
    const call = this.calls.get(requestId);
    if (!call) return;
    if (call.waiting) {
      call.waiting.canceled = true;
      this.withdraw(requestId);
    } else if (hangUp && this.runsBeside(requestId)) call.abandoned = true;
    else this.owner.kill(canceled(), requestId);
  }

  /** Whether another call than `requestId` is running (not waiting) here. */
  private runsBeside(requestId: string): boolean {
    for (const [id, call] of this.calls) if (id !== requestId && !call.waiting) return true;
    return false;
  }

  /** Asks the host to give a waiting call back; it answers `withdrawn`, or runs it if it had already started it. */
  private withdraw(requestId: string): void {
    const w = this.calls.get(requestId)?.waiting;
    if (!w || w.withdrawing || this.owner.dead) return;
    w.withdrawing = true;
    this.owner.sendToHost({ t: 'withdraw', id: requestId }, false);
  }

  onWithdrawn(requestId: string): void {
    const call = this.calls.get(requestId);
    if (!call?.waiting) return;
    this.calls.delete(requestId);
    settleUnstarted(call);
  }

  /** The host's result: the call ends, and the first waiting call (if any) has started in its place. */
  onResult(m: ResultMessage): void {
    const call = this.calls.get(m.id);
    if (!call) return;
    clearTimeout(call.timer);
    this.calls.delete(m.id);
    const { logs, maxRss } = call;
    if (call.abandoned) call.resolve({ kind: 'terminated', termination: canceled(), ms: m.ms, logs, maxRss });
    else if (m.ok) call.resolve({ kind: 'result', ok: true, body: m.body ?? '', ms: m.ms, logs, maxRss });
    else {
      const error = m.error ?? unknownError;
      call.resolve({ kind: 'result', ok: false, code: m.code ?? 'FSS.4002', error, ms: m.ms, logs, maxRss });
    }
    if (this.calls.size > 0) this.startNext();
  }

  private startNext(): void {
    for (const [id, call] of this.calls) {
      if (!call.waiting) continue;
      const { timeoutMs, rescue, canceled: wasCanceled } = call.waiting;
      clearTimeout(rescue);
      call.waiting = undefined;
      call.started = performance.now();
      call.maxRss = this.owner.rss;
      this.armTimeout(id, call, timeoutMs);
      if (wasCanceled) this.owner.kill(canceled(), id);
      return;
    }
  }

  /** Where a line of `requestId` goes: its call's lines, or undefined when no such call is in hand. */
  logsOf(requestId: string): LogEntry[] | undefined {
    return requestId ? this.calls.get(requestId)?.logs : undefined;
  }

  /** The id of the one running call, or '' when none or several run (lines without an id belong to it). */
  soleRunning(): string {
    let only = '';
    for (const [id, call] of this.calls) {
      if (call.waiting) continue;
      if (only) return '';
      only = id;
    }
    return only;
  }

  /** A new memory sample: the running calls' peak. */
  noteRss(rss: number): void {
    for (const call of this.calls.values()) if (!call.waiting) call.maxRss = Math.max(call.maxRss, rss);
  }

  /** The instance ended: running calls end with `why` (see CallOwner.kill), waiting ones are withdrawn. */
  endAll(why: Termination, culprit: string | undefined): void {
    for (const [id, call] of this.calls) {
      clearTimeout(call.timer);
      if (call.waiting) {
        settleUnstarted(call);
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
      call.resolve({
        kind: 'terminated',
        termination: own,
        ms: performance.now() - call.started,
        logs: call.logs,
        maxRss: call.maxRss,
      });
    }
    this.calls.clear();
  }
}

/** A call that never started here goes elsewhere, or ends as canceled if its caller asked for that. */
function settleUnstarted(call: Call): void {
  if (!call.waiting) return;
  clearTimeout(call.waiting.rescue);
  call.resolve(
    call.waiting.canceled
      ? { kind: 'terminated', termination: canceled(), ms: 0, logs: call.logs, maxRss: 0 }
      : { kind: 'withdrawn' },
  );
}

export function fmtS(ms: number): string {
  return `${String(Math.round(ms / 100) / 10)}s`;
}
