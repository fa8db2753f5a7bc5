import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchRoutePreload, preloadLinks, ROUTE_PRELOADS, withRoutePreloads } from './route-preloads';
import type { Manifest } from './route-preloads';

const CODE_URL = '/c/local/functions/default/hello/code';

/** The shape Vite writes: the entry, shared chunks (`_x.js`) and the lazy modules by source path. */
const FIXTURE_MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index-1.js',
    isEntry: true,
    imports: ['_framework-1.js'],
    css: ['assets/index-1.css'],
  },
  '_framework-1.js': { file: 'assets/framework-1.js' },
  '_Menu-1.js': { file: 'assets/Menu-1.js', imports: ['_framework-1.js'], css: ['assets/Menu-1.css'] },
  '_monaco-1.js': { file: 'assets/monaco-1.js', css: ['assets/monaco-1.css'] },
  'src/app/routes/function-detail.tsx': {
    file: 'assets/function-detail-1.js',
    imports: ['_framework-1.js', '_Menu-1.js'],
    css: ['assets/function-detail-1.css', 'assets/index-1.css'],
  },
  'src/app/routes/function-tab-routes.ts': { file: 'assets/function-tab-routes-1.js' },
  'src/app/routes/function-code.tsx': { file: 'assets/function-code-1.js', imports: ['_Menu-1.js'] },
  'src/app/routes/function-test.tsx': { file: 'assets/function-test-1.js' },
  'src/components/code-editor/code-editor-impl.tsx': {
    file: 'assets/code-editor-impl-1.js',
    imports: ['_framework-1.js', '_monaco-1.js'],
  },
  'src/app/routes/functions.tsx': { file: 'assets/functions-1.js', imports: ['_Menu-1.js'] },
};

const hrefs = (links: string[]) => links.map((l) => /href="([^"]+)"/.exec(l)?.[1]);

describe('matchRoutePreload', () => {
  it('finds the page a URL opens, first match in router order', () => {
    expect(matchRoutePreload(CODE_URL)?.path).toBe('/c/:connectionId/functions/:package/:name/code');
    expect(matchRoutePreload('/c/local/functions/default/hello/monitoring/')?.path).toBe(
      '/c/:connectionId/functions/:package/:name/monitoring',
    );
    expect(matchRoutePreload('/c/local/functions/new')?.path).toBe('/c/:connectionId/functions/new');
    expect(matchRoutePreload('/c/local/functions')?.path).toBe('/c/:connectionId/functions');
  });

  it('matches nothing for / and for URLs no lazy page answers', () => {
    expect(matchRoutePreload('/')).toBeUndefined();
    expect(matchRoutePreload('/c/local')).toBeUndefined();
    expect(matchRoutePreload('/c/local/functions/default')).toBeUndefined();
    expect(matchRoutePreload('/c/local/functions/default/hello/nope')).toBeUndefined();
  });
});

describe('preloadLinks', () => {
  it("names the Code tab's chunks, Monaco's included, without what index.html already loads", () => {
    const links = preloadLinks(FIXTURE_MANIFEST, matchRoutePreload(CODE_URL));
    expect(hrefs(links)).toEqual([
      '/assets/function-detail-1.css',
      '/assets/Menu-1.css',
      '/assets/monaco-1.css',
      '/assets/function-detail-1.js',
      '/assets/Menu-1.js',
      '/assets/function-tab-routes-1.js',
      '/assets/code-editor-impl-1.js',
      '/assets/monaco-1.js',
      '/assets/function-code-1.js',
    ]);
    for (const link of links.filter((l) => l.endsWith('.js">')))
      expect(link).toMatch(/^<link rel="modulepreload" crossorigin href=/);
    for (const link of links.filter((l) => l.endsWith('.css">')))
      expect(link).toMatch(/^<link rel="preload" as="style" crossorigin href=/);
  });

  it('keeps Monaco out of other pages and adds nothing for unknown routes', () => {
    const test = hrefs(
      preloadLinks(FIXTURE_MANIFEST, matchRoutePreload('/c/local/functions/default/x/test')),
    );
    expect(test).toContain('/assets/function-test-1.js');
    expect(test.some((h) => h?.includes('monaco'))).toBe(false);
    const list = hrefs(preloadLinks(FIXTURE_MANIFEST, matchRoutePreload('/c/local/functions')));
    expect(list).toEqual(['/assets/Menu-1.css', '/assets/functions-1.js', '/assets/Menu-1.js']);
    expect(preloadLinks(FIXTURE_MANIFEST, matchRoutePreload('/'))).toEqual([]);
  });

  it('skips modules the manifest does not have (a development build) instead of failing', () => {
    expect(preloadLinks({}, matchRoutePreload(CODE_URL))).toEqual([]);
  });
});

describe('withRoutePreloads', () => {
  it('puts the tags at the end of <head>, indented like the others', () => {
    const html = '<html>\n  <head>\n    <title>x</title>\n  </head>\n  <body></body>\n</html>';
    expect(withRoutePreloads(html, ['<link a>', '<link b>'])).toBe(
      '<html>\n  <head>\n    <title>x</title>\n    <link a>\n    <link b>\n  </head>\n  <body></body>\n</html>',
    );
    expect(withRoutePreloads(html, [])).toBe(html);
  });
});

describe('ROUTE_PRELOADS against the SPA sources', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  /** Source paths of the `import('…')` targets of a file (relative or `@/`), with their extension. */
  const dynamicImports = (file: string) =>
    [...read(file).matchAll(/import\(\s*'([^']+)'\s*\)/g)].map(([, spec = '']) => {
      const base = spec.startsWith('@/')
        ? path.join('src', spec.slice(2))
        : path.join(path.dirname(file), spec);
      const found = ['.tsx', '.ts'].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f)));
      return (found ?? base).split(path.sep).join('/');
    });
  const tableModules = new Set(ROUTE_PRELOADS.flatMap((r) => r.modules));

  it('names modules the router and the Code tab really import lazily', () => {
    const imported = new Set(
      [
        'src/app/router.tsx',
        'src/app/routes/function-tab-routes.ts',
        'src/app/routes/function-code-loader.ts',
        'src/components/code-editor/code-editor.tsx',
      ].flatMap(dynamicImports),
    );
    expect([...tableModules].filter((m) => !imported.has(m))).toEqual([]);
  });

  it("covers every lazy page of the router and every function tab's module", () => {
    const pages = [
      ...dynamicImports('src/app/router.tsx'),
      ...dynamicImports('src/app/routes/function-tab-routes.ts'),
      ...dynamicImports('src/app/routes/function-code-loader.ts'),
    ];
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((m) => !tableModules.has(m))).toEqual([]);
  });
});
