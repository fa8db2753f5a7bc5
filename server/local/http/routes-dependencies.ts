/**
 * Seed 7.3 dependencies. Current API: create a version (7.3.3), list dependencies (7.3.1, latest version of each),
 * list/get/delete versions (7.3.4–7.3.6). Deprecated single-version API (7.3.2, 7.3.7, 7.3.8) and update (7.3.9)
 * work on dependencies with one version (400 FSS.1441 otherwise). All local dependencies are private
 * (`owner` = the account id); `dependency_type=public` lists none.
 */
import { z } from 'zod';
import type { LocalDeps, LocalHono } from '../deps';
import { DEPENDENCY_FIELD_CODES, dependencyRequestSchema } from '../dependencies/dependency-request';
import { dependencyVersionView, legacyDependencyView } from '../dependencies/dependency-view';
import { dependencyStoreFor } from '../store/dependencies-store';
import type { DependencyVersion } from '../store/dependencies-store';
import { parseJsonBody, parseQuery } from './validation';

const P = '/v2/:project_id/fgs/dependencies';
const digits = z.string().regex(/^\d{1,9}$/);

const listQuery = z.object({
  marker: digits.optional(),
  maxitems: digits.optional(),
  limit: digits.optional(),
  ispublic: z.enum(['true', 'false']).optional(),
  dependency_type: z.enum(['public', 'private', 'all']).optional(),
  runtime: z.string().max(64).optional(),
  name: z.string().max(96).optional(),
});
const versionsQuery = z.object({ marker: digits.optional(), maxitems: digits.optional() });

function page<T>(items: T[], marker: string | undefined, size: string | undefined) {
  const start = Number(marker ?? '0');
  const count = Math.min(Number(size ?? '400') || 400, 400);
  const slice = items.slice(start, start + count);
  return { slice, next_marker: start + slice.length, count: items.length };
}

export function registerDependencyRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = dependencyStoreFor(deps);
  const legacy = (v: DependencyVersion) => legacyDependencyView(deps, v);
  const version = (v: DependencyVersion) => dependencyVersionView(deps, v);
  /** A dependency in the list, described by its latest version; `id` is the dependency's (seed T7-41). */
  const listItem = (v: DependencyVersion) => ({
    ...legacy(v),
    version: v.version,
    last_modified: v.last_modified,
  });

  app.get(P, (c) => {
    const query = parseQuery(c, listQuery);
    const wantsPublic = query.dependency_type === 'public' || query.ispublic === 'true';
    const items = wantsPublic
      ? []
      : store
          .latestPerDependency()
          .filter(
            (v) =>
              (!query.runtime || v.runtime === query.runtime) && (!query.name || v.name.includes(query.name)),
          );
    const { slice, next_marker, count } = page(items, query.marker, query.maxitems ?? query.limit);
    return c.json({ dependencies: slice.map(listItem), next_marker, count });
  });

  app.post(P, async (c) => {
    const body = await parseJsonBody(c, dependencyRequestSchema, DEPENDENCY_FIELD_CODES);
    return c.json(legacy(store.createVersion(body, { mustBeNew: true })));
  });

  app.post(`${P}/version`, async (c) => {
    const body = await parseJsonBody(c, dependencyRequestSchema, DEPENDENCY_FIELD_CODES);
    return c.json(version(store.createVersion(body)));
  });

  app.get(`${P}/:depend_id/version`, (c) => {
    const query = parseQuery(c, versionsQuery);
    const { slice, next_marker, count } = page(
      store.versionsOf(c.req.param('depend_id')),
      query.marker,
      query.maxitems,
    );
    return c.json({
      dependencies: slice.map((v) => ({ ...version(v), is_shared: false })),
      next_marker,
      count,
    });
  });

  app.get(`${P}/:depend_id/version/:version`, (c) => {
    const v = store.getVersion(c.req.param('depend_id'), c.req.param('version'));
    return c.json({ ...version(v), download_link: v.link, is_shared: false });
  });

  app.delete(`${P}/:depend_id/version/:version`, (c) => {
    store.deleteVersion(c.req.param('depend_id'), c.req.param('version'));
    return c.body(null, 204);
  });

  app.get(`${P}/:depend_id`, (c) => {
    const versions = store.versionsOf(c.req.param('depend_id'));
    const latest = versions[versions.length - 1];
    return c.json(latest ? legacy(latest) : null);
  });

  app.put(`${P}/:depend_id`, async (c) => {
    const body = await parseJsonBody(c, dependencyRequestSchema, DEPENDENCY_FIELD_CODES);
    return c.json(legacy(store.updateDependency(c.req.param('depend_id'), body)));
  });

  app.delete(`${P}/:depend_id`, (c) => {
    store.deleteDependency(c.req.param('depend_id'));
    return c.body(null, 204);
  });
}
