/**
 * The version diff: code file by file (status per file, the changed lines) and configuration field by field,
 * from the two versions' `code` and `config` answers (MSW).
 */
import { screen, within } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { ActiveConnectionProvider } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { VersionDiff } from './version-diff';

function zip(files: Record<string, string>): string {
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  return btoa(String.fromCharCode(...bytes));
}

const snapshots: Record<string, { config: Record<string, unknown>; files: Record<string, string> }> = {
  v1: {
    config: {
      func_urn: 'x:v1',
      version: 'v1',
      runtime: 'Node.js18.15',
      memory_size: 128,
      timeout: 3,
      user_data: '{"MODE":"a","KEEP":"1"}',
    },
    files: { 'index.js': 'const a = 1;\nconst b = 2;\n', 'old.js': 'gone' },
  },
  v2: {
    config: {
      func_urn: 'x:v2',
      version: 'v2',
      runtime: 'Node.js18.15',
      memory_size: 256,
      timeout: 3,
      user_data: '{"MODE":"b","KEEP":"1"}',
    },
    files: { 'index.js': 'const a = 1;\nconst b = 3;\n', 'new.js': 'hello' },
  },
};

it('shows which files changed, the changed lines and the changed configuration fields', async () => {
  const connection = mockDb.connections[0];
  if (!connection) throw new Error('no connection');
  const urn = `urn:fss:${connection.region}:${connection.projectId}:function:default:hello`;
  const versionOf = (p: string) => decodeURIComponent(p).split(':').at(-1) ?? '';
  server.use(
    http.get('/api/connections/:c/v2/:p/fgs/functions/:urn/config', ({ params }) =>
      HttpResponse.json(snapshots[versionOf(String(params.urn))]?.config ?? {}),
    ),
    http.get('/api/connections/:c/v2/:p/fgs/functions/:urn/code', ({ params }) =>
      HttpResponse.json({ func_code: { file: zip(snapshots[versionOf(String(params.urn))]?.files ?? {}) } }),
    ),
  );
  const fn: FunctionRef = {
    connectionId: connection.id,
    package: 'default',
    name: 'hello',
    qualifier: { raw: 'latest', kind: 'latest', name: 'latest' },
    urn: `${urn}:latest`,
    unqualifiedUrn: urn,
  };
  const { user } = renderWithProviders(
    <ActiveConnectionProvider connection={connection}>
      <VersionDiff fn={fn} versions={['latest', 'v1', 'v2']} />
    </ActiveConnectionProvider>,
    {
      path: `/c/${connection.id}/functions/default/hello/versions`,
    },
  );
  await user.selectOptions(screen.getByLabelText('Original'), 'v1');
  await user.selectOptions(screen.getByLabelText('Modified'), 'v2');

  const files = await screen.findByRole('group', { name: 'Files' });
  const names = within(files)
    .getAllByRole('button')
    .map((b) => b.textContent);
  expect(names).toEqual(['index.jsmodified', 'new.jsadded', 'old.jsremoved']);
  const lines = within(screen.getByRole('list', { name: 'Code' })).getAllByRole('listitem');
  expect(lines.map((l) => l.textContent)).toEqual(['−2: const b = 2;', '+2: const b = 3;']);

  await user.click(within(files).getByRole('button', { name: /new\.js/ }));
  expect(
    within(screen.getByRole('list', { name: 'Code' }))
      .getAllByRole('listitem')
      .map((l) => l.textContent),
  ).toEqual(['+1: hello']);

  const config = screen.getByRole('table', { name: 'Configuration' });
  const rows = within(config)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
  // Only changed fields by default; identity fields (urn, version) are not differences.
  expect(rows).toEqual([
    ['memory_size', '128', '256'],
    ['user_data.MODE', 'a', 'b'],
  ]);
  await user.click(screen.getByRole('switch', { name: 'Show unchanged fields' }));
  expect(within(config).getByRole('cell', { name: 'user_data.KEEP' })).toBeInTheDocument();
  expect(within(config).getByRole('cell', { name: 'runtime' })).toBeInTheDocument();
});
