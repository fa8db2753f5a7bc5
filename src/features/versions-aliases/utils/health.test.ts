import { describe, expect, it } from 'vitest';
import { summarizeHealth } from './health';

const minute = (i: number) => 1_700_000_000_000 + i * 60_000;

describe('summarizeHealth', () => {
  it('adds up invocations and errors, ignoring minutes without data (-1)', () => {
    const summary = summarizeHealth({
      count: [
        { timestamp: minute(0), value: 10 },
        { timestamp: minute(1), value: -1 },
        { timestamp: minute(2), value: 30 },
      ],
      fail_count: [
        { timestamp: minute(0), value: 1 },
        { timestamp: minute(1), value: -1 },
        { timestamp: minute(2), value: 3 },
      ],
      duration: [
        { timestamp: minute(0), value: 100 },
        { timestamp: minute(1), value: -1 },
        { timestamp: minute(2), value: 20 },
      ],
      max_duration: [
        { timestamp: minute(0), value: 250 },
        { timestamp: minute(2), value: 90 },
      ],
    });
    expect(summary.invocations).toBe(40);
    expect(summary.errors).toBe(4);
    expect(summary.errorRate).toBeCloseTo(0.1);
    // Weighted by invocations: (100·10 + 20·30) / 40.
    expect(summary.avgLatencyMs).toBeCloseTo(40);
    expect(summary.maxLatencyMs).toBe(250);
  });

  it('has no rates or latencies without invocations', () => {
    const summary = summarizeHealth({ count: [{ timestamp: minute(0), value: -1 }] });
    expect(summary).toEqual({
      invocations: 0,
      errors: 0,
      errorRate: undefined,
      avgLatencyMs: undefined,
      maxLatencyMs: undefined,
    });
  });
});
