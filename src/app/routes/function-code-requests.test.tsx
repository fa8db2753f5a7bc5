/**
 * The Code tab's first load reads each piece of the function's data once: the header (config, version
 * selector), the editor (code, config) and the test panel (versions, aliases) share one query per endpoint,
 * whichever form of the URN (unqualified or `:latest`) each of them starts from.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

// Paints happen at once: the header and the test panel mount as soon as the page allows.
vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (fn: () => void) => {
    fn();
  },
}));
// Monaco does not run in jsdom.
vi.mock('@/components/code-editor/code-editor', () => ({
  preloadCodeEditor: () => Promise.resolve(),
  CodeEditor: () => null,
}));

/** `GET …/fgs/functions/<urn>/<endpoint>` → endpoint, whatever the URN's form; undefined for other requests. */
function functionEndpoint(request: Request): string | undefined {
  if (request.method !== 'GET') return undefined;
  return /\/fgs\/functions\/[^/]+\/([a-z-]+)$/.exec(new URL(request.url).pathname)?.[1];
}

describe('Code tab first load', { timeout: 30_000 }, () => {
  it('requests the function config, code, versions and aliases once each', async () => {
    const fn = buildFunction({ func_name: 'once-fn', runtime: 'Python3.9' });
    mockDb.functions = [fn];
    mockDb.versions[fn.func_urn] = [{ version: 'v1' }];
    mockDb.aliases[fn.func_urn] = [{ name: 'prod', version: 'v1' }];
    const requests: string[] = [];
    let inFlight = 0;
    server.events.on('request:start', ({ request }) => {
      inFlight += 1;
      const endpoint = functionEndpoint(request);
      if (endpoint) requests.push(endpoint);
    });
    server.events.on('request:end', () => {
      inFlight -= 1;
    });
    onTestFinished(() => {
      server.events.removeAllListeners();
    });

    renderApp('/c/local/functions/default/once-fn/code');
    // The header has its config, the editor has settled (the test panel shows), the panel has the lists.
    expect(await screen.findByText('Python3.9')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'v1' })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'prod' })).toBeInTheDocument();
    await waitFor(() => {
      expect(inFlight).toBe(0);
    });

    const count = (endpoint: string) => requests.filter((r) => r === endpoint).length;
    expect({
      config: count('config'),
      code: count('code'),
      versions: count('versions'),
      aliases: count('aliases'),
    }).toEqual({ config: 1, code: 1, versions: 1, aliases: 1 });
    // Nor is any other read of the function made twice (test events, …).
    expect(requests.filter((r, i) => requests.indexOf(r) !== i)).toEqual([]);
  });
});
