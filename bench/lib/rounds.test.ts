import { describe, expect, it } from 'vitest';
import { inRounds, medianRound } from './rounds';

describe('medianRound', () => {
  it('picks the round whose key is the median, whatever the order', () => {
    const rounds = [{ v: 5 }, { v: 1 }, { v: 9 }];
    expect(medianRound(rounds, (r) => r.v)).toBe(rounds[0]);
  });

  it('is not moved by one outlier', () => {
    expect(medianRound([6100, 6050, 2000], (v) => v)).toBe(6050);
    expect(medianRound([2.1, 2.3, 40], (v) => v)).toBe(2.3);
  });

  it('takes the lower middle round for an even count', () => {
    expect(medianRound([4, 1, 3, 2], (v) => v)).toBe(2);
  });

  it('refuses no rounds', () => {
    expect(() => medianRound([], (v: number) => v)).toThrow(/no rounds/);
  });
});

describe('inRounds', () => {
  it('runs the measurement the given number of times, in order', async () => {
    const seen: number[] = [];
    const out = await inRounds(3, async (round) => {
      seen.push(round);
      await Promise.resolve();
      return round * 10;
    });
    expect(seen).toEqual([0, 1, 2]);
    expect(out).toEqual([0, 10, 20]);
  });
});
