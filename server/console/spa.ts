/**
 * Hosting the SPA: built files from dist/ (hashed assets cached forever, index.html for client routes),
 * or, in development, Vite's dev server in middleware mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handler } from 'hono';
import { matchRoutePreload, preloadLinks, withRoutePreloads } from './route-preloads';
import type { Manifest, RoutePreload } from './route-preloads';

const HTML_TYPE = 'text/html; charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': HTML_TYPE,
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function readManifest(root: string): Manifest {
  const file = path.join(root, '.vite/manifest.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : {};
}

/**
 * Data the page needs before anything else (the connection list), written into index.html as a JSON block so
 * the first load does not wait a round trip for it: `<` is escaped, so no value can close the element. A JSON
 * block is not executed, so the page's Content-Security-Policy (script-src 'self') is unaffected.
 */
export function bootstrapTag(data: unknown): string {
  return `<script type="application/json" id="fg-bootstrap">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Serves dist/: a file if it exists, else index.html (client-side routes) with preload tags for the chunks of
 * the page the URL opens (route-preloads.ts) and, when given, the bootstrap data (read by the SPA at start).
 */
export function staticSpa(distDir: string, options: { bootstrap?: unknown } = {}): Handler {
  const root = path.resolve(distDir);
  const index = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const manifest = readManifest(root);
  const pages = new Map<RoutePreload | undefined, string>();
  const pageFor = (pathname: string) => {
    const route = matchRoutePreload(pathname);
    let html = pages.get(route);
    if (html === undefined) {
      const links = preloadLinks(manifest, route);
      if (options.bootstrap !== undefined) links.unshift(bootstrapTag(options.bootstrap));
      html = withRoutePreloads(index, links);
      pages.set(route, html);
    }
    return html;
  };
  return (c) => {
    const { pathname } = new URL(c.req.url);
    const rel = decodeURIComponent(pathname);
    const file = path.resolve(root, '.' + rel);
    if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const immutable = rel.startsWith('/assets/');
      return new Response(fs.readFileSync(file), {
        headers: {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        },
      });
    }
    return new Response(pageFor(pathname), {
      headers: { 'content-type': HTML_TYPE, 'cache-control': 'no-cache', 'content-security-policy': CSP },
    });
  };
}
