import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FunctionConfig } from '@/api/contract/functions';
import { buildFunction } from '@/testing/factories';
import { FG } from '@/testing/handlers';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

const TAGS = '/api/connections/:connectionId/v2/:projectId/functions/:urn/tags';
let fn: FunctionConfig;
let requests: { path: string; body: unknown }[];
let failNext: string | null;

const fail = () =>
  HttpResponse.json({ error_code: 'FSS.0400', error_msg: 'Invalid parameter (test)' }, { status: 400 });

function record(path: string) {
  return async ({ request }: { request: Request }) => {
    const text = await request.text();
    requests.push({ path, body: text ? (JSON.parse(text) as unknown) : null });
    if (failNext === path) return fail();
    return null;
  };
}

beforeEach(() => {
  fn = buildFunction({
    func_name: 'cfg',
    memory_size: 256,
    timeout: 30,
    description: 'keep me',
    user_data: '{"A":"1"}',
  });
  mockDb.functions = [fn];
  requests = [];
  failNext = null;
  let asyncConfig: Record<string, unknown> | null = null;
  let reserved = 0;
  server.use(
    http.put(`${FG}/functions/:urn/config`, async (info) => {
      const failed = await record('config')(info);
      if (failed) return failed;
      const body = requests.at(-1)?.body as Partial<FunctionConfig>;
      const updated = {
        ...fn,
        ...body,
        last_modified: new Date(Date.now() + requests.length * 1000).toISOString(),
      };
      mockDb.functions = [updated];
      fn = updated;
      return HttpResponse.json(updated);
    }),
    http.put(`${FG}/functions/:urn/config-max-instance`, async (info) => {
      const failed = await record('max')(info);
      if (failed) return failed;
      const max = (requests.at(-1)?.body as { max_instance_num: number }).max_instance_num;
      fn = { ...fn, strategy_config: { ...fn.strategy_config, concurrency: max } };
      mockDb.functions = [fn];
      return HttpResponse.json(fn);
    }),
    http.get(`${FG}/functions/reservedinstances`, () =>
      HttpResponse.json({
        reservedinstances: [{ func_urn: `${fn.func_urn}:latest`, count: reserved }],
        count: 1,
      }),
    ),
    http.put(`${FG}/functions/:urn/reservedinstances`, async (info) => {
      const failed = await record('reserved')(info);
      if (failed) return failed;
      reserved = (requests.at(-1)?.body as { count: number }).count;
      return HttpResponse.json({ count: reserved });
    }),
    http.get(`${FG}/functions/:urn/async-invoke-config`, () =>
      asyncConfig
        ? HttpResponse.json(asyncConfig)
        : HttpResponse.json({ error_code: 'FSS.1086', error_msg: 'not configured' }, { status: 404 }),
    ),
    http.put(`${FG}/functions/:urn/async-invoke-config`, async (info) => {
      const failed = await record('async')(info);
      if (failed) return failed;
      asyncConfig = (requests.at(-1)?.body ?? null) as Record<string, unknown> | null;
      return HttpResponse.json(asyncConfig);
    }),
    http.get(`${FG}/functions/:urn/tracing`, () =>
      HttpResponse.json({ error_code: 'FSS.0404', error_msg: 'can not find tracing aksk' }, { status: 404 }),
    ),
    http.put(
      `${FG}/functions/:urn/tracing`,
      async (info) => (await record('tracing')(info)) ?? new HttpResponse(null),
    ),
    http.get(TAGS, () => HttpResponse.json({ tags: mockDb.tags[fn.func_urn] ?? [], sys_tags: [] })),
    http.post(`${TAGS}/create`, async (info) => {
      const failed = await record('tags')(info);
      if (failed) return failed;
      mockDb.tags[fn.func_urn] = (requests.at(-1)?.body as { tags: { key: string; value: string }[] }).tags;
      return new HttpResponse(null, { status: 204 });
    }),
  );
});

async function openTab() {
  const view = renderApp('/c/local/functions/default/cfg/configuration');
  await screen.findByRole('heading', { name: 'Basic Settings' });
  return view;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('configuration tab', { timeout: 30_000 }, () => {
  it('Basic: shows what changed, sends the full config and refreshes', async () => {
    const { user } = await openTab();
    const basic = section('Basic Settings');
    const timeout = within(basic).getByRole('textbox', { name: 'Execution Timeout (s)' });
    await user.clear(timeout);
    await user.type(timeout, '60');
    expect(within(basic).getByText('Execution Timeout (s): 30 → 60')).toBeInTheDocument();
    await user.click(within(basic).getByRole('button', { name: 'Save Basic Settings' }));
    await waitFor(() => {
      expect(within(section('Basic Settings')).queryByText('Unsaved changes')).not.toBeInTheDocument();
    });
    expect(requests[0]?.body).toMatchObject({
      func_name: 'cfg',
      timeout: 60,
      memory_size: 256,
      description: 'keep me',
      user_data: '{"A":"1"}',
    });
    expect(
      within(section('Basic Settings')).getByRole('textbox', { name: 'Execution Timeout (s)' }),
    ).toHaveValue('60');
  });

  it('Basic: a failed save shows the FSS code and keeps the edits; invalid input blocks saving', async () => {
    const { user } = await openTab();
    const basic = section('Basic Settings');
    const timeout = within(basic).getByRole('textbox', { name: 'Execution Timeout (s)' });
    await user.clear(timeout);
    await user.type(timeout, '2');
    expect(within(basic).getByText('Enter a whole number of seconds from 3 to 259200.')).toBeInTheDocument();
    expect(within(basic).getByRole('button', { name: 'Save Basic Settings' })).toBeDisabled();
    await user.type(timeout, '0');
    failNext = 'config';
    await user.click(within(basic).getByRole('button', { name: 'Save Basic Settings' }));
    const alert = await within(basic).findByRole('alert');
    expect(within(alert).getByText('FSS.0400')).toBeInTheDocument();
    expect(timeout).toHaveValue('20');
  });

  it('Environment variables: validates keys, saves user_data, keeps edits on failure', async () => {
    const { user } = await openTab();
    const env = section('Environment Variables');
    await user.click(within(env).getByRole('button', { name: 'Add' }));
    await user.type(within(env).getByRole('textbox', { name: 'Key 2' }), '1bad');
    expect(
      within(env).getByText('Start with a letter or _; then letters, digits, _, . or - (max 128).'),
    ).toBeInTheDocument();
    const key = within(env).getByRole('textbox', { name: 'Key 2' });
    await user.clear(key);
    await user.type(key, 'GREETING');
    await user.type(within(env).getByRole('textbox', { name: 'Value 2' }), 'hi');
    failNext = 'config';
    await user.click(within(env).getByRole('button', { name: 'Save Environment Variables' }));
    expect(await within(env).findByText('FSS.0400')).toBeInTheDocument();
    expect(within(env).getByRole('textbox', { name: 'Key 2' })).toHaveValue('GREETING');
    failNext = null;
    await user.click(within(env).getByRole('button', { name: 'Save Environment Variables' }));
    await waitFor(() => {
      expect(requests).toHaveLength(2);
    });
    expect(requests[1]?.body).toMatchObject({ user_data: '{"A":"1","GREETING":"hi"}', timeout: 30 });
  });

  it('Environment variables: encrypted values stay masked and are kept when left empty', async () => {
    mockDb.functions = [{ ...fn, encrypted_user_data: '{"SECRET":""}' }];
    fn = mockDb.functions[0] as FunctionConfig;
    const { user } = await openTab();
    const env = section('Environment Variables');
    const secret = within(env).getByLabelText('Value 2');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveValue('');
    await user.type(within(env).getByRole('textbox', { name: 'Value 1' }), '2');
    await user.click(within(env).getByRole('button', { name: 'Save Environment Variables' }));
    await waitFor(() => {
      expect(requests).toHaveLength(1);
    });
    expect(requests[0]?.body).toMatchObject({
      user_data: '{"A":"12"}',
      encrypted_user_data: '{"SECRET":""}',
    });
  });

  it('Concurrency: max instances go through config-max-instance; errors are shown', async () => {
    const { user } = await openTab();
    const c = section('Concurrency');
    const max = within(c).getByRole('textbox', { name: 'Max. Instances per Function' });
    await user.clear(max);
    await user.type(max, '5');
    failNext = 'max';
    await user.click(within(c).getByRole('button', { name: 'Save Concurrency' }));
    expect(await within(c).findByText('FSS.0400')).toBeInTheDocument();
    failNext = null;
    await user.click(within(c).getByRole('button', { name: 'Save Concurrency' }));
    await waitFor(() => {
      expect(
        within(section('Concurrency')).getByRole('textbox', { name: 'Max. Instances per Function' }),
      ).toHaveValue('5');
      expect(within(section('Concurrency')).queryByText('Unsaved changes')).not.toBeInTheDocument();
    });
    expect(requests.map((r) => r.body)).toEqual([{ max_instance_num: 5 }, { max_instance_num: 5 }]);
  });

  it('Reserved instances and async retries save and show their values after refresh', async () => {
    const { user } = await openTab();
    const reserved = await screen.findByRole('region', { name: 'Reserved Instances' });
    const count = within(reserved).getByRole('textbox', { name: 'Reserved instances' });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(within(reserved).getByRole('button', { name: 'Save Reserved Instances' }));
    await waitFor(() => {
      expect(requests.at(-1)).toEqual({ path: 'reserved', body: { count: 2 } });
    });

    const asyncSection = await screen.findByRole('region', { name: 'Asynchronous Invocation' });
    const retries = within(asyncSection).getByRole('textbox', { name: 'Max. retries' });
    await user.clear(retries);
    await user.type(retries, '4');
    expect(within(asyncSection).getByText('Enter a whole number from 0 to 3.')).toBeInTheDocument();
    await user.clear(retries);
    await user.type(retries, '3');
    failNext = 'async';
    await user.click(within(asyncSection).getByRole('button', { name: 'Save Asynchronous Invocation' }));
    expect(await within(asyncSection).findByText('FSS.0400')).toBeInTheDocument();
    expect(retries).toHaveValue('3');
    failNext = null;
    await user.click(within(asyncSection).getByRole('button', { name: 'Save Asynchronous Invocation' }));
    await waitFor(() => {
      expect(requests.at(-1)?.body).toMatchObject({
        max_async_retry_attempts: 3,
        max_async_event_age_in_seconds: 3600,
      });
    });
    await waitFor(() => {
      expect(
        within(screen.getByRole('region', { name: 'Asynchronous Invocation' })).getByRole('textbox', {
          name: 'Max. retries',
        }),
      ).toHaveValue('3');
    });
  });

  it('Initializer, tracing and tags each save on their own', async () => {
    const { user } = await openTab();
    const init = section('Initialization');
    await user.type(within(init).getByRole('textbox', { name: /^Initializer/ }), 'index.init');
    await user.type(within(init).getByRole('textbox', { name: /Initialization timeout/ }), '10');
    await user.click(within(init).getByRole('button', { name: 'Save Initialization' }));
    await waitFor(() => {
      expect(requests.at(-1)?.body).toMatchObject({
        initializer_handler: 'index.init',
        initializer_timeout: 10,
      });
    });

    const tracing = await screen.findByRole('region', { name: 'Tracing' });
    await user.type(within(tracing).getByRole('textbox', { name: /APM access key/ }), 'AK1');
    expect(within(tracing).getByText('Enter both keys, or neither.')).toBeInTheDocument();
    await user.type(within(tracing).getByLabelText(/APM secret key/), 'SK1');
    await user.click(within(tracing).getByRole('button', { name: 'Save Tracing' }));
    await waitFor(() => {
      expect(requests.at(-1)).toEqual({ path: 'tracing', body: { tracing_ak: 'AK1', tracing_sk: 'SK1' } });
    });

    const tags = await screen.findByRole('region', { name: 'Tags' });
    await user.click(within(tags).getByRole('button', { name: 'Add' }));
    await user.type(within(tags).getByRole('textbox', { name: 'Tags Key 1' }), 'team');
    await user.type(within(tags).getByRole('textbox', { name: 'Tags Value 1' }), 'core');
    failNext = 'tags';
    await user.click(within(tags).getByRole('button', { name: 'Save Tags' }));
    expect(await within(tags).findByText('FSS.0400')).toBeInTheDocument();
    failNext = null;
    await user.click(within(tags).getByRole('button', { name: 'Save Tags' }));
    await waitFor(() => {
      expect(mockDb.tags[fn.func_urn]).toEqual([{ key: 'team', value: 'core' }]);
    });
  });

  it('Disable and enable the function', async () => {
    const { user } = await openTab();
    await user.click(screen.getByRole('button', { name: 'Disable Function' }));
    expect(await screen.findByRole('button', { name: 'Enable Function' })).toBeInTheDocument();
    expect(requests.at(-1)?.body).toEqual({ max_instance_num: 0 });
    // The header's status badge: the detail shell renders its header after the first paint.
    expect((await screen.findAllByText('Disabled')).length).toBeGreaterThan(0);
  });
});
