import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { renderApp } from '@/testing/render';

const painted = vi.hoisted(() => [] as (() => void)[]);
vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (fn: () => void) => {
    painted.push(fn);
  },
}));
// Monaco does not run in jsdom: the workspace is a stand-in that settles on a click; what is under test is
// when the Code tab renders its test panel.
vi.mock('@/components/code-editor/code-editor', () => ({ preloadCodeEditor: () => Promise.resolve() }));
vi.mock('@/features/code/components/code-workspace', () => ({
  CodeWorkspace: ({ onSettled }: { onSettled?: () => void }) => (
    <button type="button" onClick={onSettled}>
      editor ready
    </button>
  ),
}));
vi.mock('@/features/test-events/components/test-panel', () => ({ TestPanel: () => <p>the test panel</p> }));

const flushPaints = () => {
  act(() => {
    for (const fn of painted.splice(0)) fn();
  });
};

describe('Code tab', { timeout: 30_000 }, () => {
  it('renders the test panel after the editor is ready and has painted, not with it', async () => {
    mockDb.functions = [buildFunction({ func_name: 'editor-first' })];
    renderApp('/c/local/functions/default/editor-first/code');
    const ready = await screen.findByRole('button', { name: 'editor ready' });
    flushPaints(); // the shell's own first paint: not the editor's
    expect(screen.queryByText('the test panel')).not.toBeInTheDocument();

    await userEvent.click(ready);
    expect(screen.queryByText('the test panel')).not.toBeInTheDocument();
    flushPaints();
    expect(await screen.findByText('the test panel')).toBeInTheDocument();
  });
});
