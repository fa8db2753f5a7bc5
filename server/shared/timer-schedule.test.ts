import { describe, expect, it } from 'vitest';
import { nextRuns, parseSchedule, scheduleProblem } from './timer-schedule';

const from = new Date('2026-03-01T10:00:00Z');
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('Rate schedules (seed 7.13.3: m ≤ 60, h ≤ 24, d ≤ 30)', () => {
  it.each([
    ['1m', 60_000],
    ['60m', 3_600_000],
    ['24h', 86_400_000],
    ['30d', 30 * 86_400_000],
  ])('accepts %s', (schedule, periodMs) => {
    expect(parseSchedule({ schedule_type: 'Rate', schedule })).toEqual({ kind: 'interval', periodMs });
  });

  it.each(['0m', '61m', '25h', '31d', '3', 'm', '3s', '1.5h', ' 3m', '03m', '-1m', '3M'])(
    'rejects %j',
    (schedule) => {
      expect(scheduleProblem({ schedule_type: 'Rate', schedule })).toEqual(expect.any(String));
    },
  );

  it('fires every period after the anchor, strictly after `from`', () => {
    const runs = nextRuns({ schedule_type: 'Rate', schedule: '3m' }, from, 3);
    expect(iso(runs)).toEqual([
      '2026-03-01T10:03:00.000Z',
      '2026-03-01T10:06:00.000Z',
      '2026-03-01T10:09:00.000Z',
    ]);
    const anchored = nextRuns({ schedule_type: 'Rate', schedule: '1h' }, from, 2, {
      anchor: new Date('2026-03-01T07:20:00Z'),
    });
    expect(iso(anchored)).toEqual(['2026-03-01T10:20:00.000Z', '2026-03-01T11:20:00.000Z']);
  });

  it('starts at the anchor when the anchor is in the future', () => {
    const runs = nextRuns({ schedule_type: 'Rate', schedule: '1d' }, from, 1, {
      anchor: new Date('2026-03-05T00:00:00Z'),
    });
    expect(iso(runs)).toEqual(['2026-03-06T00:00:00.000Z']);
  });
});

describe('Cron schedules (FunctionGraph dialect: seconds first)', () => {
  it('reads the first field as seconds', () => {
    const runs = nextRuns({ schedule_type: 'Cron', schedule: '*/15 * * * * *' }, from, 3, { tz: 'UTC' });
    expect(iso(runs)).toEqual([
      '2026-03-01T10:00:15.000Z',
      '2026-03-01T10:00:30.000Z',
      '2026-03-01T10:00:45.000Z',
    ]);
  });

  it('makes day-of-week optional', () => {
    const runs = nextRuns({ schedule_type: 'Cron', schedule: '0 30 8 * *' }, from, 2, { tz: 'UTC' });
    expect(iso(runs)).toEqual(['2026-03-02T08:30:00.000Z', '2026-03-03T08:30:00.000Z']);
  });

  it('honours names, ? and the time zone option', () => {
    // 2026-03-01 is a Sunday; 09:00 in Shanghai is 01:00 UTC.
    const runs = nextRuns({ schedule_type: 'Cron', schedule: '0 0 9 ? * Mon' }, from, 2, {
      tz: 'Asia/Shanghai',
    });
    expect(iso(runs)).toEqual(['2026-03-02T01:00:00.000Z', '2026-03-09T01:00:00.000Z']);
  });

  it('honours a CRON_TZ prefix over the option', () => {
    const runs = nextRuns({ schedule_type: 'Cron', schedule: 'CRON_TZ=Asia/Tokyo 0 0 12 * * *' }, from, 1, {
      tz: 'UTC',
    });
    expect(iso(runs)).toEqual(['2026-03-02T03:00:00.000Z']);
  });

  it('supports @every with Go durations', () => {
    expect(parseSchedule({ schedule_type: 'Cron', schedule: '@every 2h30m' })).toEqual({
      kind: 'interval',
      periodMs: 9_000_000,
    });
    const runs = nextRuns({ schedule_type: 'Cron', schedule: '@every 1.5h' }, from, 2);
    expect(iso(runs)).toEqual(['2026-03-01T11:30:00.000Z', '2026-03-01T13:00:00.000Z']);
  });

  it.each([
    '* * * *',
    '* * * * * * *',
    '60 * * * * *',
    '0 60 * * * *',
    '0 0 24 * * *',
    '0 0 0 0 * *',
    '0 0 0 * 13 *',
    '0 0 0 * * 7',
    'L * * * * *',
    '0 0 0 L * *',
    '0 0 0 * * 1#2',
    '? * * * * *',
    '*/0 * * * * *',
    '0 0 0 31 2 *',
    '@every',
    '@every 10ms',
    '@every 5x',
    '@daily',
    'CRON_TZ=Nowhere/City 0 0 0 * * *',
    '',
  ])('rejects %j', (schedule) => {
    expect(scheduleProblem({ schedule_type: 'Cron', schedule })).toEqual(expect.any(String));
  });

  it('rejects an unknown schedule_type', () => {
    expect(scheduleProblem({ schedule_type: 'Hourly', schedule: '1h' })).toMatch(/Rate or Cron/);
  });

  it('returns nothing for n ≤ 0', () => {
    expect(nextRuns({ schedule_type: 'Rate', schedule: '1m' }, from, 0)).toEqual([]);
  });
});
