/**
 * The console server as a Hono app with no `listen`: connections, the fetch proxy and (optionally) the SPA.
 *
 * @example
 * const app = createConsoleApp({ connections });
 * const res = await app.request('/api/connections', { headers: { host: '127.0.0.1:3000' } });
 */
import { Hono } from 'hono';
import type { Handler } from 'hono';
import { HttpError } from '../shared/errors';
import { toPublic } from './config';
import type { Connection } from './config';
import { createProxyHandler } from './proxy';
import type { ProxyOptions } from './proxy';
import { requestGuard } from './security';
import type { HostPolicy } from './security';

export interface ConsoleAppOptions extends HostPolicy, Omit<ProxyOptions, 'connections'> {
  connections: readonly Connection[];
  /** Serves the SPA (static files or Vite) for everything outside /api. */
  spa?: Handler;
  log?: (line: string) => void;
}

export function createConsoleApp(options: ConsoleAppOptions): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return c.json(error.toEnvelope(), error.status as 400);
    }
    options.log?.(`console server error: ${error.message}`);
    return c.json({ error_code: 'FGC.0500', error_msg: 'Internal error in the console server' }, 500);
  });
  app.notFound((c) => c.json({ error_code: 'FGC.0404', error_msg: `No route for ${c.req.path}` }, 404));

  app.use('*', requestGuard(options));
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
  });

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/connections', (c) => c.json({ connections: options.connections.map(toPublic) }));
  app.all('/api/connections/:id/*', createProxyHandler(options));
  app.all('/api/*', () => {
    throw new HttpError(404, 'FGC.0404', 'Unknown console API route');
  });
  if (options.spa) app.get('*', options.spa);
  return app;
}
