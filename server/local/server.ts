/**
 * Starts the local FunctionGraph on its loopback port.
 *
 * @example
 * const fg = await startLocalFunctionGraph(resolveLocalSettings());
 * console.log(fg.endpoint); // http://127.0.0.1:18080
 * await fg.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { allowedHostsFor, createLocalApp } from './app';
import { seedDemoData } from './demo-data';
import { createLocalDeps } from './deps';
import { createFastInvoke } from './http/fast-invoke';
import { attachRawLane } from './http/raw-lane';
import { closeExecution, configureExecution, execution } from './execution';
import { startBlobSweeper } from './store/blob-sweeper';
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
  const stopSweeper = startBlobSweeper(deps);
  const app = createLocalApp({ identity: settings, log, local: deps });
  // Sync invocations take the raw lane, or the lean node:http path on a connection the lane has handed over;
  // everything else (and any invocation they decline) is Hono's.
  const fast = createFastInvoke(deps, { identity: settings }, allowedHostsFor(deps), log);
  const hono = getRequestListener(app.fetch);
  const server = createServer((req, res) => {
    if (!fast.node(req, res)) void hono(req, res);
  });
  const lane = settings.rawLane ? attachRawLane(server, fast.take, log) : undefined;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: Error) => {
      deps.db.close();
      reject(error);
    });
    server.listen(settings.port, settings.host, resolve);
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
        stopSweeper();
        server.close(() => {
          void closeExecution(deps).finally(() => {
            deps.db.close();
            resolve();
          });
        });
        // Keep-alive clients (the SDK's axios) would hold close() open.
        server.closeAllConnections();
        lane?.closeAll();
      }),
  };
}
