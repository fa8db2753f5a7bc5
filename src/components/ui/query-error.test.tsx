import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { renderWithProviders } from '@/testing/render';
import { QueryError } from './query-error';

describe('QueryError', () => {
  it('shows the message, FSS code and request id, and retries', async () => {
    const onRetry = vi.fn();
    const error = new ApiError({
      status: 404,
      code: 'FSS.1051',
      message: 'Not found the function',
      requestId: 'r-1',
    });
    const { user } = renderWithProviders(
      <QueryError title="Cannot load functions" error={error} onRetry={onRetry} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cannot load functions');
    expect(alert).toHaveTextContent('Not found the function');
    expect(screen.getByText('FSS.1051')).toBeInTheDocument();
    expect(screen.getByText('r-1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('explains a network failure instead of the raw fetch message', async () => {
    renderWithProviders(
      <QueryError
        title="x"
        error={new ApiError({ status: 0, code: 'FGC.NETWORK', message: 'Failed to fetch' })}
      />,
    );
    expect(
      await screen.findByText('Cannot reach the console server. Check that it is running.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
