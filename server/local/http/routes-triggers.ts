/**
 * Seed 7.13 Triggers: `/v2/{project_id}/fgs/triggers/{function_urn}[/{trigger_type_code}/{trigger_id}]`.
 * Create answers 201 (the only 201 in 7.1–7.13); list is a bare array; deletes answer 204.
 *
 * API gateway triggers (APIG, DEDICATEDGATEWAY, APIC) answer with the local gateway's `invoke_url`:
 * `http://<host:port of this server>/apig/<project_id>/<package>/<function><path>` (the gateway route itself
 * lives elsewhere; the URL uses the host the client reached this server on).
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import { requireFunction } from '../store/function-store';
import type { ResolvedFunction } from '../store/function-store';
import { qualifierOf, triggerStoreFor } from '../store/triggers-store';
import type { StoredTrigger } from '../store/triggers-store';
import { GATEWAY_TYPES, isTriggerTypeCode } from '../triggers/trigger-types';
import type { TriggerTypeCode } from '../triggers/trigger-types';
import { functionUrnParam } from './routes';
import { parseJsonBody } from './validation';

const BASE = '/v2/:project_id/fgs/triggers/:function_urn';

/** Chapter 2.2 spells Kafka in lower case (digest §7 #20); accept it for the documented enum value. */
const typeCode = z
  .string()
  .transform((v) => (v === 'kafka' ? 'KAFKA' : v))
  .refine(isTriggerTypeCode, { error: 'unknown trigger_type_code', params: { fss: 'FSS.1101' } });

const createSchema = z.object({
  trigger_type_code: typeCode,
  trigger_status: z.enum(['ACTIVE', 'DISABLED']).optional(),
  event_type_code: z.string().max(128).optional(),
  // Optional here so a missing event_data is reported with the type's own code by parseEventData.
  event_data: z.unknown().optional(),
});

const updateSchema = z.object({
  trigger_status: z.enum(['ACTIVE', 'DISABLED']).optional(),
  event_data: z.unknown().optional(),
});

const FIELD_CODES = {
  trigger_type_code: 'FSS.1101',
  trigger_status: 'FSS.0400',
  event_type_code: 'FSS.0400',
};

/** Base URL of the local API gateway as seen by the caller. */
function gatewayOrigin(c: Context): string {
  return `http://${new URL(c.req.url).host}`;
}

const hex32 = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 32);

function triggerResponse(
  trigger: StoredTrigger,
  resolved: ResolvedFunction,
  deps: LocalDeps,
  origin: string,
) {
  let eventData = trigger.eventData;
  if (GATEWAY_TYPES.has(trigger.type)) {
    const identity = deps.functions.functionIdentity(resolved.func);
    const path = String(eventData.path);
    const funcInfo = (eventData.func_info ?? {}) as Record<string, unknown>;
    eventData = {
      ...eventData,
      triggerid: trigger.id,
      api_id: hex32(`api:${trigger.id}`),
      api_name: eventData.name ?? `API_${resolved.func.name}`,
      name: eventData.name ?? `API_${resolved.func.name}`,
      group_name: eventData.group_name ?? `APIGroup_${String(eventData.group_id).slice(0, 8)}`,
      backend_type: 'FUNCTION',
      invoke_url: `${origin}/apig/${deps.settings.projectId}/${resolved.func.package}/${resolved.func.name}${path}`,
      func_info: {
        function_urn: formatFunctionUrn(identity),
        invocation_type: funcInfo.invocation_type ?? 'sync',
        timeout: funcInfo.timeout,
        version: trigger.qualifier.replace(/^!/, ''),
      },
    };
  } else if (trigger.type === 'SMN') {
    // Chapter 2.2 (out) field; a local subscription needs no confirmation.
    eventData = { ...eventData, subscription_status: 'Confirmed' };
  }
  return {
    trigger_id: trigger.id,
    trigger_type_code: trigger.type,
    trigger_status: trigger.status,
    ...(trigger.eventTypeCode === undefined ? {} : { event_type_code: trigger.eventTypeCode }),
    event_data: eventData,
    last_updated_time: trigger.lastUpdatedTime,
    created_time: trigger.createdTime,
  };
}

/** Path `{trigger_type_code}`: 404 FSS.1137 "Invalid trigger type" (9.2) when unknown. */
function typeParam(c: Context): TriggerTypeCode {
  const value = c.req.param('trigger_type_code') ?? '';
  if (!isTriggerTypeCode(value))
    throw new HttpError(404, 'FSS.1137', `Invalid trigger type: ${value.slice(0, 64)}`);
  return value;
}

export function registerTriggerRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = triggerStoreFor(deps);

  app.get(BASE, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const qualifier = resolved.urn.qualifier === undefined ? undefined : qualifierOf(resolved);
    const origin = gatewayOrigin(c);
    return c.json(
      store.list(resolved.func.id, qualifier).map((t) => triggerResponse(t, resolved, deps, origin)),
    );
  });

  app.post(BASE, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, createSchema, FIELD_CODES);
    const trigger = store.create(resolved.func.id, qualifierOf(resolved), {
      type: body.trigger_type_code,
      status: body.trigger_status,
      ...(body.event_type_code === undefined ? {} : { eventTypeCode: body.event_type_code }),
      eventData: body.event_data,
    });
    return c.json(triggerResponse(trigger, resolved, deps, gatewayOrigin(c)), 201);
  });

  app.delete(BASE, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    store.removeAll(
      resolved.func.id,
      resolved.urn.qualifier === undefined ? undefined : qualifierOf(resolved),
    );
    return c.body(null, 204);
  });

  app.get(`${BASE}/:trigger_type_code/:trigger_id`, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const trigger = store.get(resolved.func.id, typeParam(c), c.req.param('trigger_id'));
    return c.json(triggerResponse(trigger, resolved, deps, gatewayOrigin(c)));
  });

  app.put(`${BASE}/:trigger_type_code/:trigger_id`, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const type = typeParam(c);
    const body = await parseJsonBody(c, updateSchema, FIELD_CODES);
    const trigger = store.update(resolved.func.id, type, c.req.param('trigger_id'), {
      ...(body.trigger_status === undefined ? {} : { status: body.trigger_status }),
      ...(body.event_data === undefined ? {} : { eventData: body.event_data }),
    });
    return c.json(triggerResponse(trigger, resolved, deps, gatewayOrigin(c)));
  });

  app.delete(`${BASE}/:trigger_type_code/:trigger_id`, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    store.remove(resolved.func.id, typeParam(c), c.req.param('trigger_id'));
    return c.body(null, 204);
  });
}
