/**
 * Fires TIMER triggers (seed 2.2, RUNTIME-CONTRACT §4.2) on their Rate or Cron schedule: each firing queues an
 * async invocation of the trigger's function version/alias with the timer event. Disabled triggers never fire;
 * firings missed while the server was down are not replayed (the next one is computed from now). Rate schedules
 * count from the trigger's last update, so "every 1 minute" first fires one minute after creation.
 */
import { nextRuns } from '../../shared/timer-schedule';
import type { StoredTrigger, TriggerStore } from '../store/triggers-store';

export interface SchedulerClock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => NodeJS.Timeout;
  clearTimeout: (t: NodeJS.Timeout) => void;
}

const realClock: SchedulerClock = {
  now: Date.now,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => {
    clearTimeout(t);
  },
};

/** Node's timers overflow above 2^31-1 ms; long waits are done in hops. */
const MAX_WAIT_MS = 2_147_000_000;

export class TimerScheduler {
  private timer: NodeJS.Timeout | undefined;
  private next = new Map<string, number>();
  private stopped = true;
  private readonly onChange = () => {
    this.reload();
  };

  constructor(
    private readonly triggers: TriggerStore,
    private readonly fire: (trigger: StoredTrigger, at: Date) => void,
    private readonly clock: SchedulerClock = realClock,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    this.triggers.changed.add(this.onChange);
    this.reload();
  }

  stop(): void {
    this.stopped = true;
    this.triggers.changed.delete(this.onChange);
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Next fire time per trigger id (for tests and the console). */
  upcoming(): ReadonlyMap<string, number> {
    return this.next;
  }

  private nextFire(trigger: StoredTrigger, after: number): number | undefined {
    try {
      const anchor = Date.parse(trigger.lastUpdatedTime);
      const [run] = nextRuns(
        {
          schedule_type: String(trigger.eventData.schedule_type),
          schedule: String(trigger.eventData.schedule),
        },
        new Date(after),
        1,
        Number.isNaN(anchor) ? {} : { anchor: new Date(anchor) },
      );
      return run?.getTime();
    } catch (error) {
      this.log(`timer trigger ${trigger.id}: ${(error as Error).message}`);
      return undefined;
    }
  }

  private reload(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    const fresh = new Map<string, number>();
    for (const trigger of this.triggers.listByType('TIMER')) {
      if (trigger.status !== 'ACTIVE') continue;
      const known = this.next.get(trigger.id);
      const at = known !== undefined && known > now ? known : this.nextFire(trigger, now);
      if (at !== undefined) fresh.set(trigger.id, at);
    }
    this.next = fresh;
    this.arm();
  }

  private arm(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || this.next.size === 0) return;
    const earliest = Math.min(...this.next.values());
    const wait = Math.max(0, Math.min(earliest - this.clock.now(), MAX_WAIT_MS));
    this.timer = this.clock.setTimeout(() => {
      this.tick();
    }, wait);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    const now = this.clock.now();
    const due = new Set([...this.next].filter(([, at]) => at <= now).map(([id]) => id));
    for (const trigger of this.triggers.listByType('TIMER')) {
      if (!due.has(trigger.id)) continue;
      const at = this.next.get(trigger.id) ?? now;
      if (trigger.status === 'ACTIVE') {
        try {
          this.fire(trigger, new Date(at));
        } catch (error) {
          this.log(`timer trigger ${trigger.id} could not fire: ${(error as Error).message}`);
        }
      }
      const following = this.nextFire(trigger, Math.max(now, at));
      if (following === undefined) this.next.delete(trigger.id);
      else this.next.set(trigger.id, following);
    }
    for (const id of due) if ((this.next.get(id) ?? 0) <= now) this.next.delete(id);
    this.arm();
  }
}
