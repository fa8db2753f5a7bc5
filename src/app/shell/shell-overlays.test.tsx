import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCloudConnection, buildLocalConnection } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { renderApp } from '@/testing/render';

describe('command palette and shortcut sheet', () => {
  it('Ctrl+K opens the palette; choosing a page navigates there', async () => {
    const { user, router } = renderApp('/c/local/overview');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('textbox', { name: 'Search pages and actions' });
    await user.type(search, 'logs');
    await user.click(await screen.findByRole('button', { name: /Go to Logs/ }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/c/local/logs');
    });
  });

  it('lists other connections and preferences as actions', async () => {
    mockDb.connections = [buildLocalConnection(), buildCloudConnection({ id: 'prod', name: 'Production' })];
    const { user, router } = renderApp('/c/local/functions');
    await screen.findByRole('heading', { level: 1, name: 'Functions' });
    await user.click(screen.getByRole('button', { name: 'Search pages and actions' }));
    expect(await screen.findByRole('button', { name: /Use Dark color scheme/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Switch language to 简体中文/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Switch to Production/ }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/c/prod/functions');
    });
  });

  it('? opens the keyboard shortcut sheet', async () => {
    const { user } = renderApp('/c/local/overview');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Open the command palette' })).toBeInTheDocument();
  });

  it('? typed into a text field does not open the sheet', async () => {
    const { user } = renderApp('/c/local/overview');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('textbox', { name: 'Search pages and actions' });
    await user.type(search, '?');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });
});
