import { describe, expect, it } from 'vitest';
import { previewRuns } from './next-run-preview';

const from = new Date('2026-03-02T10:15:20Z'); // a Monday

describe('previewRuns', () => {
  it('gives the next five Rate runs one period apart, starting one period after now', () => {
    const preview = previewRuns('Rate', '5m', from);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.runs.map((d) => d.toISOString())).toEqual([
      '2026-03-02T10:20:20.000Z',
      '2026-03-02T10:25:20.000Z',
      '2026-03-02T10:30:20.000Z',
      '2026-03-02T10:35:20.000Z',
      '2026-03-02T10:40:20.000Z',
    ]);
  });

  it('reads FunctionGraph cron with its seconds field', () => {
    const preview = previewRuns('Cron', '0 30 8 * * 1-5', from, 'UTC');
    if (!preview.ok) throw new Error(preview.problem);
    // Monday 10:15 is past 08:30, so Tuesday to Friday, then the next Monday.
    expect(preview.runs.map((d) => d.toISOString())).toEqual([
      '2026-03-03T08:30:00.000Z',
      '2026-03-04T08:30:00.000Z',
      '2026-03-05T08:30:00.000Z',
      '2026-03-06T08:30:00.000Z',
      '2026-03-09T08:30:00.000Z',
    ]);
  });

  it('counts every 10 seconds within the minute', () => {
    const preview = previewRuns('Cron', '*/10 * * * * *', from, 'UTC');
    if (!preview.ok) throw new Error(preview.problem);
    expect(preview.runs[0]?.toISOString()).toBe('2026-03-02T10:15:30.000Z');
    expect(preview.runs[4]?.toISOString()).toBe('2026-03-02T10:16:10.000Z');
  });

  it('explains invalid schedules instead of guessing', () => {
    const problem = (type: string, schedule: string) => {
      const preview = previewRuns(type, schedule, from);
      return preview.ok ? 'valid' : preview.problem;
    };
    expect(problem('Rate', '61m')).toMatch(/at most 60/);
    expect(problem('Rate', '5s')).toMatch(/5m, 2h or 1d/);
    expect(problem('Cron', '0 99 * * * *')).toMatch(/out of range/);
    expect(problem('Cron', '* * *')).toMatch(/5 or 6 fields/);
  });
});
