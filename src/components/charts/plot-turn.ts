/**
 * Mounting a Recharts plot is one piece of work React cannot split (Recharts registers its parts in layout
 * effects and renders again synchronously): ~100 ms for a large chart on a slow machine. Charts on one page take
 * turns, one plot per task, so five charts never block the page for five plots at once (UI.md "Charts").
 */
import { startTransition, useEffect, useState } from 'react';

interface Waiter {
  start: () => void;
  state: 'waiting' | 'granted' | 'done';
}

const queue: Waiter[] = [];
let current: Waiter | undefined;

function grantNext(): void {
  current = queue.shift();
  const next = current;
  if (!next) return;
  next.state = 'granted';
  // Its own task, after the previous plot's frame.
  setTimeout(next.start, 0);
}

function release(waiter: Waiter): void {
  if (waiter.state === 'done') return;
  const wasCurrent = current === waiter;
  waiter.state = 'done';
  const i = queue.indexOf(waiter);
  if (i >= 0) queue.splice(i, 1);
  if (wasCurrent) grantNext();
}

/**
 * False until this chart's turn to mount its plot (rendered as a transition, so computing its rows can be
 * interrupted), true from then on. The next chart's turn comes once this one has committed.
 */
export function usePlotTurn(): boolean {
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    if (turn) return;
    const waiter: Waiter = {
      state: 'waiting',
      start: () => {
        if (waiter.state !== 'granted') return;
        startTransition(() => {
          setTurn(true);
        });
      },
    };
    queue.push(waiter);
    if (current === undefined || current.state === 'done') grantNext();
    // Runs when the plot has committed (turn: true) or the chart goes away: the next chart's turn.
    return () => {
      release(waiter);
    };
  }, [turn]);
  return turn;
}
