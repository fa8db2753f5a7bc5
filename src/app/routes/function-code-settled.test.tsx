import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

// Paints happen at once here; what is under test is that a Code tab without an editor still settles.
vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (fn: () => void) => {
    fn();
  },
}));
vi.mock('@/components/code-editor/code-editor', () => ({
  preloadCodeEditor: () => Promise.resolve(),
  CodeEditor: () => null,
}));
vi.mock('@/features/test-events/components/test-panel', () => ({ TestPanel: () => <p>the test panel</p> }));

describe('Code tab without an editor', { timeout: 30_000 }, () => {
  it('shows the test panel beside a read-only notice (code not editable inline)', async () => {
    mockDb.functions = [buildFunction({ func_name: 'obs-fn', code_type: 'obs' })];
    renderApp('/c/local/functions/default/obs-fn/code');
    expect(await screen.findByText(/not an inline package \(code type obs\)/)).toBeInTheDocument();
    expect(await screen.findByText('the test panel')).toBeInTheDocument();
  });

  it('shows the test panel beside a failed code read', async () => {
    mockDb.functions = [buildFunction({ func_name: 'broken-fn' })];
    server.use(
      http.get('/api/connections/local/v2/:pid/fgs/functions/:urn/code', () =>
        HttpResponse.json({ error_code: 'FSS.0500', error_msg: 'boom' }, { status: 500 }),
      ),
    );
    renderApp('/c/local/functions/default/broken-fn/code');
    expect(await screen.findByText('boom')).toBeInTheDocument();
    expect(await screen.findByText('the test panel')).toBeInTheDocument();
  });
});
