/**
 * The local FunctionGraph's HTTP layer as a Hono app with no `listen` (testable with `app.request()`).
 * Every response carries X-Request-Id; every failure is the seed's `{error_code, error_msg}` envelope.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../shared/errors';
import { hostAllowed } from '../shared/hosts';
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

/** Largest request body accepted (413 FSS.0413 above). */
export const MAX_REQUEST_BYTES = 80 * 1024 * 1024;

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
  const allowedHosts = allowedHostsFor(deps.local);
  app.use('*', async (c, next) => {
    checkHost(c.req.header('host'), allowedHosts);
    await next();
  });
  app.notFound((c) => {
    throw new HttpError(404, 'FSS.0404', `No such API: ${c.req.method} ${c.req.path}`);
  });
  // Before authentication (which reads the whole body): a 50 MB package is ~67 MB as base64 JSON (seed 9.2 FSS.1071).
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_REQUEST_BYTES,
      onError: () => {
        throw new HttpError(
          413,
          'FSS.0413',
          `The request body is too large (limit ${String(MAX_REQUEST_BYTES)} bytes).`,
        );
      },
    }),
  );
  app.use('/v2/*', authenticate(deps));
  app.use('/local/*', authenticate(deps));
  if (deps.local) registerRoutes(app, deps.local);
  return app;
}

/** Host names accepted besides loopback: the bind address, when the server was deliberately bound elsewhere. */
export function allowedHostsFor(local: LocalDeps | undefined): string[] {
  return local && !['127.0.0.1', 'localhost', '::1'].includes(local.settings.host)
    ? [local.settings.host]
    : [];
}

/** DNS rebinding would otherwise let any web page call the API and the gateway (which runs user functions). */
export function checkHost(hostHeader: string | undefined, allowedHosts: readonly string[]): void {
  if (!hostAllowed(hostHeader, { allowedHosts })) {
    throw new HttpError(
      403,
      'FSS.0403',
      'Host not allowed: the local FunctionGraph answers loopback names only',
    );
  }
}
