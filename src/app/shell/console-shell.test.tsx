import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildCloudConnection, buildLocalConnection } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

const mainNav = () => screen.getByRole('navigation', { name: 'Main navigation' });

describe('console shell', () => {
  it('redirects / to the first connection and shows the frame', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/local/overview');
    expect(within(mainNav()).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(mainNav()).getByRole('link', { name: 'Functions' })).toHaveAttribute(
      'href',
      '/c/local/functions',
    );
    expect(screen.getByText('Local')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Connection' })).toHaveValue('local');
  });

  it('opens the first connection even when it is a cloud one', async () => {
    mockDb.connections = [buildCloudConnection({ id: 'prod', name: 'Production' })];
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/c/prod/overview');
    // No "Local" badge for a cloud connection: its region instead.
    expect(screen.queryByText('Local')).not.toBeInTheDocument();
    expect(screen.getByText(mockDb.connections[0]!.region)).toBeInTheDocument();
  });

  it('switching connection keeps the current section', async () => {
    mockDb.connections = [buildLocalConnection(), buildCloudConnection({ id: 'prod', name: 'Production' })];
    const { router, user } = renderApp('/c/local/logs');
    await screen.findByRole('heading', { level: 1, name: 'Logs' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Connection' }), 'prod');
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Connection' })).toHaveValue('prod');
    });
    expect(router.state.location.pathname).toBe('/c/prod/logs');
  });

  it('navigates with the side navigation', async () => {
    const { router, user } = renderApp('/c/local/overview');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(within(mainNav()).getByRole('link', { name: 'Functions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Functions' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/local/functions');
  });

  it('shows breadcrumbs for a function tab and redirects a bare function URL to its Code tab', async () => {
    const { router } = renderApp('/c/local/functions/default/hello');
    expect(await screen.findByRole('heading', { level: 1, name: 'hello' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/local/functions/default/hello/code');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(within(crumbs).getByRole('link', { name: 'Functions' })).toHaveAttribute(
      'href',
      '/c/local/functions',
    );
    expect(within(crumbs).getByRole('link', { name: 'default' })).toBeInTheDocument();
    expect(within(crumbs).getByText('Code')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
  });

  it('says when the connection in the URL does not exist', async () => {
    renderApp('/c/gone/functions');
    expect(await screen.findByRole('heading', { name: 'Connection not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Local FunctionGraph' })).toHaveAttribute(
      'href',
      '/c/local/overview',
    );
  });

  it('shows a not-found page inside and outside a connection', async () => {
    renderApp('/c/local/nope');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    // inside the shell: the navigation is still there
    expect(mainNav()).toBeInTheDocument();
  });

  it('shows a not-found page for unknown top-level paths', async () => {
    renderApp('/whatever/else');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the error code and request id when connections cannot be loaded, and retries', async () => {
    let calls = 0;
    server.use(
      http.get('/api/connections', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              { error_code: 'FGC.0500', error_msg: 'Internal error in the console server' },
              { status: 500, headers: { 'x-request-id': 'req-42' } },
            )
          : HttpResponse.json({ connections: [buildLocalConnection()] });
      }),
    );
    const { user } = renderApp('/');
    expect(await screen.findByText('Internal error in the console server')).toBeInTheDocument();
    expect(screen.getByText('FGC.0500')).toBeInTheDocument();
    expect(screen.getByText('req-42')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  });

  it('says so when the server offers no connections', async () => {
    mockDb.connections = [];
    renderApp('/');
    expect(
      await screen.findByText('No connections are configured on the console server.'),
    ).toBeInTheDocument();
  });
});
