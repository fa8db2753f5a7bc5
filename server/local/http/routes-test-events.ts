/**
 * Seed 7.4 Test events: `/v2/{project_id}/fgs/functions/{function_urn}/events[/{event_id}]`. Events belong to
 * the function (any version or alias in the URN addresses the same set). Create answers 200 (not 201).
 */
import { z } from 'zod';
import type { LocalDeps, LocalHono } from '../deps';
import { requireFunction } from '../store/function-store';
import { testEventStoreFor } from '../store/test-events-store';
import { functionUrnParam } from './routes';
import { parseJsonBody } from './validation';

const BASE = '/v2/:project_id/fgs/functions/:function_urn/events';

/** Strict base64 (the seed's content is base64 of a JSON string, e.g. `eyJrIjoidiJ9`). */
const base64 = z
  .string()
  .min(1)
  .max(16384)
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'content must be base64');

/** Seed 7.4.2: letters, digits, `-` and `_`, starting with a letter; ≤ 25 characters as in the Huawei console. */
const eventName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,24}$/, 'name: a letter, then letters, digits, _ or -; max 25');

const createSchema = z.object({ name: eventName, content: base64 });
const updateSchema = z.object({ content: base64 });
const FIELD_CODES = { name: 'FSS.1074', content: 'FSS.1074' };

export function registerTestEventRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = testEventStoreFor(deps);

  app.get(BASE, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const events = store
      .list(func.id)
      .map((e) => ({ id: e.id, name: e.name, last_modified: e.last_modified }));
    return c.json({ events, next_marker: events.length, count: events.length });
  });

  app.post(BASE, async (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, createSchema, FIELD_CODES);
    const event = store.create(func.id, body.name, body.content);
    return c.json({ id: event.id, name: event.name });
  });

  app.get(`${BASE}/:event_id`, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const event = store.get(func.id, c.req.param('event_id'));
    return c.json({
      id: event.id,
      name: event.name,
      content: event.content,
      last_modified: event.last_modified,
    });
  });

  app.put(`${BASE}/:event_id`, async (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, updateSchema, FIELD_CODES);
    const event = store.update(func.id, c.req.param('event_id'), body.content);
    return c.json({ id: event.id, name: event.name });
  });

  app.delete(`${BASE}/:event_id`, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    store.remove(func.id, c.req.param('event_id'));
    return c.body(null, 204);
  });
}
