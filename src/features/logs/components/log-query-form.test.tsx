import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { EMPTY_FILTERS } from '../utils/build-query';
import { LogQueryForm } from './log-query-form';

const NOW = Date.UTC(2026, 10, 28, 10, 0);

// Typing through user-event is slow on a loaded machine; the default 5 s per test is not enough there.
describe('LogQueryForm', { timeout: 30_000 }, () => {
  it('submits keyword, request id, level and version', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithProviders(
      <LogQueryForm
        initial={EMPTY_FILTERS}
        range={{ key: '1h' }}
        onSubmit={onSubmit}
        onRange={vi.fn()}
        now={NOW}
      />,
    );
    const form = await screen.findByRole('form', { name: 'Log query' });
    await user.type(screen.getByLabelText('Keyword', { exact: false }), 'timeout or crash');
    await user.type(screen.getByLabelText('Request ID'), 'req-1');
    await user.type(screen.getByLabelText('Version'), 'v2');
    await user.click(screen.getByRole('combobox', { name: 'Level' }));
    await user.click(await screen.findByRole('option', { name: 'Error' }));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(form).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledWith({
      keywords: 'timeout or crash',
      requestId: 'req-1',
      level: 'ERROR',
      version: 'v2',
    });
  });

  it('starts from the filters in the URL and resets them', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithProviders(
      <LogQueryForm
        initial={{ keywords: 'boom', requestId: 'abc', level: 'WARN', version: '' }}
        range={{ key: '15m' }}
        onSubmit={onSubmit}
        onRange={vi.fn()}
        now={NOW}
      />,
    );
    expect(await screen.findByLabelText('Request ID')).toHaveValue('abc');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onSubmit).toHaveBeenCalledWith(EMPTY_FILTERS);
    expect(screen.getByLabelText('Request ID')).toHaveValue('');
  });

  it('changes the time range through the shared control', async () => {
    const onRange = vi.fn();
    const { user } = renderWithProviders(
      <LogQueryForm
        initial={EMPTY_FILTERS}
        range={{ key: '1h' }}
        onSubmit={vi.fn()}
        onRange={onRange}
        now={NOW}
      />,
    );
    await user.click(await screen.findByText('Last 7 days'));
    expect(onRange).toHaveBeenCalledWith({ key: '7d' });
    await user.click(screen.getByText('Custom'));
    expect(screen.getByLabelText('From (local time)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onRange).toHaveBeenLastCalledWith(expect.objectContaining({ key: 'custom' }));
  });
});
