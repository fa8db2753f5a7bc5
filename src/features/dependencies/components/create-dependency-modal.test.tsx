/**
 * Create Dependency (seed 7.3.3) from the Dependencies page: problems are shown before anything is sent
 * (name rules, file type, size, ZIP signature); a valid form posts the base64 ZIP and the new row appears;
 * an existing name gets its next version.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strToU8, zipSync } from 'fflate';
import { http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildDependencyVersion } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

const zipBytes = zipSync({ 'python/lib/mylib.py': strToU8('X = 1\n') });
const zipFile = (name = 'mylib.zip') => new File([zipBytes], name, { type: 'application/zip' });

/** Bodies of the create-version requests (the default handler still answers them). */
function recordCreates(): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post('*/fgs/dependencies/version', async ({ request }) => {
      bodies.push((await request.clone().json()) as Record<string, unknown>);
    }),
  );
  onTestFinished(() => {
    bodies.length = 0;
  });
  return bodies;
}

async function openForm() {
  const view = renderApp('/c/local/dependencies');
  await screen.findByText(/No private dependencies yet/);
  const [headerButton] = screen.getAllByRole('button', { name: 'Create Dependency' });
  await view.user.click(headerButton!);
  const dialog = await screen.findByRole('dialog', { name: 'Create Dependency' });
  return { ...view, dialog };
}

describe('Create Dependency', { timeout: 30_000 }, () => {
  it('shows what is missing or wrong and sends nothing', async () => {
    const bodies = recordCreates();
    const { user, dialog } = await openForm();
    expect(within(dialog).getByText(/creates its next version/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('Enter a name.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose a ZIP file.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Dependency Name/ }), '1-bad-');
    expect(within(dialog).getByText(/start with a letter, end with a letter or digit/)).toBeInTheDocument();

    const fileInput = within(dialog).getByLabelText(/ZIP file/);
    // The picker's `accept` is only a hint: a user can still choose "All files".
    await userEvent.setup({ applyAccept: false }).upload(fileInput, new File(['x'], 'libs.tar.gz'));
    expect(within(dialog).getByText('The file must be a ZIP archive (.zip).')).toBeInTheDocument();

    const big = zipFile('big.zip');
    Object.defineProperty(big, 'size', { value: 40 * 1024 * 1024 + 1 });
    await user.upload(fileInput, big);
    expect(within(dialog).getByText(/larger than 40 MB/)).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: /Dependency Name/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Dependency Name/ }), 'mylib');
    await user.upload(fileInput, new File(['not a zip at all'], 'fake.zip', { type: 'application/zip' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(dialog).findByText('The file is named .zip but is not a ZIP archive.'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([]);
    expect(mockDb.dependencies).toEqual([]);
  });

  it('uploads the ZIP as base64 and shows the new dependency', async () => {
    const bodies = recordCreates();
    const { user, dialog } = await openForm();
    await user.type(within(dialog).getByRole('textbox', { name: /Dependency Name/ }), 'mylib');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Runtime/ }), 'Python3.9');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'My helpers');
    await user.upload(within(dialog).getByLabelText(/ZIP file/), zipFile());
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Create Dependency' })).not.toBeInTheDocument();
    });
    expect(bodies).toEqual([
      {
        depend_type: 'zip',
        depend_file: Buffer.from(zipBytes).toString('base64'),
        runtime: 'Python3.9',
        name: 'mylib',
        description: 'My helpers',
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Dependencies' });
    const row = within(table).getByRole('button', { name: 'Show the versions of mylib' }).closest('tr')!;
    expect(within(row).getByText('Python3.9')).toBeInTheDocument();
    expect(within(row).getByText('My helpers')).toBeInTheDocument();
  });

  it('creates the next version of an existing name, and keeps the form when the server refuses', async () => {
    mockDb.dependencies = [buildDependencyVersion({ name: 'mylib', version: 1, dep_id: 'd-mylib' })];
    const { user } = renderApp('/c/local/dependencies');
    await user.click(await screen.findByRole('button', { name: 'Show the versions of mylib' }));
    await user.click(await screen.findByRole('button', { name: 'Create Version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Version' });
    expect(within(dialog).getByRole('textbox', { name: /Dependency Name/ })).toHaveValue('mylib');
    await user.upload(within(dialog).getByLabelText(/ZIP file/), zipFile());

    server.use(
      http.post(
        '*/fgs/dependencies/version',
        () =>
          new Response(JSON.stringify({ error_code: 'FSS.1045', error_msg: 'Too many dependencies.' }), {
            status: 403,
          }),
        { once: true },
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('FSS.1045')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Dependency Name/ })).toHaveValue('mylib');

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Create Version' })).not.toBeInTheDocument();
    });
    expect(mockDb.dependencies.map((d) => [d.dep_id, d.version])).toEqual([
      ['d-mylib', 1],
      ['d-mylib', 2],
    ]);
    const versions = await screen.findByRole('table', { name: 'Versions of mylib' });
    expect(await within(versions).findByRole('cell', { name: '2' })).toBeInTheDocument();
  });
});
