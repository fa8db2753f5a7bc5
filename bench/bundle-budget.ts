/**
 * Bundle budget for the first page: what `/` loads before any lazy import.
 *
 * From `dist/.vite/manifest.json`: the entry chunk plus its static `imports`, recursively (never
 * `dynamicImports`), and the CSS those chunks carry. Sizes are gzip at level 9 (zlib), per file, summed
 * (each file is a separate HTTP response, so compressing them together would understate the cost).
 * Budget: JS ≤ 170 KB, CSS ≤ 40 KB (1 KB = 1024 bytes), and no Monaco or Recharts module in that set.
 * Also checks that every lazy module the console server preloads (server/console/route-preloads.ts) is in the
 * manifest.
 *
 * Usage: `npm run build && tsx bench/bundle-budget.ts [--check] [--json]`. Without --check it only prints
 * (that is what `npm run bench` includes); with --check it exits 1 when a limit is broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { ROUTE_PRELOADS } from '../server/console/route-preloads';

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export const BUDGET = { jsGzipBytes: 170 * 1024, cssGzipBytes: 40 * 1024 } as const;

/** Libraries that must only ever load lazily (the editor and the charts). */
export const FORBIDDEN_EAGER = ['monaco-editor', 'recharts'] as const;

/** Code fingerprints of the forbidden libraries, for chunks whose manifest entry names only a hash. */
const CONTENT_MARKERS: Record<(typeof FORBIDDEN_EAGER)[number], RegExp> = {
  'monaco-editor': /monaco-editor|MonacoEnvironment|vs\/editor\/editor\.main/,
  recharts: /recharts-(?:wrapper|surface|layer|responsive-container|cartesian)/,
};

export interface EagerSet {
  entryKey: string;
  /** Manifest keys of the entry and every chunk it imports statically, entry first. */
  chunkKeys: string[];
  jsFiles: string[];
  cssFiles: string[];
}

/** The entry (`index.html`) and its static import closure. */
export function collectEagerSet(manifest: Manifest): EagerSet {
  const entryKey =
    Object.keys(manifest).find((k) => manifest[k]?.isEntry && k === 'index.html') ??
    Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('The manifest has no entry chunk');
  const chunkKeys: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names an import it does not define: ${key}`);
    chunkKeys.push(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const jsFiles = chunkKeys.map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  const cssFiles = [...new Set(chunkKeys.flatMap((k) => manifest[k]!.css ?? []))];
  return { entryKey, chunkKeys, jsFiles, cssFiles };
}

/** Forbidden libraries found in the eager set, by manifest names or by file content. */
export function findForbidden(
  manifest: Manifest,
  set: EagerSet,
  readFile: (file: string) => string,
): { library: string; where: string }[] {
  const found: { library: string; where: string }[] = [];
  for (const key of set.chunkKeys) {
    const chunk = manifest[key]!;
    const names = [key, chunk.src ?? '', chunk.name ?? '', chunk.file].join(' ');
    const content = chunk.file.endsWith('.js') ? readFile(chunk.file) : '';
    for (const library of FORBIDDEN_EAGER) {
      if (names.includes(library)) found.push({ library, where: `${chunk.file} (manifest ${key})` });
      else if (CONTENT_MARKERS[library].test(content))
        found.push({ library, where: `${chunk.file} (content)` });
    }
  }
  return found;
}

export interface BudgetReport {
  gzipLevel: number;
  js: { file: string; rawBytes: number; gzipBytes: number }[];
  css: { file: string; rawBytes: number; gzipBytes: number }[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  forbidden: { library: string; where: string }[];
  failures: string[];
}

/** `preloads`: the console server's preload table (a fixture build in tests passes its own). */
export function measure(
  distDir: string,
  preloads: readonly { modules: readonly string[] }[] = ROUTE_PRELOADS,
): BudgetReport {
  const manifestPath = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run \`npm run build\` first`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
  const set = collectEagerSet(manifest);
  const size = (file: string) => {
    const bytes = fs.readFileSync(path.join(distDir, file));
    return { file, rawBytes: bytes.byteLength, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).byteLength };
  };
  const js = set.jsFiles.map(size);
  const css = set.cssFiles.map(size);
  const jsGzipBytes = js.reduce((n, f) => n + f.gzipBytes, 0);
  const cssGzipBytes = css.reduce((n, f) => n + f.gzipBytes, 0);
  const forbidden = findForbidden(manifest, set, (file) => fs.readFileSync(path.join(distDir, file), 'utf8'));
  const failures: string[] = [];
  if (jsGzipBytes > BUDGET.jsGzipBytes)
    failures.push(`JS ${kb(jsGzipBytes)} gzip exceeds the ${kb(BUDGET.jsGzipBytes)} budget`);
  if (cssGzipBytes > BUDGET.cssGzipBytes)
    failures.push(`CSS ${kb(cssGzipBytes)} gzip exceeds the ${kb(BUDGET.cssGzipBytes)} budget`);
  for (const f of forbidden) failures.push(`${f.library} is loaded by / (${f.where})`);
  // The console server's preload hints name lazy modules by source path: one the build no longer has would
  // silently stop being preloaded.
  for (const module of new Set(preloads.flatMap((r) => r.modules)))
    if (!manifest[module])
      failures.push(`${module} (server/console/route-preloads.ts) is not in the manifest`);
  return { gzipLevel: 9, js, css, jsGzipBytes, cssGzipBytes, forbidden, failures };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatReport(report: BudgetReport): string {
  const lines = [`Bundle budget for / (static import closure of the entry; gzip level ${report.gzipLevel})`];
  const rows = [...report.js, ...report.css].sort((a, b) => b.gzipBytes - a.gzipBytes);
  for (const r of rows)
    lines.push(`  ${kb(r.gzipBytes).padStart(10)} gzip  ${kb(r.rawBytes).padStart(10)} raw  ${r.file}`);
  lines.push(`  JS  total ${kb(report.jsGzipBytes)} gzip (budget ${kb(BUDGET.jsGzipBytes)})`);
  lines.push(`  CSS total ${kb(report.cssGzipBytes)} gzip (budget ${kb(BUDGET.cssGzipBytes)})`);
  lines.push(
    `  ${FORBIDDEN_EAGER.join(', ')} in the eager set: ${report.forbidden.length === 0 ? 'none' : report.forbidden.map((f) => f.library).join(', ')}`,
  );
  lines.push(report.failures.length === 0 ? '  OK' : report.failures.map((f) => `  FAIL ${f}`).join('\n'));
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
  const report = measure(distDir);
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  if (args.includes('--check') && report.failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
