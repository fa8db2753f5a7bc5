/**
 * TIMER trigger schedules (seed 7.13.3 `schedule_type` / `schedule`): parsing, validation and the next fire
 * times. Pure and dependency-light (only cron-parser) so the local timer scheduler, the trigger validation and
 * the console's "next runs" preview share one implementation.
 *
 * - `Rate`: `<n>m` (1–60), `<n>h` (1–24) or `<n>d` (1–30) — seed 7.13.3 table T7-596.
 * - `Cron`: FunctionGraph's cron dialect (Huawei user guide "Cron Expressions for a Function Timer Trigger";
 *   the seed only says "Cron expression"): `seconds minutes hours day-of-month month [day-of-week]`, an optional
 *   `CRON_TZ=<zone> ` prefix, or `@every <duration>` (Go duration syntax, e.g. `@every 2h30m`).
 *
 * @example
 * nextRuns({ schedule_type: 'Cron', schedule: '0 30 8 * * *' }, new Date('2026-01-01T00:00:00Z'), 2, { tz: 'UTC' });
 * // → [2026-01-01T08:30:00Z, 2026-01-02T08:30:00Z]
 */
import { CronExpressionParser } from 'cron-parser';

export type ScheduleType = 'Rate' | 'Cron';

/** `schedule_type` is typed loosely: callers pass unvalidated input (request bodies, form state). */
export interface TimerSchedule {
  schedule_type: ScheduleType | (string & {});
  schedule: string;
}

export type ParsedSchedule =
  { kind: 'interval'; periodMs: number } | { kind: 'cron'; fields: string; tz: string | undefined };

const RATE_LIMITS = { m: 60, h: 24, d: 30 } as const;
const RATE_UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

const GO_UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Shortest `@every` interval accepted locally; a faster timer would only flood the runtime (local rule). */
export const MIN_EVERY_MS = 1000;

/** Characters allowed per cron field, in FunctionGraph's dialect (`?` only in day-of-month and day-of-week). */
const FIELD_PATTERNS = [
  /^[\d*,/-]+$/, // seconds
  /^[\d*,/-]+$/, // minutes
  /^[\d*,/-]+$/, // hours
  /^[\d*,/?-]+$/, // day of month
  /^(?:[\d*,/-]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)+$/i, // month
  /^(?:[\d*,/?-]|sun|mon|tue|wed|thu|fri|sat)+$/i, // day of week
];
const FIELD_RANGES: [number, number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];

export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

function parseRate(schedule: string): ParsedSchedule {
  const match = /^([1-9]\d{0,2})([mhd])$/.exec(schedule);
  if (!match) throw new ScheduleError('Rate schedule must look like 5m, 2h or 1d');
  const amount = Number(match[1]);
  const unit = match[2] as keyof typeof RATE_LIMITS;
  if (amount > RATE_LIMITS[unit]) {
    throw new ScheduleError(`Rate schedule in ${unit} must be at most ${String(RATE_LIMITS[unit])}`);
  }
  return { kind: 'interval', periodMs: amount * RATE_UNIT_MS[unit] };
}

function parseGoDuration(text: string): number {
  const re = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (GO_UNIT_MS[m[2] ?? ''] ?? Number.NaN);
    consumed = re.lastIndex;
  }
  if (consumed !== text.length || text.length === 0 || !Number.isFinite(total)) {
    throw new ScheduleError('@every needs a duration such as 30m, 1.5h or 2h30m');
  }
  return total;
}

function checkFieldRange(field: string, index: number): void {
  const [min, max] = FIELD_RANGES[index] ?? [0, 0];
  for (const part of field.split(',')) {
    const [range = '', step, extra] = part.split('/');
    if (extra !== undefined || range === '') throw new ScheduleError(`invalid cron field "${field}"`);
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) throw new ScheduleError(`invalid step in "${field}"`);
    for (const n of range.match(/\d+/g) ?? []) {
      const value = Number(n);
      if (value < min || value > max) {
        throw new ScheduleError(
          `cron value ${n} in "${field}" is out of range ${String(min)}-${String(max)}`,
        );
      }
    }
  }
}

function parseCron(schedule: string): ParsedSchedule {
  let expression = schedule.trim();
  let tz: string | undefined;
  const tzMatch = /^CRON_TZ=(\S+)\s+(.*)$/.exec(expression);
  if (tzMatch) {
    tz = tzMatch[1];
    expression = tzMatch[2] ?? '';
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw new ScheduleError(`unknown time zone ${tz ?? ''}`);
    }
  }
  if (expression.startsWith('@every')) {
    const periodMs = parseGoDuration(expression.slice('@every'.length).trim());
    if (periodMs < MIN_EVERY_MS) throw new ScheduleError('@every interval must be at least 1s');
    return { kind: 'interval', periodMs };
  }
  const fields = expression.split(/\s+/);
  if (fields.length < 5 || fields.length > 6) {
    throw new ScheduleError(
      'cron needs 5 or 6 fields: seconds minutes hours day-of-month month [day-of-week]',
    );
  }
  fields.forEach((field, index) => {
    if (!FIELD_PATTERNS[index]?.test(field)) throw new ScheduleError(`invalid cron field "${field}"`);
    checkFieldRange(field, index);
  });
  if (fields.length === 5) fields.push('*');
  const normalised = fields.join(' ');
  try {
    CronExpressionParser.parse(normalised, { tz: tz ?? 'UTC' }).next();
  } catch (error) {
    throw new ScheduleError(`invalid cron expression: ${(error as Error).message}`);
  }
  return { kind: 'cron', fields: normalised, tz };
}

/** Parses a TIMER schedule; throws `ScheduleError` with a user-facing reason when it is invalid. */
export function parseSchedule(input: TimerSchedule): ParsedSchedule {
  if (typeof input.schedule !== 'string') throw new ScheduleError('schedule must be a string');
  if (input.schedule_type === 'Rate') return parseRate(input.schedule);
  if (input.schedule_type === 'Cron') return parseCron(input.schedule);
  throw new ScheduleError('schedule_type must be Rate or Cron');
}

/** The reason a schedule is invalid, or `null` when it is valid. */
export function scheduleProblem(input: TimerSchedule): string | null {
  try {
    parseSchedule(input);
    return null;
  } catch (error) {
    if (error instanceof ScheduleError) return error.message;
    throw error;
  }
}

export interface NextRunsOptions {
  /** Interval schedules (Rate, @every) fire at `anchor + k × period`, k ≥ 1; default anchor: `from`. */
  anchor?: Date;
  /** Time zone for cron expressions without CRON_TZ; default: the host's zone (the real service uses the region's). */
  tz?: string;
}

/**
 * The next `n` fire times strictly after `from`.
 * @throws ScheduleError when the schedule is invalid.
 */
export function nextRuns(input: TimerSchedule, from: Date, n: number, options: NextRunsOptions = {}): Date[] {
  const parsed = parseSchedule(input);
  const runs: Date[] = [];
  if (n <= 0) return runs;
  if (parsed.kind === 'interval') {
    const anchor = (options.anchor ?? from).getTime();
    const elapsed = from.getTime() - anchor;
    let k = elapsed < 0 ? 1 : Math.floor(elapsed / parsed.periodMs) + 1;
    while (runs.length < n) {
      const at = anchor + k * parsed.periodMs;
      if (at > from.getTime()) runs.push(new Date(at));
      k += 1;
    }
    return runs;
  }
  const tz = parsed.tz ?? options.tz;
  const expression = CronExpressionParser.parse(parsed.fields, {
    currentDate: from,
    ...(tz ? { tz } : {}),
  });
  while (runs.length < n && expression.hasNext()) runs.push(expression.next().toDate());
  return runs;
}
