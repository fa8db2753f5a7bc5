/**
 * The Code tab's Dependencies section: adding and removing a dependency version sends PUT code with the
 * function's deployed package (as GET code returned it) and the new depend_version_list (seed 7.6.5). The
 * editor's unsaved text is neither deployed nor lost. Published versions are read-only.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { http } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildDependencyVersion, buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (fn: () => void) => {
    fn();
  },
}));
// Monaco does not run in jsdom: a text area stands in for it, wired to the workspace like the editor, and
// ready once mounted (the side column, where the section is, renders after that).
vi.mock('@/components/code-editor/code-editor', async () => {
  const { useEffect } = await import('react');
  return {
    preloadCodeEditor: () => Promise.resolve(),
    CodeEditor: (props: {
      value: string;
      readOnly?: boolean;
      ariaLabel: string;
      onChange: (text: string) => void;
      onReady?: () => void;
    }) => {
      const { onReady } = props;
      useEffect(() => {
        onReady?.();
      }, [onReady]);
      return (
        <textarea
          aria-label={props.ariaLabel}
          readOnly={props.readOnly ?? false}
          value={props.value}
          onChange={(e) => {
            props.onChange(e.currentTarget.value);
          }}
        />
      );
    },
  };
});

const deployedZip = Buffer.from(zipSync({ 'index.py': strToU8('DEPLOYED = 1\n') })).toString('base64');

function seed() {
  const fn = buildFunction({ func_name: 'dep-fn', runtime: 'Python3.9' });
  mockDb.functions = [fn];
  mockDb.versions[fn.func_urn] = [{ version: 'v1' }];
  mockDb.code[fn.func_urn] = {
    code_type: 'zip',
    code_filename: 'dep-fn.zip',
    file: deployedZip,
    depend_version_list: ['np-1'],
  };
  mockDb.dependencies = [
    buildDependencyVersion({ id: 'np-1', dep_id: 'd-np', name: 'numpy', version: 1 }),
    buildDependencyVersion({ id: 'np-2', dep_id: 'd-np', name: 'numpy', version: 2 }),
    buildDependencyVersion({ id: 'rq-1', dep_id: 'd-rq', name: 'requests', version: 1, size: 4096 }),
    buildDependencyVersion({ id: 'lp-1', dep_id: 'd-lp', name: 'left-pad', runtime: 'Node.js18.15' }),
  ];
  return fn;
}

/** Bodies of PUT code (the default handler still answers them). */
function recordCodePuts(): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.put('*/fgs/functions/:urn/code', async ({ request }) => {
      bodies.push((await request.clone().json()) as Record<string, unknown>);
    }),
  );
  onTestFinished(() => {
    bodies.length = 0;
  });
  return bodies;
}

const section = () => screen.findByRole('region', { name: 'Dependencies' });

describe('Code tab dependencies', { timeout: 30_000 }, () => {
  it('adds and removes versions with the deployed code, keeping the unsaved edit', async () => {
    const fn = seed();
    const puts = recordCodePuts();
    const { user } = renderApp('/c/local/functions/default/dep-fn/code');

    const editor = await screen.findByRole('textbox', { name: 'Code of index.py' });
    await user.type(editor, 'DRAFT = 2\n');
    expect(await screen.findByText('1 unsaved change')).toBeInTheDocument();
    expect(await within(await section()).findByText('numpy · version 1')).toBeInTheDocument();

    await user.click(within(await section()).getByRole('button', { name: 'Add Dependency' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Dependency' });
    const dependency = await within(dialog).findByRole('combobox', { name: /Dependency/ });
    // Only the function's runtime (Python3.9) is offered.
    expect(within(dependency).queryByRole('option', { name: 'left-pad' })).not.toBeInTheDocument();
    // Nothing chosen yet: Add says what is missing and sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('Choose a dependency.')).toBeInTheDocument();
    await user.selectOptions(dependency, 'd-rq');
    const version = within(dialog).getByRole('combobox', { name: 'Version' });
    await within(version).findByRole('option', { name: 'Version 1 · 4 KB' });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('Choose a version.')).toBeInTheDocument();
    expect(puts).toHaveLength(0);
    await user.selectOptions(version, 'rq-1');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Add Dependency' })).not.toBeInTheDocument();
    });
    expect(await within(await section()).findByText('requests · version 1')).toBeInTheDocument();
    expect(puts).toEqual([
      {
        code_type: 'zip',
        code_filename: 'dep-fn.zip',
        func_code: { file: deployedZip },
        depend_version_list: ['np-1', 'rq-1'],
      },
    ]);

    await user.click(within(await section()).getByRole('button', { name: 'Remove numpy version 1' }));
    await waitFor(() => {
      expect(puts).toHaveLength(2);
    });
    expect(puts[1]).toEqual({
      code_type: 'zip',
      code_filename: 'dep-fn.zip',
      func_code: { file: deployedZip },
      depend_version_list: ['rq-1'],
    });
    await waitFor(() => {
      expect(within(screen.getByRole('region', { name: 'Dependencies' })).queryByText(/numpy/)).toBeNull();
    });

    // The draft is still in the editor, still unsaved, and was never deployed.
    expect(screen.getByRole('textbox', { name: 'Code of index.py' })).toHaveValue(
      'DEPLOYED = 1\nDRAFT = 2\n',
    );
    expect(screen.getByText('1 unsaved change')).toBeInTheDocument();
    expect(mockDb.code[fn.func_urn]).toMatchObject({ file: deployedZip, depend_version_list: ['rq-1'] });
  });

  it('deploys the editor with the attached versions kept', async () => {
    const fn = seed();
    const puts = recordCodePuts();
    const { user } = renderApp('/c/local/functions/default/dep-fn/code');
    const editor = await screen.findByRole('textbox', { name: 'Code of index.py' });
    await user.type(editor, 'DRAFT = 2\n');
    await user.click(await screen.findByRole('button', { name: /^Deploy/ }));
    await waitFor(() => {
      expect(puts).toHaveLength(1);
    });
    expect(puts[0]).toMatchObject({ depend_version_list: ['np-1'] });
    expect(puts[0]?.func_code).not.toEqual({ file: deployedZip });
    await waitFor(() => {
      expect(mockDb.code[fn.func_urn]).toMatchObject({ depend_version_list: ['np-1'] });
    });
  });

  it('marks versions already added, and shows a refused save in the dialog', async () => {
    seed();
    server.use(
      http.put(
        '*/fgs/functions/:urn/code',
        () =>
          new Response(JSON.stringify({ error_code: 'FSS.1024', error_msg: 'Invalid dependency.' }), {
            status: 400,
          }),
      ),
    );
    const { user } = renderApp('/c/local/functions/default/dep-fn/code');
    await user.click(await within(await section()).findByRole('button', { name: 'Add Dependency' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Dependency' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: /Dependency/ }), 'd-np');
    const version = within(dialog).getByRole('combobox', { name: 'Version' });
    expect(await within(version).findByRole('option', { name: 'Version 1 (added)' })).toBeDisabled();
    await user.selectOptions(version, 'np-2');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('FSS.1024')).toBeInTheDocument();
    expect(within(await section()).getByText('numpy · version 1')).toBeInTheDocument();
  });

  it('shows a published version’s dependencies without changing them', async () => {
    seed();
    renderApp('/c/local/functions/default/dep-fn/code?qualifier=v1');
    const region = await section();
    expect(await within(region).findByText(/Only latest can change its dependencies/)).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Add Dependency' })).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });
});
