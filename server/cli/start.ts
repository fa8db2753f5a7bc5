/**
 * `npm start` (built SPA) and `npm run dev` (Vite HMR): the local FunctionGraph in-process, then the console
 * server on 127.0.0.1 (PORT / HOST override). Prints the URL; never opens a browser.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createConsoleApp } from '../console/app';
import { ConfigError, loadConnections, toPublic } from '../console/config';
import { staticSpa } from '../console/spa';
import { startLocalFunctionGraph } from '../local/server';
import { resolveLocalSettings } from '../local/settings';

const dev = process.argv.includes('--dev');
const root = process.cwd();
const distDir = path.join(root, 'dist');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Builds the SPA when dist/ is missing or older than its sources. */
async function ensureBuilt(): Promise<void> {
  const manifest = path.join(distDir, '.vite/manifest.json');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json']
    .map((p) => path.join(root, p))
    .filter((p) => fs.existsSync(p));
  if (fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= Math.max(...sources.map(newestMtime)))
    return;
  console.log('Building the console (first start or changed sources)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

async function main(): Promise<void> {
  const local = await startLocalFunctionGraph(resolveLocalSettings());
  const connections = loadConnections({ ...local.settings, endpoint: local.endpoint });
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 3000);
  const allowedHosts = (process.env.ALLOWED_HOSTS ?? '').split(',').filter(Boolean);
  if (!['127.0.0.1', 'localhost', '::1'].includes(host) && allowedHosts.length === 0) allowedHosts.push(host);

  let server: http.Server;
  if (dev) {
    const { createServer } = await import('vite');
    const vite = await createServer({ server: { middlewareMode: true }, appType: 'spa' });
    const api = getRequestListener(createConsoleApp({ connections, allowedHosts }).fetch);
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/api/')) void api(req, res);
      else vite.middlewares(req, res);
    });
  } else {
    await ensureBuilt();
    // The connection list (public fields only, as GET /api/connections answers) goes into index.html.
    const spa = staticSpa(distDir, { bootstrap: { connections: connections.map(toPublic) } });
    const app = createConsoleApp({ connections, allowedHosts, spa });
    const listener = getRequestListener(app.fetch);
    server = http.createServer((req, res) => void listener(req, res));
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve();
    });
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(
    `Local FunctionGraph: ${local.endpoint} (project ${local.settings.projectId}, data in ${local.settings.dataDir})`,
  );
  console.log(`FunctionGraph Console ready at http://${shown}:${port}/`);
  const stop = () => {
    server.close();
    void local.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error:\n${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
