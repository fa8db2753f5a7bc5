import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from './use-row-window';

describe('rowWindow', () => {
  it('renders the rows on screen plus the overscan, and pads the rest', () => {
    // 600 px tall, scrolled to row 100 (4,000 px), rows of 40 px: rows 100..114 are visible.
    expect(rowWindow(4000, 600, 10_000, 40, 6)).toEqual({
      start: 94,
      end: 121,
      padTop: 94 * 40,
      padBottom: (10_000 - 121) * 40,
    });
  });

  it('clamps at both ends', () => {
    expect(rowWindow(0, 600, 10, 40, 6)).toEqual({ start: 0, end: 10, padTop: 0, padBottom: 0 });
    expect(rowWindow(-50, 600, 0, 40, 6)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    // Scrolled past the end (the list just got shorter): nothing is rendered, nothing is padded below.
    expect(rowWindow(100_000, 600, 10, 40, 6)).toEqual({ start: 10, end: 10, padTop: 400, padBottom: 0 });
  });

  it('always covers the visible rows and keeps the total height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10 }),
        (scrollTop, height, count, overscan) => {
          const w = rowWindow(scrollTop, height, count, 40, overscan);
          expect(w.padTop + (w.end - w.start) * 40 + w.padBottom).toBe(count * 40);
          const firstVisible = Math.floor(scrollTop / 40);
          const lastVisible = Math.min(count, Math.ceil((scrollTop + height) / 40));
          if (firstVisible < count) {
            expect(w.start).toBeLessThanOrEqual(firstVisible);
            expect(w.end).toBeGreaterThanOrEqual(lastVisible);
          }
          expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(height / 40) + 1 + 2 * overscan);
        },
      ),
    );
  });
});
