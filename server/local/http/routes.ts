/**
 * Routing helpers of the local FunctionGraph. Each seed group lives in `http/routes-<group>.ts` and exports
 * `register<Group>Routes(app, deps)`; add it to LITERAL_GROUPS or URN_GROUPS in `http/route-groups.ts`
 * (kept apart from this file so that group files can import these helpers without an import cycle).
 *
 * Order matters: Hono runs matching handlers in registration order, so groups owning a **literal** segment where
 * `{function_urn}` may also match (`/fgs/functions/statistics`, `/reservedinstances`, `/reservedinstanceconfigs`,
 * `/import`, `/enable-lts-logs`, `/enable-async-status-logs`, `/async-status-log-detail`, api-digest §1.1) go into
 * LITERAL_GROUPS, which are registered before the URN routes. In addition `functionUrnParam` refuses those
 * literals as URNs, so a literal never reaches a URN handler even for a method the literal group lacks.
 *
 * @example
 * // server/local/http/routes-triggers.ts
 * export function registerTriggerRoutes(app: LocalHono, deps: LocalDeps): void {
 *   app.get('/v2/:project_id/fgs/triggers/:function_urn', (c) => {
 *     const { func, version } = requireFunction(deps, functionUrnParam(c));
 *     ...
 *   });
 * }
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';

/** Literal path segments that share the `{function_urn}` slot under `/fgs/functions/` (api-digest §1.1). */
export const FUNCTION_LITERAL_SEGMENTS: ReadonlySet<string> = new Set([
  'statistics',
  'reservedinstanceconfigs',
  'reservedinstances',
  'async-status-log-detail',
  'import',
  'enable-lts-logs',
  'enable-async-status-logs',
]);

/** The path's project id must be this server's (seed 4.1: the token's project scopes everything). */
export function projectGuard(deps: LocalDeps): MiddlewareHandler {
  return async (c, next) => {
    checkProject(deps, c.req.param('project_id'));
    await next();
  };
}

export function checkProject(deps: LocalDeps, projectId: string | undefined): void {
  if (projectId !== deps.settings.projectId)
    throw new HttpError(
      403,
      'FSS.0403',
      `Forbidden. Project ${String(projectId).slice(0, 64)} is not served here; this local FunctionGraph serves project ${deps.settings.projectId}.`,
    );
}

/** The decoded `{function_urn}` / `{func_urn}` path parameter; literal segments are never function URNs. */
export function functionUrnParam(c: Context, name = 'function_urn'): string {
  const value = c.req.param(name) ?? '';
  if (FUNCTION_LITERAL_SEGMENTS.has(value))
    throw new HttpError(404, 'FSS.0404', `No such API: ${c.req.method} ${c.req.path}`);
  return value;
}
