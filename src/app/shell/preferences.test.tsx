import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COLOR_SCHEME_STORAGE_KEY } from '@/app/theme';
import { LANGUAGE_STORAGE_KEY } from '@/i18n/i18n';
import { renderApp } from '@/testing/render';

describe('language and theme switches', () => {
  it('switches the whole frame to zh-CN and back without remounting the page', async () => {
    const { user, router } = renderApp('/c/local/functions');
    await screen.findByRole('heading', { level: 1, name: 'Functions' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');

    expect(await screen.findByRole('heading', { level: 1, name: '函数列表' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '总览' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '日志' })).toBeInTheDocument();
    expect(screen.getByText('本地')).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(router.state.location.pathname).toBe('/c/local/functions');

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en-US');
    expect(await screen.findByRole('heading', { level: 1, name: 'Functions' })).toBeInTheDocument();
  });

  it('applies the chosen color scheme to <html> and stores it', async () => {
    const { user } = renderApp('/c/local/overview');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => {
      expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    });
    expect(window.localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('dark');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  it('starts with the stored color scheme', async () => {
    window.localStorage.setItem(COLOR_SCHEME_STORAGE_KEY, 'dark');
    renderApp('/c/local/overview');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});
