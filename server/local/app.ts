/**
 * The local FunctionGraph's HTTP layer as a Hono app with no `listen` (testable with `app.request()`).
 * Every response carries X-Request-Id; every failure is the seed's `{error_code, error_msg}` envelope.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { HttpError } from '../shared/errors';
import { authenticate } from './auth';
import type { AuthOptions } from './auth';
import type { LocalDeps, LocalEnv } from './deps';
import { registerRoutes } from './http/route-groups';

export type { LocalEnv } from './deps';

export interface LocalAppDeps extends AuthOptions {
  log?: (line: string) => void;
  /** The store-backed API (seed chapter 7); without it only authentication and the error envelope exist. */
  local?: LocalDeps;
}

export function createLocalApp(deps: LocalAppDeps): Hono<LocalEnv> {
  const app = new Hono<LocalEnv>();
  app.use('*', async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
    c.header('X-Request-Id', requestId);
  });
  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (error instanceof HttpError) return c.json(error.toEnvelope(requestId), error.status as 400);
    deps.log?.(`local FunctionGraph error ${requestId}: ${error.stack ?? error.message}`);
    return c.json({ error_code: 'FSS.0500', error_msg: 'Internal server error', request_id: requestId }, 500);
  });
  app.notFound((c) => {
    throw new HttpError(404, 'FSS.0404', `No such API: ${c.req.method} ${c.req.path}`);
  });
  app.use('/v2/*', authenticate(deps));
  app.use('/local/*', authenticate(deps));
  if (deps.local) registerRoutes(app, deps.local);
  return app;
}
