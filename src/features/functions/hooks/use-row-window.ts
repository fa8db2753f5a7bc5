/**
 * Which rows of a fixed-row-height list are on screen (plus some overscan), from the scroller's scroll
 * position and height. Arithmetic only: a general virtualizer keeps a measurement object per row (10,000 of
 * them for the function list) and measures the scroller synchronously on mount, which forces a layout.
 * The height is estimated until a ResizeObserver reports it (after layout, before paint).
 */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface RowWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Space above the first rendered row and below the last, in px. */
  padTop: number;
  padBottom: number;
}

/** The rows overlapping [scrollTop, scrollTop + height), widened by `overscan` rows each way. */
export function rowWindow(
  scrollTop: number,
  height: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, height)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, last + overscan);
  return {
    start,
    end: Math.max(start, end),
    padTop: start * rowHeight,
    padBottom: Math.max(0, count - Math.max(start, end)) * rowHeight,
  };
}

interface View {
  top: number;
  height: number;
}

/** Whether two views show the same rows (whatever the count: the unclamped first and last row). */
export function sameRows(a: View, b: View, rowHeight: number): boolean {
  const first = (v: View) => Math.floor(Math.max(0, v.top) / rowHeight);
  const last = (v: View) => Math.ceil((Math.max(0, v.top) + Math.max(0, v.height)) / rowHeight);
  return first(a) === first(b) && last(a) === last(b);
}

export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
  /** Height to assume until the scroller has been laid out (and where nothing lays out, as in jsdom). */
  estimateHeight: () => number,
): RowWindow {
  const [view, setView] = useState<View>(() => ({ top: 0, height: estimateHeight() }));
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () => {
      const next = { top: el.scrollTop, height: el.clientHeight || estimateHeight() };
      // Re-render only when other rows come into view: not for every scrolled pixel, nor when the measured
      // height differs from the estimate by less than a row (the list's first paint is not followed by a
      // render that changes nothing).
      setView((prev) => (sameRows(prev, next, rowHeight) ? prev : next));
    };
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, [scrollRef, estimateHeight, rowHeight]);
  return rowWindow(view.top, view.height, count, rowHeight, overscan);
}
