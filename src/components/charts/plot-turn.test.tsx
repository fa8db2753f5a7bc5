import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlotTurn } from './plot-turn';

function Plot({ name }: { name: string }) {
  const turn = usePlotTurn();
  return <p>{`${name}: ${turn ? 'plotted' : 'waiting'}`}</p>;
}

/** Runs the timers due now (one task each), then lets React commit. */
async function nextTask() {
  await act(async () => {
    await vi.advanceTimersToNextTimerAsync();
  });
}

const states = () => screen.getAllByRole('paragraph').map((p) => p.textContent);

describe('usePlotTurn', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets charts mount their plots one task at a time, in order', async () => {
    render(
      <>
        <Plot name="a" />
        <Plot name="b" />
        <Plot name="c" />
      </>,
    );
    expect(states()).toEqual(['a: waiting', 'b: waiting', 'c: waiting']);
    await nextTask();
    expect(states()).toEqual(['a: plotted', 'b: waiting', 'c: waiting']);
    await nextTask();
    expect(states()).toEqual(['a: plotted', 'b: plotted', 'c: waiting']);
    await nextTask();
    expect(states()).toEqual(['a: plotted', 'b: plotted', 'c: plotted']);
  });

  it('passes the turn on when a waiting or granted chart goes away', async () => {
    const { rerender } = render(
      <>
        <Plot key="a" name="a" />
        <Plot key="b" name="b" />
        <Plot key="c" name="c" />
      </>,
    );
    // a is granted (its task is pending) and b waits: both leave.
    rerender(
      <>
        <Plot key="c" name="c" />
      </>,
    );
    await nextTask();
    await nextTask();
    expect(states()).toEqual(['c: plotted']);
  });
});
