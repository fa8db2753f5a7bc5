import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticSpa } from './spa';

const INDEX = `<!doctype html>
<html>
  <head>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>
  <body></body>
</html>`;

const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', isEntry: true },
  '_monaco-1.js': { file: 'assets/monaco-1.js' },
  'src/app/routes/function-detail.tsx': { file: 'assets/function-detail-1.js' },
  'src/app/routes/function-tab-routes.ts': { file: 'assets/function-tab-routes-1.js' },
  'src/app/routes/function-code.tsx': { file: 'assets/function-code-1.js' },
  'src/components/code-editor/code-editor-impl.tsx': {
    file: 'assets/code-editor-impl-1.js',
    imports: ['_monaco-1.js'],
  },
};

describe('staticSpa', () => {
  let dist = '';
  let app: Hono;

  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.mkdirSync(path.join(dist, '.vite'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(MANIFEST));
    fs.writeFileSync(path.join(dist, 'assets/index-1.js'), 'export {};');
    app = new Hono();
    app.get('*', staticSpa(dist));
  });

  afterAll(() => {
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("answers the Code tab's URL with index.html naming its chunks and Monaco's", async () => {
    const res = await app.request('/c/local/functions/default/hello/code');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    for (const file of [
      'function-detail-1',
      'function-tab-routes-1',
      'code-editor-impl-1',
      'monaco-1',
      'function-code-1',
    ])
      expect(html).toContain(`<link rel="modulepreload" crossorigin href="/assets/${file}.js">`);
    expect(html.indexOf('monaco-1.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('answers / and unknown client routes with index.html as built (no Monaco)', async () => {
    for (const url of ['/', '/c/local', '/some/where']) {
      const res = await app.request(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets with immutable caching', async () => {
    const res = await app.request('/assets/index-1.js');
    expect(await res.text()).toBe('export {};');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('still serves index.html when the build has no manifest', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-'));
    try {
      fs.writeFileSync(path.join(bare, 'index.html'), INDEX);
      const plain = new Hono();
      plain.get('*', staticSpa(bare));
      expect(await (await plain.request('/c/local/functions/default/hello/code')).text()).toBe(INDEX);
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it('writes the bootstrap data into every page as an inert JSON block no value can break out of', async () => {
    const data = {
      connections: [{ id: 'local', name: '</script><script>alert(1)</script>', projectId: 'p' }],
    };
    const withData = new Hono();
    withData.get('*', staticSpa(dist, { bootstrap: data }));
    for (const url of ['/', '/c/local/functions/default/hello/code']) {
      const html = await (await withData.request(url)).text();
      const m = /<script type="application\/json" id="fg-bootstrap">(.*?)<\/script>/.exec(html);
      expect(m?.[1]).toBeDefined();
      expect(html).not.toContain('<script>alert(1)');
      expect(JSON.parse(m?.[1] ?? '')).toEqual(data);
      expect(html.indexOf('fg-bootstrap')).toBeLessThan(html.indexOf('</head>'));
    }
  });
});
