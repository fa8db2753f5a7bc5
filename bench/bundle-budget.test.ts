import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUDGET, collectEagerSet, findForbidden, measure } from './bundle-budget';
import type { Manifest } from './bundle-budget';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/routes/code.tsx'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js', imports: ['_deep.js'], css: ['assets/shared.css'] },
  '_deep.js': { file: 'assets/deep.js', imports: ['_shared.js'] },
  'src/routes/code.tsx': {
    file: 'assets/code.js',
    src: 'src/routes/code.tsx',
    isDynamicEntry: true,
    imports: ['_monaco.js'],
  },
  '_monaco.js': { file: 'assets/monaco.js', name: 'monaco-editor' },
};

describe('collectEagerSet', () => {
  it('follows static imports recursively (cycles included) and never dynamic imports', () => {
    const set = collectEagerSet(manifest);
    expect(set.chunkKeys).toEqual(['index.html', '_shared.js', '_deep.js']);
    expect(set.jsFiles).toEqual(['assets/index.js', 'assets/shared.js', 'assets/deep.js']);
    expect(set.cssFiles).toEqual(['assets/index.css', 'assets/shared.css']);
  });

  it('fails loudly on a manifest without an entry', () => {
    expect(() => collectEagerSet({ a: { file: 'a.js' } })).toThrow(/no entry/);
  });
});

describe('findForbidden', () => {
  it('finds a forbidden library by manifest name when it is eager', () => {
    const eagerMonaco: Manifest = {
      ...manifest,
      'index.html': { ...manifest['index.html']!, imports: ['_shared.js', '_monaco.js'] },
    };
    const found = findForbidden(eagerMonaco, collectEagerSet(eagerMonaco), () => '');
    expect(found.map((f) => f.library)).toEqual(['monaco-editor']);
  });

  it('finds a forbidden library by content in a hash-named chunk', () => {
    const found = findForbidden(manifest, collectEagerSet(manifest), (file) =>
      file === 'assets/deep.js' ? 'className:"recharts-wrapper"' : 'ok',
    );
    expect(found).toEqual([{ library: 'recharts', where: 'assets/deep.js (content)' }]);
  });

  it('ignores forbidden libraries behind dynamic imports', () => {
    expect(findForbidden(manifest, collectEagerSet(manifest), () => '')).toEqual([]);
  });
});

describe('measure', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  function writeDist(files: Record<string, string | Buffer>): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-budget-'));
    fs.mkdirSync(path.join(dir, '.vite'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    return dir;
  }

  const small = {
    'assets/index.js': 'console.log("index")',
    'assets/shared.js': 'export const a = 1',
    'assets/deep.js': 'export const b = 2',
    'assets/code.js': 'x',
    'assets/monaco.js': 'monaco-editor',
    'assets/index.css': 'body{}',
    'assets/shared.css': 'a{}',
  };

  it('sums gzip sizes of the eager set and passes a small bundle', () => {
    const report = measure(writeDist(small), []);
    expect(report.js.map((f) => f.file)).toEqual(['assets/index.js', 'assets/shared.js', 'assets/deep.js']);
    expect(report.jsGzipBytes).toBe(report.js.reduce((n, f) => n + f.gzipBytes, 0));
    expect(report.cssGzipBytes).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
  });

  it('fails when a module the console server preloads is not in the build', () => {
    const report = measure(writeDist(small), [{ modules: ['src/app/routes/gone.tsx'] }]);
    expect(report.failures).toEqual([
      'src/app/routes/gone.tsx (server/console/route-preloads.ts) is not in the manifest',
    ]);
  });

  it('fails when eager JS exceeds the budget', () => {
    // Random bytes do not compress, so the gzip size stays above the budget.
    const big = Buffer.from(
      Array.from({ length: BUDGET.jsGzipBytes + 4096 }, () => Math.floor(Math.random() * 256)),
    );
    const report = measure(writeDist({ ...small, 'assets/deep.js': big }));
    expect(report.failures.join()).toMatch(/JS .* exceeds/);
  });
});
