/** Versions, seed 7.7.6 (list, marker/maxitems) and 7.7.7 (publish: immutable snapshot of latest's code + config). */
import { z } from 'zod';
import type { LocalDeps, LocalHono } from '../deps';
import { requireFunction } from '../store/function-store';
import { functionView } from './function-view';
import { functionUrnParam } from './routes';
import { markerQuery, pageOf } from './routes-functions';
import { badRequest, parseJsonBody, parseQuery } from './validation';

export const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,41}$/;

const publishSchema = z.object({
  digest: z.string().max(256).optional(),
  version: z
    .string()
    .regex(VERSION_NAME, 'must be 1-42 letters, digits, ., _ or -')
    .refine((v) => v !== 'latest', 'latest is reserved')
    .optional(),
  description: z.string().max(512).optional(),
});

export function registerVersionRoutes(app: LocalHono, deps: LocalDeps): void {
  const path = '/v2/:project_id/fgs/functions/:function_urn/versions';

  app.get(path, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const { offset, limit } = pageOf(parseQuery(c, markerQuery));
    const { count, items } = deps.functions.listVersions(func, offset, limit);
    return c.json({
      versions: items.map((version) => functionView(deps, func, version, 'version')),
      next_marker: offset + items.length,
      count,
    });
  });

  app.post(path, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, publishSchema, { version: 'FSS.1015', description: 'FSS.1019' });
    if (resolved.version.version !== 'latest')
      throw badRequest('FSS.1015', 'Versions are published from latest; use the unqualified or :latest URN.');
    const version = deps.functions.publishVersion(resolved.func, body);
    return c.json(functionView(deps, resolved.func, version, 'publish'));
  });
}
