/**
 * Function lifecycle, seed 7.6.1 (list), 7.6.2 (create), 7.6.3 (delete function or version), 7.6.19 (pin).
 */
import { requireDependencyVersions } from '../dependencies/dependency-view';
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import type { LocalDeps, LocalHono } from '../deps';
import { requireFunction } from '../store/function-store';
import type { FunctionConfig } from '../store/function-types';
import { prepareCode } from './code-package';
import { LOCAL_QUOTAS } from '../quotas/local-quotas';
import { createFunctionSchema } from './function-schemas';
import type { CreateFunctionRequest } from './function-schemas';
import { functionView } from './function-view';
import { functionUrnParam } from './routes';
import { parseJsonBody, parseQuery } from './validation';

/** seed 7.6.1 / api-digest §5.1: marker = 0-based offset; maxitems ≤ 400 (0, absent or > 400 → 400). */
export const markerQuery = z.object({
  marker: z
    .string()
    .regex(/^\d{1,9}$/, 'marker must be a non-negative integer')
    .optional(),
  maxitems: z
    .string()
    .regex(/^\d{1,9}$/, 'maxitems must be a non-negative integer')
    .optional(),
});

export function pageOf(query: { marker?: string | undefined; maxitems?: string | undefined }, max = 400) {
  const offset = Number(query.marker ?? '0');
  const requested = Number(query.maxitems ?? String(max));
  return { offset, limit: requested === 0 || requested > max ? max : requested };
}

const listQuery = markerQuery.extend({
  package_name: z.string().max(64).optional(),
  func_name: z.string().max(60).optional(),
});

/** The stored config of a create request: seed defaults filled in (api-digest §2.2; type defaults to v2). */
export function configFromCreate(body: CreateFunctionRequest): FunctionConfig {
  const {
    func_name: _name,
    package: _package,
    code_type: _codeType,
    code_url: _codeUrl,
    code_filename: _codeFilename,
    func_code: _funcCode,
    ...rest
  } = body;
  return {
    ...rest,
    type: body.type ?? 'v2',
    enterprise_project_id: body.enterprise_project_id ?? '0',
    strategy_config: { concurrency: -1, concurrent_num: 1 },
  };
}

export function registerFunctionRoutes(app: LocalHono, deps: LocalDeps): void {
  const base = '/v2/:project_id/fgs/functions';

  app.get(base, (c) => {
    const query = parseQuery(c, listQuery);
    const { offset, limit } = pageOf(query);
    const { count, items } = deps.functions.listFunctions({
      offset,
      limit,
      packageName: query.package_name,
      funcName: query.func_name,
    });
    return c.json({
      functions: items.map(({ func, version }) => functionView(deps, func, version, 'list')),
      next_marker: offset + items.length,
      count,
    });
  });

  app.post(base, async (c) => {
    const body = await parseJsonBody(c, createFunctionSchema);
    if (deps.functions.find(body.package, body.func_name))
      throw new HttpError(409, 'FSS.1061', `The function already exists: ${body.package}:${body.func_name}`);
    const { n } = deps.db.prepare('SELECT COUNT(*) AS n FROM functions').get() as { n: number };
    requireDependencyVersions(deps, body.depend_version_list);
    if (n >= LOCAL_QUOTAS.fgs_func_num) {
      throw new HttpError(
        403,
        'FSS.1041',
        `The number of functions exceeds the maximum allowed limit (${LOCAL_QUOTAS.fgs_func_num}).`,
      );
    }
    const code = await prepareCode(
      deps,
      {
        // seed 7.6.2's image example sends code_type obs + code_url with custom_image: the image is the code.
        codeType:
          body.runtime === 'Custom Image' ? 'Custom-Image-Swr' : (body.code_type ?? 'Custom-Image-Swr'),
        codeUrl: body.code_url,
        codeFilename: body.code_filename,
        file: body.func_code?.file,
      },
      body,
    );
    const { func, version } = deps.functions.createFunction({
      package: body.package,
      name: body.func_name,
      config: configFromCreate(body),
      code,
    });
    return c.json(functionView(deps, func, version, 'create'), 200);
  });

  // seed 7.6.3: unqualified URN → whole function; version/alias URN → that version only.
  app.delete(`${base}/:function_urn`, (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    if (resolved.urn.qualifier === undefined) deps.functions.deleteFunction(resolved.func);
    else deps.functions.deleteVersion(resolved.func, resolved.version.version);
    return c.body(null, 204);
  });

  // seed 7.6.19 (example typo `collect>true`, api-digest §7 #4).
  app.put(`${base}/:func_urn/collect/:state`, (c) => {
    const state = c.req.param('state');
    if (state !== 'true' && state !== 'false')
      throw new HttpError(400, 'FSS.0400', 'Invalid parameter. state must be true or false.');
    const { func } = requireFunction(deps, functionUrnParam(c, 'func_urn'));
    deps.functions.setPinned(func, state === 'true');
    return c.body(null, 200);
  });
}
