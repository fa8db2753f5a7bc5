/**
 * Render helpers: each call gets a fresh QueryClient (no cache shared between tests, retries off), a fresh
 * i18n instance in en-US, and Mantine in test mode (no transitions or portals).
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { createAppRoutes } from '@/app/router';
import { createI18n } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';

function freshContext() {
  return { queryClient: createQueryClient({ retry: false }), i18n: createI18n() };
}

/** The whole console at `path`, with the real route tree (lazy pages included). */
export function renderApp(path = '/') {
  const { queryClient, i18n } = freshContext();
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, i18n, user };
}

/** One component inside the providers and a memory router at `path` (for components that link). */
export function renderWithProviders(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const { queryClient, i18n } = freshContext();
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, i18n, user };
}
