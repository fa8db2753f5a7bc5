import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { createI18n } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { RouteError } from './route-error';

function Broken(): never {
  throw new Error('kaboom while rendering');
}

describe('RouteError', () => {
  it('catches a page that throws while rendering and offers a way out', async () => {
    // React logs caught render errors; keep the test output readable.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteError /> }]);
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })} i18n={createI18n()} env="test">
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('kaboom while rendering')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    consoleError.mockRestore();
  });
});
