import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionsQueryOptions } from '@/features/connections/api/get-connections';
import { createQueryClient } from '@/lib/query-client';
import { renderWithProviders } from '@/testing/render';

// Monaco does not run in jsdom; the page itself is a stand-in: what is under test is when it renders.
vi.mock('@/components/code-editor/code-editor', () => ({
  preloadCodeEditor: vi.fn(() => Promise.resolve()),
}));
vi.mock('./function-code', () => ({ FunctionCodeRoute: () => <p>the code page</p> }));

// A fresh copy per test: whether the page module has loaded is module state.
const freshRoute = () => import('./function-code-loader');

function renderRoute(Route: () => React.ReactNode) {
  return renderWithProviders(<Route />);
}

describe('LazyFunctionCodeRoute', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it("shows the tab's loader until the page module arrives, then the page", async () => {
    const { LazyFunctionCodeRoute } = await freshRoute();
    renderRoute(LazyFunctionCodeRoute);
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(await screen.findByText('the code page')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('renders the page in its first pass when the loader has already fetched it (no Suspense fallback)', async () => {
    const { functionCodeLoader, LazyFunctionCodeRoute } = await freshRoute();
    const queryClient = createQueryClient({ retry: false });
    functionCodeLoader({
      queryClient,
      connections: () => queryClient.query({ ...connectionsQueryOptions(), staleTime: 'static' }),
    })({
      params: { connectionId: 'local', package: 'default', name: 'hello' },
      request: new Request('http://localhost/c/local/functions/default/hello/code'),
    });
    await vi.dynamicImportSettled();
    renderRoute(LazyFunctionCodeRoute);
    // Synchronously after the first render: a React.lazy component would still show the fallback here.
    expect(screen.getByText('the code page')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
