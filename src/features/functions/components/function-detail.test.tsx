import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { renderApp } from '@/testing/render';

describe('function detail shell', { timeout: 30_000 }, () => {
  it('shows name, status, runtime and memory; the version selector writes ?qualifier= and tabs keep it', async () => {
    const fn = buildFunction({ func_name: 'shell-fn', runtime: 'Python3.9', memory_size: 512 });
    mockDb.functions = [fn];
    mockDb.versions[fn.func_urn] = [{ version: 'v1' }];
    mockDb.aliases[fn.func_urn] = [{ name: 'prod', version: 'v1' }];
    const { user, router } = renderApp('/c/local/functions/default/shell-fn/configuration');
    expect(await screen.findByRole('heading', { level: 1, name: 'shell-fn' })).toBeInTheDocument();
    await waitFor(() => {
      const facts = screen.getAllByRole('definition').map((d) => d.textContent);
      expect(facts).toEqual(expect.arrayContaining(['Python3.9', '512 MB']));
    });
    expect(screen.getByLabelText('Status')).toHaveTextContent('Enabled');

    await user.click(screen.getByRole('combobox', { name: 'Version/Alias' }));
    await user.click(await screen.findByRole('option', { name: 'prod → v1' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?qualifier=%21prod');
    });
    expect(router.state.location.pathname).toBe('/c/local/functions/default/shell-fn/configuration');
    // The selection shows in the selector and the tab links carry it.
    await waitFor(() => {
      expect(screen.getByRole('tab', { name: 'Triggers' })).toHaveAttribute(
        'href',
        '/c/local/functions/default/shell-fn/triggers?qualifier=%21prod',
      );
    });
    await user.click(screen.getByRole('tab', { name: 'Triggers' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/c/local/functions/default/shell-fn/triggers');
    });
    expect(new URLSearchParams(router.state.location.search).get('qualifier')).toBe('!prod');
  });

  it('an unknown tab goes to Code', async () => {
    const { router } = renderApp('/c/local/functions/default/ghost/nope');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/c/local/functions/default/ghost/code');
    });
  });

  it('a missing function shows the FSS code in the header', async () => {
    renderApp('/c/local/functions/default/ghost/configuration');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.some((a) => within(a).queryByText('FSS.1051'))).toBe(true);
  });

  it('reaches a function by name from the command palette', async () => {
    mockDb.functions = [
      buildFunction({ func_name: 'palette-target' }),
      buildFunction({ func_name: 'other' }),
    ];
    const { user, router } = renderApp('/c/local/overview');
    await screen.findByRole('navigation', { name: 'Breadcrumbs' });
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('textbox', { name: /Search/ });
    await user.type(search, 'palette-tar');
    // The highlighted match splits the name into marks; the description identifies the only match left.
    const action = await screen.findByRole('button', { name: /Node\.js18\.15 · app default/ });
    expect(action).toHaveTextContent('palette-target');
    await user.click(action);
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/c/local/functions/default/palette-target/code');
    });
  });
});
