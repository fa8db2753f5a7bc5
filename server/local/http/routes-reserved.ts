/**
 * Seed 7.11 reserved instances: `PUT F/reservedinstances` (7.11.2), `GET P/functions/reservedinstanceconfigs`
 * (7.11.1, limit ≤ 500, default 100) and `GET P/functions/reservedinstances` (7.11.3, limit ≤ 400, default 400;
 * note the key `reservedinstances` without underscore). The two GETs are literal segments under
 * `/fgs/functions/`, so this group is registered before the `{function_urn}` routes.
 */
import { z } from 'zod';
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import { reservedRequestSchema } from '../reserved/tactics';
import { requireFunction } from '../store/function-store';
import { reservedStoreFor } from '../store/reserved-store';
import type { ReservedSetting } from '../store/reserved-store';
import { functionUrnParam } from './routes';
import { parseJsonBody, parseQuery } from './validation';

const P = '/v2/:project_id/fgs/functions';
const digits = z.string().regex(/^\d{1,9}$/);

const configsQuery = z.object({
  function_urn: z.string().max(512).optional(),
  marker: digits.optional(),
  limit: digits.optional(),
});
const countsQuery = z.object({
  urn: z.string().max(512).optional(),
  marker: digits.optional(),
  limit: digits.optional(),
});

function page<T>(
  items: T[],
  markerText: string | undefined,
  limitText: string | undefined,
  max: number,
  fallback: number,
) {
  const marker = Number(markerText ?? '0');
  const limit = Math.min(Number(limitText ?? String(fallback)) || fallback, max);
  const slice = items.slice(marker, marker + limit);
  return {
    slice,
    page_info: {
      next_marker: marker + slice.length,
      previous_marker: Math.max(0, marker - limit),
      current_count: slice.length,
    },
    count: items.length,
  };
}

export function registerReservedRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = reservedStoreFor(deps);

  /** Settings selected by an optional URN filter: qualified → that qualifier; unqualified → the function. */
  function select(urn: string | undefined): ReservedSetting[] {
    if (urn === undefined || urn === '') return store.all();
    const resolved = requireFunction(deps, urn);
    const settings = store.ofFunction(resolved.func.id);
    if (resolved.urn.qualifier === undefined) return settings;
    const qualifier = resolved.alias ? `!${resolved.alias.name}` : resolved.version.version;
    return settings.filter((s) => s.qualifier === qualifier);
  }

  const urnOf = (setting: ReservedSetting) => {
    const func = deps.functions.byId(setting.functionId);
    return func ? formatFunctionUrn(deps.functions.functionIdentity(func), setting.qualifier) : '';
  };

  app.get(`${P}/reservedinstanceconfigs`, (c) => {
    const query = parseQuery(c, configsQuery);
    const { slice, page_info, count } = page(select(query.function_urn), query.marker, query.limit, 500, 100);
    return c.json({
      reserved_instances: slice.map((s) => ({
        function_urn: urnOf(s),
        qualifier_type: s.qualifier.startsWith('!') ? 'alias' : 'version',
        qualifier_name: s.qualifier.replace(/^!/, ''),
        min_count: s.count,
        idle_mode: s.idleMode,
        tactics_config: s.tactics ?? { cron_configs: [], metric_configs: [] },
      })),
      page_info,
      count,
    });
  });

  app.get(`${P}/reservedinstances`, (c) => {
    const query = parseQuery(c, countsQuery);
    const { slice, page_info, count } = page(select(query.urn), query.marker, query.limit, 400, 400);
    return c.json({
      reservedinstances: slice.map((s) => ({ func_urn: urnOf(s), count: s.count })),
      page_info,
      count,
    });
  });

  app.put(`${P}/:function_urn/reservedinstances`, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, reservedRequestSchema, { count: 'FSS.0400' });
    const setting = store.set(resolved, body);
    return c.json({
      count: setting.count,
      idle_mode: setting.idleMode,
      tactics_config: setting.tactics ?? { cron_configs: [], metric_configs: [] },
    });
  });
}
