import { screen } from '@testing-library/react';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { lazyRouteComponent } from './lazy-route';
import { provideRouteComponent } from './route-registry';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>failed: {String(this.state.error)}</p> : this.props.children;
  }
}

describe('lazyRouteComponent', () => {
  it('renders an evaluated route module in the same pass, without loading it again', () => {
    provideRouteComponent('test-ready', () => <p>ready page</p>);
    let loads = 0;
    const Route = lazyRouteComponent('test-ready', () => {
      loads += 1;
      return Promise.resolve();
    });
    renderWithProviders(<Route />);
    // No await: the page is in the first commit, no spinner before it.
    expect(screen.getByText('ready page')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(loads).toBe(0);
  });

  it('shows a spinner until the module arrives, then the page', async () => {
    const module = deferred();
    const Route = lazyRouteComponent('test-later', () => module.promise);
    renderWithProviders(<Route />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    // The module registers itself when it is evaluated.
    provideRouteComponent('test-later', () => <p>later page</p>);
    module.resolve();
    expect(await screen.findByText('later page')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('hands a failed import to the error boundary and tries again on the next mount', async () => {
    const first = deferred();
    const second = deferred();
    let attempts = 0;
    const Route = lazyRouteComponent('test-flaky', () => {
      attempts += 1;
      return attempts === 1 ? first.promise : second.promise;
    });
    const { unmount } = renderWithProviders(
      <Boundary>
        <Route />
      </Boundary>,
    );
    first.reject(new Error('chunk load failed'));
    expect(await screen.findByText('failed: Error: chunk load failed')).toBeInTheDocument();
    unmount();
    renderWithProviders(<Route />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    provideRouteComponent('test-flaky', () => <p>flaky page</p>);
    second.resolve();
    expect(await screen.findByText('flaky page')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
