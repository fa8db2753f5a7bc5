/**
 * Hand-off: when a function's calls are short, a call may wait behind a running call of a warm instance instead of
 * waking an idle one. An instance still runs one call at a time (concurrent_num 1); the waiting call is sent to
 * its host at once and started there as soon as the running call ends, in the same wake of that process.
 *
 * Why: on a small machine, waking a sleeping host process costs more than a short call itself (about 100 µs of
 * CPU here, against ~20 µs for the call when the host is already awake), so spreading short calls over idle
 * instances makes every call pay for a wake. Long calls gain nothing from it and are never handed off.
 *
 * Bounds: only Node.js hosts (they queue the call and can give it back: `withdraw`); only once the pool has seen
 * `MIN_SAMPLES` results whose average (EWMA) run time is short; at most as many waiting calls per instance as fit
 * in `BUDGET_MS` of expected run time (capped at `MAX_DEPTH`). A call that has not started after `WAIT_MS` (its
 * predecessor turned out to be slow) is withdrawn and dispatched again, without hand-off, when a warm instance is
 * free; without one, it keeps waiting up to `MAX_WAIT_MS` (a cold start costs more than a short wait on a busy
 * machine), then goes to an instance started for it.
 */
export const HAND_OFF = {
  MIN_SAMPLES: 8,
  /** Average run time above which calls are not handed off. */
  SHORT_MS: 1,
  CLIP_MS: 4,
  BUDGET_MS: 2,
  MAX_DEPTH: 16,
  WAIT_MS: 5,
  MAX_WAIT_MS: 100,
} as const;

/** How a call handed off behind the running one may leave (function-pool.ts sets them, calls.ts applies them). */
export interface HandOffTerms {
  /** Checked every this many ms while it has not started. */
  waitMs: number;
  /** Whether a free warm instance could take it now: then it goes there. */
  elsewhere: () => boolean;
  /** Waited this long, it goes elsewhere anyway (an instance started for it beats a slow predecessor). */
  maxWaitMs: number;
}

/** Per-pool record of recent run times, and how deep a hand-off may go now. */
export class HandOffGauge {
  private samples = 0;
  private ewmaMs = 0;

  constructor(private readonly enabled: boolean) {}

  /**
   * Records a finished call's run time in the host (ms). A sample counts for at most `CLIP_MS`: one call slowed
   * by a pause of the machine does not turn hand-off off for the next twenty, while calls that are all slow
   * still bring the average over `SHORT_MS`.
   */
  record(ms: number): void {
    if (!this.enabled) return;
    const sample = Math.min(ms, HAND_OFF.CLIP_MS);
    this.ewmaMs = this.samples === 0 ? sample : this.ewmaMs * 0.9 + sample * 0.1;
    if (this.samples < HAND_OFF.MIN_SAMPLES) this.samples++;
  }

  /** Calls that may wait behind a running one on the same instance: 0 when hand-off is off. */
  get depth(): number {
    if (!this.enabled || this.samples < HAND_OFF.MIN_SAMPLES || this.ewmaMs > HAND_OFF.SHORT_MS) return 0;
    return Math.min(HAND_OFF.MAX_DEPTH, Math.floor(HAND_OFF.BUDGET_MS / Math.max(this.ewmaMs, 0.1)));
  }
}
