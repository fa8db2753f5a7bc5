/**
 * Seed 7.15.1–7.15.4 async invoke config: `F/async-invoke-config` (GET, PUT, DELETE) per version or alias, and
 * `F/async-invoke-configs` (list over all versions and aliases, marker/limit with page_info).
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import { asyncConfigRequestSchema } from '../async-config/destination';
import { asyncConfigStoreFor } from '../store/async-config-store';
import type { AsyncConfig } from '../store/async-config-store';
import { requireFunction } from '../store/function-store';
import type { FunctionRow } from '../store/function-schema';
import { qualifierOf } from '../store/triggers-store';
import { functionUrnParam } from './routes';
import { parseJsonBody, parseQuery } from './validation';

const BASE = '/v2/:project_id/fgs/functions/:function_urn';
const FIELD_CODES = {
  max_async_event_age_in_seconds: 'FSS.1081',
  max_async_retry_attempts: 'FSS.1081',
  destination_config: 'FSS.1081',
  enable_async_status_log: 'FSS.1081',
};

/** 7.15.4: limit default 10, > 100 → 100, < 0 → error; marker is a 0-based offset (digest §5.1). */
const listQuery = z.object({
  marker: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  limit: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
});

function configResponse(deps: LocalDeps, func: FunctionRow, config: AsyncConfig) {
  return {
    func_urn: formatFunctionUrn(deps.functions.functionIdentity(func), config.qualifier),
    max_async_event_age_in_seconds: config.maxAgeSeconds,
    max_async_retry_attempts: config.maxRetries,
    ...(config.destinationConfig ? { destination_config: config.destinationConfig } : {}),
    created_time: config.createdTime,
    last_modified: config.lastModified,
    enable_async_status_log: config.enableAsyncStatusLog,
  };
}

const notConfigured = () =>
  new HttpError(404, 'FSS.1086', 'The function async invocation configuration does not exist.');

export function registerAsyncConfigRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = asyncConfigStoreFor(deps);

  app.get(`${BASE}/async-invoke-config`, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const config = store.get(resolved.func.id, qualifierOf(resolved));
    if (!config) throw notConfigured();
    return c.json(configResponse(deps, resolved.func, config));
  });

  app.put(`${BASE}/async-invoke-config`, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, asyncConfigRequestSchema, FIELD_CODES);
    const config = store.put(resolved.func.id, qualifierOf(resolved), body);
    return c.json(configResponse(deps, resolved.func, config));
  });

  app.delete(`${BASE}/async-invoke-config`, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    if (!store.remove(resolved.func.id, qualifierOf(resolved))) throw notConfigured();
    return c.body(null, 204);
  });

  app.get(`${BASE}/async-invoke-configs`, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const query = parseQuery(c, listQuery);
    const marker = Number(query.marker ?? '0');
    const limit = Math.min(Number(query.limit ?? '10') || 10, 100);
    const { items, count } = store.list(func.id, marker, limit);
    return c.json({
      async_invoke_configs: items.map((config) => configResponse(deps, func, config)),
      count,
      page_info: {
        next_marker: marker + items.length,
        previous_marker: Math.max(0, marker - limit),
        current_count: items.length,
      },
    });
  });
}
