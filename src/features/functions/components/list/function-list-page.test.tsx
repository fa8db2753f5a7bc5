import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { FG } from '@/testing/handlers';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

/** Function names of the data rows, in display order. */
function shownNames(): string[] {
  const table = screen.getByRole('table', { name: 'Functions' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('link').textContent);
}

describe('function list', { timeout: 30_000 }, () => {
  it('loads every page by marker and finds a function by part of its name', async () => {
    // 450 functions: two pages of the seed's 400-item maximum.
    mockDb.functions = Array.from({ length: 450 }, (_, i) =>
      buildFunction({ func_name: `svc-${String(i).padStart(3, '0')}` }),
    );
    mockDb.functions.push(buildFunction({ func_name: 'needle-worker' }));
    const { user } = renderApp('/c/local/functions');
    expect(await screen.findByText('451 of 451 functions')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search functions' }), 'eedle');
    expect(shownNames()).toEqual(['needle-worker']);
    expect(screen.getByText('1 of 451 functions')).toBeInTheDocument();
  });

  it('searches runtime, app and tags, and filters by runtime', async () => {
    const py = buildFunction({ func_name: 'alpha', runtime: 'Python3.9', package: 'billing' });
    const node = buildFunction({ func_name: 'beta', runtime: 'Node.js18.15', package: 'default' });
    const tagged = buildFunction({ func_name: 'gamma', runtime: 'Node.js18.15', package: 'default' });
    mockDb.functions = [py, node, tagged];
    mockDb.tags[tagged.func_urn] = [{ key: 'team', value: 'payments' }];
    const { user } = renderApp('/c/local/functions');
    const search = await screen.findByRole('searchbox', { name: 'Search functions' });
    await screen.findByText('3 of 3 functions');

    await user.type(search, 'python');
    expect(shownNames()).toEqual(['alpha']);
    await user.clear(search);
    await user.type(search, 'billing');
    expect(shownNames()).toEqual(['alpha']);
    await user.clear(search);
    await user.type(search, 'payments');
    await waitFor(() => {
      expect(shownNames()).toEqual(['gamma']);
    });
    await user.clear(search);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Runtime' }), 'Node.js18.15');
    await waitFor(() => {
      expect(shownNames().sort()).toEqual(['beta', 'gamma']);
    });
    // The first option clears the filter.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Runtime' }), 'All runtimes');
    await waitFor(() => {
      expect(shownNames().sort()).toEqual(['alpha', 'beta', 'gamma']);
    });
  });

  it('sorts by a column, both directions', async () => {
    mockDb.functions = [
      buildFunction({ func_name: 'a-mid', memory_size: 512 }),
      buildFunction({ func_name: 'b-big', memory_size: 2048 }),
      buildFunction({ func_name: 'c-small', memory_size: 128 }),
    ];
    const { user } = renderApp('/c/local/functions');
    await screen.findByText('3 of 3 functions');
    const expectOrder = (names: string[]) =>
      waitFor(() => {
        expect(shownNames()).toEqual(names);
      });
    await user.click(screen.getByRole('button', { name: 'Sort by Memory (MB)' }));
    await expectOrder(['c-small', 'a-mid', 'b-big']);
    expect(screen.getByRole('columnheader', { name: /Memory/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Sort by Memory (MB)' }));
    await expectOrder(['b-big', 'a-mid', 'c-small']);
    await user.click(screen.getByRole('button', { name: 'Sort by Function Name' }));
    await expectOrder(['a-mid', 'b-big', 'c-small']);
    await user.click(screen.getByRole('button', { name: 'Sort by Function Name' }));
    await expectOrder(['c-small', 'b-big', 'a-mid']);
  });

  it('pins a function through collect and shows it first', async () => {
    mockDb.functions = [buildFunction({ func_name: 'aaa' }), buildFunction({ func_name: 'zzz' })];
    const calls: string[] = [];
    server.use(
      http.put(`${FG}/functions/:urn/collect/:state`, ({ params }) => {
        calls.push(`${String(params.urn)}/${String(params.state)}`);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const { user } = renderApp('/c/local/functions?sort=name&dir=asc');
    await screen.findByText('2 of 2 functions');
    expect(shownNames()).toEqual(['aaa', 'zzz']);
    await user.click(screen.getByRole('button', { name: 'Pin zzz' }));
    expect(shownNames()).toEqual(['zzz', 'aaa']);
    expect(calls).toEqual([`${mockDb.functions[1]?.func_urn ?? ''}/true`]);
    expect(screen.getByRole('button', { name: 'Unpin zzz' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reverts a refused pin, but keeps one whose request a page unload cut short', async () => {
    mockDb.functions = [buildFunction({ func_name: 'aaa' }), buildFunction({ func_name: 'zzz' })];
    server.use(
      http.put(`${FG}/functions/:urn/collect/:state`, () =>
        HttpResponse.json({ error_code: 'FSS.0500', error_msg: 'Internal server error' }, { status: 500 }),
      ),
    );
    const { user, queryClient } = renderApp('/c/local/functions?sort=name&dir=asc');
    const failedMutations = () =>
      queryClient
        .getMutationCache()
        .getAll()
        .filter((m) => m.state.status === 'error').length;
    await screen.findByText('2 of 2 functions');
    await user.click(screen.getByRole('button', { name: 'Pin zzz' }));
    // Refused while the page is live: the star goes back.
    await waitFor(() => {
      expect(shownNames()).toEqual(['aaa', 'zzz']);
    });
    expect(screen.getByRole('button', { name: 'Pin zzz' })).toHaveAttribute('aria-pressed', 'false');

    // The page starts unloading (a reload) while the request is in flight: its failure keeps the pin.
    window.dispatchEvent(new Event('pagehide'));
    onTestFinished(() => {
      window.dispatchEvent(new Event('pageshow'));
    });
    await user.click(screen.getByRole('button', { name: 'Pin zzz' }));
    await waitFor(() => {
      expect(failedMutations()).toBe(2);
    });
    expect(shownNames()).toEqual(['zzz', 'aaa']);
    expect(screen.getByRole('button', { name: 'Unpin zzz' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('bulk-deletes with the impact summary first, then per-item results', async () => {
    const one = buildFunction({ func_name: 'one' });
    const two = buildFunction({ func_name: 'two' });
    mockDb.functions = [one, two, buildFunction({ func_name: 'keep' })];
    mockDb.versions[one.func_urn] = [{ version: 'v1' }, { version: 'v2' }];
    mockDb.aliases[one.func_urn] = [{ name: 'prod', version: 'v1' }];
    mockDb.triggers[two.func_urn] = [{ trigger_id: 't1' }, { trigger_id: 't2' }, { trigger_id: 't3' }];
    server.use(
      http.delete(`${FG}/functions/:urn`, ({ params }) => {
        if (params.urn === two.func_urn)
          return HttpResponse.json({ error_code: 'FSS.1094', error_msg: 'In use' }, { status: 403 });
        mockDb.functions = mockDb.functions.filter((f) => f.func_urn !== params.urn);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/c/local/functions');
    await screen.findByText('3 of 3 functions');
    await user.click(screen.getByRole('checkbox', { name: 'Select one' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select two' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 functions?' });
    expect(await within(dialog).findByText('one: 2 versions, 1 aliases, 0 triggers')).toBeInTheDocument();
    expect(within(dialog).getByText('two: 0 versions, 0 aliases, 3 triggers')).toBeInTheDocument();
    expect(
      within(dialog).getByText('In total 2 versions, 1 aliases and 3 triggers will be deleted.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 functions' }));
    const results = await screen.findByRole('list', { name: 'Delete results' });
    expect(within(results).getByText('Deleted')).toBeInTheDocument();
    expect(within(results).getByText('FSS.1094')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(shownNames().sort()).toEqual(['keep', 'two']);
    });
  });

  it('shows the empty state with the primary action', async () => {
    renderApp('/c/local/functions');
    expect(await screen.findByText('No functions yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Create Function' }).length).toBeGreaterThan(0);
  });

  it('shows the FSS code and retries when the list fails', async () => {
    let fail = true;
    server.use(
      http.get(`${FG}/functions`, () => {
        if (!fail)
          return HttpResponse.json({
            functions: [buildFunction({ func_name: 'back' })],
            next_marker: 1,
            count: 1,
          });
        return HttpResponse.json({ error_code: 'FSS.0500', error_msg: 'Internal error' }, { status: 500 });
      }),
    );
    const { user } = renderApp('/c/local/functions');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('FSS.0500')).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'back' })).toBeInTheDocument();
  });
});
