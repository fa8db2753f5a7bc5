/** The TIMER form's "next five runs": the shared schedule implementation (src/api/contract/timer-schedule.ts). */
import { nextRuns, scheduleProblem } from '@/api/contract/timer-schedule';

export type RunPreview = { ok: true; runs: Date[] } | { ok: false; problem: string };

/** Seed 7.13.3 TIMER presets; FunctionGraph cron has a seconds field. */
export const CRON_PRESETS = [
  { id: 'presetEveryMinute', schedule: '0 * * * * *' },
  { id: 'presetHourly', schedule: '0 0 * * * *' },
  { id: 'presetDaily', schedule: '0 30 8 * * *' },
  { id: 'presetWeekdays', schedule: '0 0 9 * * 1-5' },
] as const;

export function previewRuns(scheduleType: string, schedule: string, from: Date, tz?: string): RunPreview {
  const input = { schedule_type: scheduleType, schedule: schedule.trim() };
  const problem = scheduleProblem(input);
  if (problem) return { ok: false, problem };
  return { ok: true, runs: nextRuns(input, from, 5, tz ? { tz } : {}) };
}
