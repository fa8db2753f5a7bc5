import type { Termination } from './host-protocol';

const BACKOFF_MAX_MS = 30_000;

/**
 * Crash-loop back-off of one pool: consecutive start failures and crashes (reset by any completed invocation)
 * count as failures; from the second one on, no instance is started for base × 2^(n−2) ms (max 30 s).
 */
export class CrashLoop {
  failures = 0;
  backoffUntil = 0;
  lastFailure: Termination | null = null;
  private readonly ended = new WeakSet<object>();

  constructor(private readonly baseMs: number) {}

  record(why: Termination): void {
    this.failures++;
    this.lastFailure = why;
    if (this.failures >= 2) {
      this.backoffUntil = Date.now() + Math.min(this.baseMs * 2 ** (this.failures - 2), BACKOFF_MAX_MS);
    }
  }

  /**
   * A call ended without a result: a failure only when its instance itself crashed, and once per instance. Its
   * other calls' endings ("another request … canceled", a neighbour's timeout) are not the function failing
   * again: counting each of them put a 16-call instance into the 30 s back-off at once.
   */
  recordEnd(instance: { readonly endReason: Termination | undefined }): void {
    const why = instance.endReason;
    if (why?.status !== 'crashed' || this.ended.has(instance)) return;
    this.ended.add(instance);
    this.record(why);
  }

  /** While backing off after a failure: that failure, and a note saying for how long starts are suppressed. */
  suppressed(): { why: Termination; note: string } | undefined {
    if (!this.active || !this.lastFailure) return undefined;
    const wait = this.backoffUntil - Date.now();
    const note = `instance start suppressed for ${String(wait)} ms after ${String(this.failures)} consecutive failures`;
    return { why: this.lastFailure, note };
  }

  succeeded(): void {
    this.failures = 0;
  }

  get active(): boolean {
    return Date.now() < this.backoffUntil;
  }
}
