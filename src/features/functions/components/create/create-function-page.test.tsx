import { screen, waitFor, within } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CreateFunctionRequest } from '@/api/contract/functions';
import { buildFunction, buildTemplate } from '@/testing/factories';
import { FG } from '@/testing/handlers';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

function captureCreate(respond?: (body: CreateFunctionRequest) => Response) {
  const bodies: CreateFunctionRequest[] = [];
  server.use(
    http.post(`${FG}/functions`, async ({ request }) => {
      const body = (await request.json()) as CreateFunctionRequest;
      bodies.push(body);
      if (respond) return respond(body);
      const fn = buildFunction({ func_name: body.func_name, package: body.package, runtime: body.runtime });
      mockDb.functions.push(fn);
      return HttpResponse.json(fn);
    }),
  );
  return bodies;
}

describe('create function', { timeout: 30_000 }, () => {
  it('validates inline before submitting and sends nothing while a rule is broken', async () => {
    const bodies = captureCreate();
    const { user } = renderApp('/c/local/functions/new');
    const name = await screen.findByRole('textbox', { name: /Function Name/ });
    await user.type(name, '9bad name');
    await user.tab();
    expect(
      screen.getByText('Use letters, digits, _ and -; start with a letter and end with a letter or digit.'),
    ).toBeInTheDocument();
    const timeout = screen.getByRole('textbox', { name: /Execution Timeout/ });
    await user.clear(timeout);
    await user.type(timeout, '2');
    const handler = screen.getByRole('textbox', { name: /Handler/ });
    await user.clear(handler);
    await user.type(handler, 'nodot');
    await user.click(screen.getByRole('button', { name: 'Create Function' }));
    expect(screen.getByText('Enter a whole number of seconds from 3 to 259200.')).toBeInTheDocument();
    expect(screen.getByText('Use file.method (3–128 characters, with a dot).')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Function Name.*Handler.*Execution Timeout/);
    await user.clear(name);
    await user.click(name);
    await user.paste('a'.repeat(61));
    expect(screen.getByText('At most 60 characters.')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('creates a blank Node.js function with its starter code and opens it', async () => {
    const bodies = captureCreate();
    const { user, router } = renderApp('/c/local/functions/new');
    await user.type(await screen.findByRole('textbox', { name: /Function Name/ }), 'hello-node');
    await user.click(screen.getByRole('button', { name: 'Create Function' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/c/local/functions/default/hello-node/code');
    });
    expect(bodies).toHaveLength(1);
    const body = bodies[0];
    expect(body).toMatchObject({
      func_name: 'hello-node',
      package: 'default',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 256,
      timeout: 30,
      code_type: 'inline',
    });
    expect(body?.func_code?.file.length).toBeGreaterThan(0);
  });

  it('switching runtime brings that runtime default handler', async () => {
    const { user } = renderApp('/c/local/functions/new');
    await user.click(await screen.findByRole('combobox', { name: /Runtime/ }));
    await user.click(await screen.findByRole('option', { name: 'Custom' }));
    expect(screen.getByRole('textbox', { name: /Handler/ })).toHaveValue('bootstrap');
  });

  it('shows the FSS code of a rejection next to the field and keeps the form filled', async () => {
    captureCreate(() =>
      HttpResponse.json(
        { error_code: 'FSS.1061', error_msg: 'The function already exists: default:taken' },
        { status: 409 },
      ),
    );
    const { user, router } = renderApp('/c/local/functions/new');
    const name = await screen.findByRole('textbox', { name: /Function Name/ });
    await user.type(name, 'taken');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'kept text');
    await user.click(screen.getByRole('button', { name: 'Create Function' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('FSS.1061')).toBeInTheDocument();
    expect(screen.getByText('FSS.1061: The function already exists: default:taken')).toBeInTheDocument();
    expect(name).toHaveValue('taken');
    expect(screen.getByRole('textbox', { name: /Description/ })).toHaveValue('kept text');
    expect(router.state.location.pathname).toBe('/c/local/functions/new');
  });

  it('creates from a template: filters, previews the code and sends the template package', async () => {
    const code = btoa(
      String.fromCharCode(
        ...zipSync({ 'index.py': strToU8('def handler(event, context):\n    return "hi"\n') }),
      ),
    );
    server.use(
      http.get(`${FG}/templates`, () =>
        HttpResponse.json({
          func_templates: [
            buildTemplate({ template_name: 'hello-python', runtime: 'Python3.9', code }),
            buildTemplate({ template_name: 'timer-node', runtime: 'Node.js18.15', scene: 'timer' }),
          ],
          next_marker: 2,
        }),
      ),
    );
    const bodies = captureCreate();
    const { user } = renderApp('/c/local/functions/new');
    await user.click(await screen.findByRole('radio', { name: 'Use a template' }));
    await user.click(await screen.findByRole('combobox', { name: 'Template runtime' }));
    await user.click(await screen.findByRole('option', { name: 'Python3.9' }));
    await waitFor(() => {
      expect(screen.queryByRole('radio', { name: /timer-node/ })).not.toBeInTheDocument();
    });
    await user.click(screen.getByRole('radio', { name: /hello-python/ }));
    const preview = screen.getByRole('region', { name: 'Code preview' });
    expect(within(preview).getByText(/return "hi"/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Runtime/ })).toHaveValue('Python3.9');
    await user.type(screen.getByRole('textbox', { name: /Function Name/ }), 'from-template');
    await user.click(screen.getByRole('button', { name: 'Create Function' }));
    await waitFor(() => {
      expect(bodies).toHaveLength(1);
    });
    expect(bodies[0]).toMatchObject({ runtime: 'Python3.9', code_type: 'zip', func_code: { file: code } });
  });

  it('requires a ZIP in upload mode', async () => {
    const bodies = captureCreate();
    const { user } = renderApp('/c/local/functions/new');
    await user.click(await screen.findByRole('radio', { name: 'Upload a ZIP' }));
    await user.type(screen.getByRole('textbox', { name: /Function Name/ }), 'zipped');
    await user.click(screen.getByRole('button', { name: 'Create Function' }));
    expect(screen.getByText('Choose a ZIP file.')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });
});
