import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { renderApp } from '@/testing/render';

// The paint the shell waits for, under the test's control.
const painted = vi.hoisted(() => [] as (() => void)[]);
vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (fn: () => void) => {
    painted.push(fn);
  },
}));

describe('function detail shell, first commit', { timeout: 30_000 }, () => {
  it('shows the name at once and the full header (selector, actions) after its first paint', async () => {
    mockDb.functions = [buildFunction({ func_name: 'later-fn' })];
    renderApp('/c/local/functions/default/later-fn/configuration');
    expect(await screen.findByRole('heading', { level: 1, name: 'later-fn' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Version/Alias' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Function actions' })).not.toBeInTheDocument();

    act(() => {
      for (const fn of painted.splice(0)) fn();
    });
    expect(await screen.findByRole('combobox', { name: 'Version/Alias' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Function actions' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
