/**
 * The versions of a dependency (seed 7.3.4) and deleting one (7.3.6): the confirm names what goes, a version
 * a function uses is refused with 412 FSS.1440 and stays, public dependencies are read-only.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDependencyVersion, buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { renderApp } from '@/testing/render';

function seedNumpy() {
  mockDb.dependencies = [
    buildDependencyVersion({
      id: 'np-1',
      dep_id: 'd-np',
      name: 'numpy',
      version: 1,
      size: 1024,
      etag: 'a'.repeat(32),
    }),
    buildDependencyVersion({
      id: 'np-2',
      dep_id: 'd-np',
      name: 'numpy',
      version: 2,
      size: 2048,
      etag: 'b'.repeat(32),
    }),
  ];
}

async function openVersions(name: string) {
  const view = renderApp('/c/local/dependencies');
  await view.user.click(await screen.findByRole('button', { name: `Show the versions of ${name}` }));
  const drawer = await screen.findByRole('dialog', { name: `Versions of ${name}` });
  const table = await within(drawer).findByRole('table', { name: `Versions of ${name}` });
  return { ...view, drawer, table };
}

const versionNumbers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

describe('Dependency versions', { timeout: 30_000 }, () => {
  it('lists the versions newest first with size, etag and date, and deletes one after confirming', async () => {
    seedNumpy();
    const { user, table } = await openVersions('numpy');
    expect(versionNumbers(table)).toEqual(['2', '1']);
    expect(within(table).getByText('b'.repeat(32))).toBeInTheDocument();
    expect(within(table).getByText('1 KB')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Delete version 1 of numpy' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete version 1 of numpy?' });
    expect(
      within(confirm).getByText(/Version 1 of dependency numpy \(1 KB\) is deleted/),
    ).toBeInTheDocument();
    expect(within(confirm).queryByText(/only version/)).not.toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete version' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Delete version 1 of numpy?' })).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(versionNumbers(table)).toEqual(['2']);
    });
    expect(mockDb.dependencies.map((d) => d.id)).toEqual(['np-2']);
  });

  it('keeps a version that functions use and says why (412 FSS.1440)', async () => {
    seedNumpy();
    const fn = buildFunction({ func_name: 'uses-numpy' });
    mockDb.functions = [fn];
    mockDb.code[fn.func_urn] = {
      code_type: 'zip',
      file: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
      depend_version_list: ['np-2'],
    };
    const { user, table } = await openVersions('numpy');

    await user.click(within(table).getByRole('button', { name: 'Delete version 2 of numpy' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete version 2 of numpy?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete version' }));

    const alert = await within(confirm).findByRole('alert');
    expect(
      within(alert).getByText(/Version 2 of numpy is used by functions, so nothing was deleted/),
    ).toBeInTheDocument();
    expect(within(alert).getByText('FSS.1440')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(versionNumbers(table)).toEqual(['2', '1']);
    expect(mockDb.dependencies).toHaveLength(2);
  });

  it('says that the last version takes the dependency with it, and closes when it is gone', async () => {
    mockDb.dependencies = [buildDependencyVersion({ dep_id: 'd-solo', name: 'solo', version: 1 })];
    const { user, table } = await openVersions('solo');
    await user.click(within(table).getByRole('button', { name: 'Delete version 1 of solo' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete version 1 of solo?' });
    expect(
      within(confirm).getByText(/only version: the dependency solo is removed with it/),
    ).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete version' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Versions of solo' })).not.toBeInTheDocument();
    });
    expect(await screen.findByText(/No private dependencies yet/)).toBeInTheDocument();
  });

  it('shows public dependencies read-only', async () => {
    mockDb.dependencies = [buildDependencyVersion({ owner: 'public', dep_id: 'd-pub', name: 'pillow' })];
    const { user } = renderApp('/c/local/dependencies');
    await screen.findByText(/No private dependencies yet/);
    await user.click(screen.getByRole('radio', { name: 'Public' }));
    await user.click(await screen.findByRole('button', { name: 'Show the versions of pillow' }));
    const drawer = await screen.findByRole('dialog', { name: 'Versions of pillow' });
    expect(await within(drawer).findByRole('table', { name: 'Versions of pillow' })).toBeInTheDocument();
    expect(within(drawer).getByText(/cannot be changed/)).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Create Version' })).not.toBeInTheDocument();
  });
});
