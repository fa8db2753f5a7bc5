import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, sameRows } from './use-row-window';

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

describe('sameRows', () => {
  it('is true while the same rows are in view, false once another row enters or leaves', () => {
    const view = { top: 0, height: 580 };
    expect(sameRows(view, { top: 0, height: 578 }, 40)).toBe(true);
    expect(sameRows(view, { top: 15, height: 580 }, 40)).toBe(true);
    expect(sameRows(view, { top: 25, height: 580 }, 40)).toBe(false); // row 15 enters at the bottom
    expect(sameRows(view, { top: 40, height: 580 }, 40)).toBe(false); // row 0 leaves at the top
    expect(sameRows(view, { top: 0, height: 620 }, 40)).toBe(false);
  });

  it('agrees with rowWindow: same rows, same window, whatever the count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 2_000 }),
        (top, moved, height, resized, count) => {
          // Nearby views: some show the same rows, some do not.
          const a = { top, height };
          const b = { top: top + moved, height: height + resized };
          fc.pre(sameRows(a, b, 40));
          expect(rowWindow(a.top, a.height, count, 40, 6)).toEqual(rowWindow(b.top, b.height, count, 40, 6));
        },
      ),
    );
  });
});
