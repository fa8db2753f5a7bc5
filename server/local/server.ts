/**
 * Starts the local FunctionGraph on its loopback port.
 *
 * @example
 * const fg = await startLocalFunctionGraph(resolveLocalSettings());
 * console.log(fg.endpoint); // http://127.0.0.1:18080
 * await fg.close();
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createLocalApp } from './app';
import { seedDemoData } from './demo-data';
import { createLocalDeps } from './deps';
import { closeExecution, configureExecution, execution } from './execution';
import type { ExecutionOptions } from './execution';
import type { LocalDeps } from './deps';
import type { LocalSettings } from './settings';

export interface RunningLocalFunctionGraph {
  endpoint: string;
  port: number;
  settings: LocalSettings;
  deps: LocalDeps;
  close: () => Promise<void>;
}

export async function startLocalFunctionGraph(
  settings: LocalSettings,
  log: (line: string) => void = (line) => {
    console.error(line);
  },
  executionOptions: ExecutionOptions = {},
): Promise<RunningLocalFunctionGraph> {
  const deps = createLocalDeps(settings, { log });
  configureExecution(deps, executionOptions);
  // Starts the async queue (requests a previous run left behind go on) and the runtime.
  execution(deps);
  const app = createLocalApp({ identity: settings, log, local: deps });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, () => {
      resolve(s);
    });
    s.once('error', (error: Error) => {
      deps.db.close();
      reject(error);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const { n } = deps.db.prepare('SELECT COUNT(*) AS n FROM functions').get() as { n: number };
  seedDemoData(app, { ...settings, port }, n > 0).catch((error: unknown) => {
    log(`demo data: ${error instanceof Error ? error.message : String(error)}`);
  });
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    settings,
    deps,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void closeExecution(deps).finally(() => {
            deps.db.close();
            resolve();
          });
        });
        // Keep-alive clients (the SDK's axios) would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
