/**
 * The Code tab shows the version or alias selected in the detail header: `latest` opens editable, a published
 * version opens read-only (no deploy, upload or file actions; the server refuses code changes to anything but
 * latest), and its code is the version's own, read through its URN.
 */
import { screen } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (fn: () => void) => {
    fn();
  },
}));
// Monaco does not run in jsdom: a text area stands in for it, with the options the pane gives the editor.
vi.mock('@/components/code-editor/code-editor', () => ({
  preloadCodeEditor: () => Promise.resolve(),
  CodeEditor: (props: { value: string; readOnly?: boolean; ariaLabel: string; onReady?: () => void }) => (
    <textarea aria-label={props.ariaLabel} readOnly={props.readOnly ?? false} defaultValue={props.value} />
  ),
}));

const zip = (text: string) => Buffer.from(zipSync({ 'index.py': strToU8(text) })).toString('base64');

/** Serves each qualifier's own package, and records which URNs the code was read through. */
function serveCode(packages: Record<string, string>): string[] {
  const read: string[] = [];
  server.use(
    http.get('*/fgs/functions/:urn/code', ({ params }) => {
      const urn = String(params.urn);
      read.push(urn);
      const qualifier = urn.split(':')[7] ?? 'latest';
      return HttpResponse.json({
        func_urn: urn,
        func_name: 'pub-fn',
        runtime: 'Python3.9',
        code_type: 'inline',
        func_code: { file: zip(packages[qualifier] ?? ''), link: '' },
      });
    }),
  );
  return read;
}

function seed() {
  const fn = buildFunction({ func_name: 'pub-fn', runtime: 'Python3.9', handler: 'index.handler' });
  mockDb.functions = [fn];
  mockDb.versions[fn.func_urn] = [{ version: 'v1' }];
  mockDb.aliases[fn.func_urn] = [{ name: 'prod', version: 'v1' }];
}

describe('Code tab and the selected version', { timeout: 30_000 }, () => {
  it('opens a published version read-only, with its own code', async () => {
    seed();
    const read = serveCode({ latest: 'LATEST = 1\n', v1: 'V1 = 1\n' });
    renderApp('/c/local/functions/default/pub-fn/code?qualifier=v1');

    const editor = await screen.findByRole('textbox', { name: 'Code of index.py' });
    expect(editor).toHaveValue('V1 = 1\n');
    expect(editor).toHaveAttribute('readonly');
    expect(screen.getByText(/Version v1 is published: its code cannot change/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deploy' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload ZIP' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New file' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download ZIP' })).toBeInTheDocument();
    expect(read.every((urn) => urn.endsWith(':pub-fn:v1'))).toBe(true);
  });

  it('says which alias it shows when an alias is selected', async () => {
    seed();
    serveCode({ '!prod': 'PROD = 1\n' });
    renderApp('/c/local/functions/default/pub-fn/code?qualifier=!prod');
    expect(await screen.findByRole('textbox', { name: 'Code of index.py' })).toHaveAttribute('readonly');
    expect(screen.getByText(/Alias prod points to a published version/)).toBeInTheDocument();
  });

  it('opens latest editable', async () => {
    seed();
    const read = serveCode({ latest: 'LATEST = 1\n', v1: 'V1 = 1\n' });
    renderApp('/c/local/functions/default/pub-fn/code');

    const editor = await screen.findByRole('textbox', { name: 'Code of index.py' });
    expect(editor).toHaveValue('LATEST = 1\n');
    expect(editor).not.toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Deploy' })).toBeInTheDocument();
    expect(screen.queryByText(/is published/)).not.toBeInTheDocument();
    expect(read.every((urn) => urn.endsWith(':pub-fn:latest'))).toBe(true);
  });
});
