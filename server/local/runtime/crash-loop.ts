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

  constructor(private readonly baseMs: number) {}

  record(why: Termination): void {
    this.failures++;
    this.lastFailure = why;
    if (this.failures >= 2) {
      this.backoffUntil = Date.now() + Math.min(this.baseMs * 2 ** (this.failures - 2), BACKOFF_MAX_MS);
    }
  }

  succeeded(): void {
    this.failures = 0;
  }

  get active(): boolean {
    return Date.now() < this.backoffUntil;
  }
}
