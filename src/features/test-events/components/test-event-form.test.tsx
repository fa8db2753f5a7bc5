import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/render';
import { decodeEventContent } from '../utils/event-content';
import { TestEventForm } from './test-event-form';

const scope = { connectionId: 'local', projectId: 'p1' };
const urn = 'urn:fss:local-1:p1:function:default:fn:latest';
const eventsUrl = `/api/connections/local/v2/p1/fgs/functions/${encodeURIComponent(urn)}/events`;

function renderForm(props: Partial<Parameters<typeof TestEventForm>[0]> = {}) {
  const onSaved = vi.fn();
  const view = renderWithProviders(
    <TestEventForm
      scope={scope}
      urn={urn}
      existingNames={['taken']}
      onClose={vi.fn()}
      onSaved={onSaved}
      {...props}
    />,
  );
  return { ...view, onSaved };
}

describe('TestEventForm', () => {
  it('creates an event from a trigger template: name + base64 of the JSON body (seed 7.4.2)', async () => {
    let sent: { name: string; content: string } | undefined;
    server.use(
      http.post(eventsUrl, async ({ request }) => {
        sent = (await request.json()) as { name: string; content: string };
        return HttpResponse.json({ id: 'ev-1', name: sent.name });
      }),
    );
    const { user, onSaved } = renderForm();
    await user.selectOptions(await screen.findByLabelText('Event Template'), 'APIG');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Event data').value).toContain('"httpMethod": "GET"');
    await user.type(screen.getByLabelText(/^Event Name/), 'apig-get');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith({ id: 'ev-1', name: 'apig-get' });
    });
    expect(sent?.name).toBe('apig-get');
    expect(JSON.parse(decodeEventContent(sent?.content ?? ''))).toMatchObject({ httpMethod: 'GET' });
  });

  it('refuses an invalid name, a duplicate and invalid JSON before sending anything', async () => {
    const { user, onSaved } = renderForm();
    const name = await screen.findByLabelText(/^Event Name/);
    await user.type(name, '1bad');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/a letter first, then letters, digits/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'taken');
    expect(screen.getByText('An event with this name already exists.')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'fine');
    const body = screen.getByLabelText('Event data');
    await user.clear(body);
    await user.type(body, 'not json');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('The event data must be valid JSON.')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled(); // MSW fails the test on any unhandled request
  });

  it('edits only the content of a saved event (its name cannot change, seed 7.4.5)', async () => {
    let sent: unknown;
    server.use(
      http.put(`${eventsUrl}/ev-9`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ id: 'ev-9', name: 'saved' });
      }),
    );
    const { user, onSaved } = renderForm({ editing: { id: 'ev-9', name: 'saved' }, initialBody: '{"a":1}' });
    expect(await screen.findByRole('dialog', { name: 'Edit saved test event' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Event Name/)).not.toBeInTheDocument();
    const body = screen.getByLabelText('Event data');
    await user.clear(body);
    await user.type(body, '{{"a":2}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith({ id: 'ev-9', name: 'saved' });
    });
    expect(Object.keys(sent as object)).toEqual(['content']);
    expect(decodeEventContent((sent as { content: string }).content)).toBe('{"a":2}');
  });

  it('shows the server’s refusal next to the form and keeps the values', async () => {
    server.use(
      http.post(eventsUrl, () =>
        HttpResponse.json({ error_code: 'FSS.1068', error_msg: 'too many events' }, { status: 403 }),
      ),
    );
    const { user, onSaved } = renderForm();
    await user.type(await screen.findByLabelText(/^Event Name/), 'eleventh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('FSS.1068: too many events');
    expect(screen.getByLabelText(/^Event Name/)).toHaveValue('eleventh');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
