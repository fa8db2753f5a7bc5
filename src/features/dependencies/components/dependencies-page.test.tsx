/**
 * The Dependencies page over MSW (seed 7.3): the list with its filters, the route and its nav entry, and the
 * empty and error states. Creating and deleting are in create-dependency-modal.test.tsx and
 * versions-drawer.test.tsx.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildDependencyVersion } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

/** The query strings of the list requests, in order. */
function recordListQueries(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/fgs/dependencies')) seen.push(url.searchParams);
  });
  onTestFinished(() => {
    server.events.removeAllListeners();
  });
  return seen;
}

const table = () => screen.findByRole('table', { name: 'Dependencies' });

describe('Dependencies page', { timeout: 30_000 }, () => {
  it('is in the side navigation and lists private dependencies by their latest version', async () => {
    mockDb.dependencies = [
      buildDependencyVersion({ name: 'numpy', version: 1, size: 1024 }),
      buildDependencyVersion({ name: 'numpy', version: 2, size: 3 * 1024 * 1024, description: 'Arrays' }),
      buildDependencyVersion({ name: 'left-pad', runtime: 'Node.js18.15', size: 500 }),
    ];
    const queries = recordListQueries();
    renderApp('/c/local/dependencies');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dependencies' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Dependencies' })).toHaveAttribute('aria-current', 'page');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(0, 5),
      ),
    ).toEqual([
      ['numpy', 'Python3.9', '2', '3 MB', 'Arrays'],
      ['left-pad', 'Node.js18.15', '1', '500 B', '—'],
    ]);
    expect(queries[0]?.get('dependency_type')).toBe('private');
    expect(queries[0]?.get('maxitems')).toBe('400');
  });

  it('filters by name as you type, by runtime on the server, and switches to public dependencies', async () => {
    mockDb.dependencies = [
      buildDependencyVersion({ name: 'numpy' }),
      buildDependencyVersion({ name: 'pandas' }),
      buildDependencyVersion({ name: 'left-pad', runtime: 'Node.js18.15' }),
      buildDependencyVersion({ name: 'moment', owner: 'public', runtime: 'Node.js18.15' }),
    ];
    const queries = recordListQueries();
    const { user } = renderApp('/c/local/dependencies');
    await table();

    await user.type(screen.getByRole('searchbox', { name: 'Search dependencies by name' }), 'PAN');
    expect(
      within(await table())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['pandas']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 dependencies');
    await user.clear(screen.getByRole('searchbox', { name: 'Search dependencies by name' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Runtime filter' }), 'Node.js18.15');
    expect(await screen.findByRole('status')).toHaveTextContent('1 of 1 dependencies');
    expect(within(await table()).getByText('left-pad')).toBeInTheDocument();
    expect(queries.at(-1)?.get('runtime')).toBe('Node.js18.15');

    await user.click(screen.getByRole('radio', { name: 'Public' }));
    expect(await within(await table()).findByText('moment')).toBeInTheDocument();
    expect(queries.at(-1)?.get('dependency_type')).toBe('public');
    expect(screen.queryByRole('button', { name: 'Create Dependency' })).not.toBeInTheDocument();
  });

  it('says what a dependency is when there is none, and offers to create one', async () => {
    renderApp('/c/local/dependencies');
    expect(await screen.findByText(/No private dependencies yet/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Create Dependency' })).toHaveLength(2);
  });

  it('shows the FSS code of a failed list and retries', async () => {
    let fail = true;
    server.use(
      http.get('*/fgs/dependencies', () =>
        fail
          ? HttpResponse.json({ error_code: 'FSS.0500', error_msg: 'Internal error' }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = renderApp('/c/local/dependencies');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not load the dependencies')).toBeInTheDocument();
    expect(within(alert).getByText('FSS.0500')).toBeInTheDocument();
    fail = false;
    mockDb.dependencies = [buildDependencyVersion({ name: 'numpy' })];
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(await table()).findByText('numpy')).toBeInTheDocument();
  });
});
