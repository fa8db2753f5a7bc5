/**
 * The Triggers tab over MSW: the list with each type's key settings, disable sends `trigger_status: DISABLED`
 * (seed 7.13.6), an APIG trigger's URL is shown after creation, and "delete all" asks first.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { ActiveConnectionProvider } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { mockDb } from '@/testing/mock-db';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import type { Trigger } from '../api/types';
import { TriggersTab } from './triggers-tab';

const TRIGGERS = '/api/connections/:c/v2/:p/fgs/triggers/:urn';

function setup(initial: Trigger[]) {
  const connection = mockDb.connections[0];
  if (!connection) throw new Error('no connection');
  let triggers = [...initial];
  const requests: { method: string; url: string; body: unknown }[] = [];
  server.use(
    http.get(TRIGGERS, () => HttpResponse.json(triggers)),
    http.post(TRIGGERS, async ({ request }) => {
      const body = (await request.json()) as Trigger;
      requests.push({ method: 'POST', url: request.url, body });
      const created: Trigger = {
        ...body,
        trigger_id: 'apig-1',
        event_data: { ...body.event_data, invoke_url: 'http://127.0.0.1:18080/apig/p/default/hello/hello' },
      };
      triggers = [...triggers, created];
      return HttpResponse.json(created, { status: 201 });
    }),
    http.put(`${TRIGGERS}/:type/:id`, async ({ request, params }) => {
      const body = (await request.json()) as Partial<Trigger>;
      requests.push({ method: 'PUT', url: request.url, body });
      triggers = triggers.map((t) => (t.trigger_id === params.id ? { ...t, ...body } : t));
      return HttpResponse.json(triggers.find((t) => t.trigger_id === params.id));
    }),
    http.delete(TRIGGERS, ({ request }) => {
      requests.push({ method: 'DELETE', url: request.url, body: null });
      triggers = [];
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const urn = `urn:fss:${connection.region}:${connection.projectId}:function:default:hello`;
  const fn: FunctionRef = {
    connectionId: connection.id,
    package: 'default',
    name: 'hello',
    qualifier: { raw: 'latest', kind: 'latest', name: 'latest' },
    urn: `${urn}:latest`,
    unqualifiedUrn: urn,
  };
  const view = renderWithProviders(
    <ActiveConnectionProvider connection={connection}>
      <TriggersTab fn={fn} />
    </ActiveConnectionProvider>,
  );
  return { ...view, requests };
}

const timer: Trigger = {
  trigger_id: 't1',
  trigger_type_code: 'TIMER',
  trigger_status: 'ACTIVE',
  event_data: { name: 'nightly', schedule_type: 'Cron', schedule: '0 0 2 * * *' },
  created_time: '2026-01-01 00:00:00',
  last_updated_time: '2026-01-01 00:00:00',
};

it('lists triggers and disables one with trigger_status DISABLED', async () => {
  const { user, requests } = setup([timer]);
  const row = await screen.findByRole('row', { name: /nightly/ });
  expect(within(row).getByText('Cron 0 0 2 * * *')).toBeInTheDocument();
  expect(within(row).getByText('Enabled')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Actions for trigger nightly' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
  expect(await within(row).findByText('Disabled')).toBeInTheDocument();
  expect(requests).toEqual([
    expect.objectContaining({ method: 'PUT', body: { trigger_status: 'DISABLED' } }),
  ]);
  expect(requests[0]?.url).toMatch(/\/TIMER\/t1$/);
});

it('shows the APIG invoke URL with a copy button after creating', async () => {
  const { user, requests } = setup([]);
  await user.click((await screen.findAllByRole('button', { name: 'Create Trigger' }))[0] as HTMLElement);
  await user.selectOptions(screen.getByLabelText('Trigger type'), 'API Gateway (APIG)');
  await user.click(screen.getByRole('button', { name: 'Create' }));
  expect(await screen.findByLabelText('Invoke URL')).toHaveTextContent(
    'http://127.0.0.1:18080/apig/p/default/hello/hello',
  );
  expect(screen.getByRole('button', { name: 'Copy URL' })).toBeInTheDocument();
  expect(requests[0]?.body).toMatchObject({
    trigger_type_code: 'APIG',
    trigger_status: 'ACTIVE',
    event_data: { path: '/hello', req_method: 'ANY', auth: 'NONE', func_info: { timeout: 5000 } },
  });
  // The APIG form renders many fields; jsdom is slow on a shared machine.
}, 20_000);

it('deletes all triggers only after confirming', async () => {
  const { user, requests } = setup([timer]);
  await screen.findByRole('row', { name: /nightly/ });
  await user.click(screen.getByRole('button', { name: 'Delete all' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete all triggers' });
  expect(dialog).toHaveTextContent('Delete all 1 triggers of latest?');
  expect(requests).toEqual([]);
  await user.click(within(dialog).getByRole('button', { name: 'Delete all triggers' }));
  expect(await screen.findByText(/No triggers yet/)).toBeInTheDocument();
  expect(requests.map((r) => r.method)).toEqual(['DELETE']);
});
