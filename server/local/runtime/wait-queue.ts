import { canceled, rejection } from './host-protocol';
import { failedOutcome } from './outcome';
import type { InvokeOptions, InvokeOutcome } from './types';

export interface Waiter {
  opts: InvokeOptions;
  resolve: (o: InvokeOutcome) => void;
  /** Withdrawn after a hand-off (hand-off.ts): it goes to a free instance this time. */
  noHandOff?: boolean;
}

interface Entry {
  waiter: Waiter;
  timer: NodeJS.Timeout;
  onAbort?: () => void;
}

/**
 * The calls of one pool that wait for an instance, first in first out. Each leaves by `take` (to be dispatched),
 * by `takeAll`, or on its own: rejected (FSS.1429) once it has waited `waitMs`, canceled when its caller aborts.
 */
export class WaitQueue {
  private entries: Entry[] = [];

  get length(): number {
    return this.entries.length;
  }

  /** The call that leaves next. */
  get head(): Waiter | undefined {
    return this.entries[0]?.waiter;
  }

  /** Queues a call (at the front: one withdrawn after a hand-off); one whose caller already gave up ends now. */
  add(waiter: Waiter, waitMs: number, front = false): void {
    const { signal, requestId } = waiter.opts;
    if (signal?.aborted) {
      waiter.resolve(failedOutcome(requestId, canceled()));
      return;
    }
    const entry: Entry = {
      waiter,
      timer: setTimeout(() => {
        this.leave(entry, rejection(`no instance was free within ${String(waitMs)} ms`));
      }, waitMs),
    };
    if (signal) {
      entry.onAbort = () => {
        this.leave(entry, canceled());
      };
      signal.addEventListener('abort', entry.onAbort, { once: true });
    }
    if (front) this.entries.unshift(entry);
    else this.entries.push(entry);
  }

  /** The next call, no longer bound by the queue's timer or cancel listener. */
  take(): Waiter | undefined {
    const entry = this.entries.shift();
    if (entry) release(entry);
    return entry?.waiter;
  }

  /** Up to `count` calls (all by default), in order, released as by `take`. */
  takeAll(count = Infinity): Waiter[] {
    const taken = this.entries.splice(0, count);
    for (const entry of taken) release(entry);
    return taken.map((e) => e.waiter);
  }

  private leave(entry: Entry, why: Parameters<typeof failedOutcome>[1]): void {
    const i = this.entries.indexOf(entry);
    if (i < 0) return;
    this.entries.splice(i, 1);
    release(entry);
    entry.waiter.resolve(failedOutcome(entry.waiter.opts.requestId, why));
  }
}

function release(entry: Entry): void {
  clearTimeout(entry.timer);
  if (entry.onAbort) entry.waiter.opts.signal?.removeEventListener('abort', entry.onAbort);
}
