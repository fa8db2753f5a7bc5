/**
 * Preload hints for the page a URL opens. On a first visit the browser would otherwise discover a page's
 * chunks one level at a time: the entry runs, the router matches and imports the route module, that module's
 * imports follow, then the chunks its loader asks for (Monaco on the Code tab). The server knows the URL, so
 * it names all of them in index.html (`modulepreload` for JS, `preload` for CSS) and the browser fetches and
 * compiles them while the entry's own scripts run.
 *
 * The table mirrors the router's lazy imports (src/app/router.tsx, src/app/routes/function-tab-routes.ts and
 * the Code tab's loader): manifest keys are those modules' source paths, as Vite writes them to
 * dist/.vite/manifest.json. route-preloads.test.ts checks every path exists and is imported where said;
 * bench/bundle-budget.ts checks that every one is in the built manifest.
 */

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk | undefined>;

export interface RoutePreload {
  /** Path segments; `:name` matches any one segment. The first route that matches wins (router order). */
  path: string;
  /** Manifest keys of the lazy modules the router imports for this URL, most urgent first. */
  modules: readonly string[];
}

const ROUTES_DIR = 'src/app/routes';
const DETAIL = [`${ROUTES_DIR}/function-detail.tsx`, `${ROUTES_DIR}/function-tab-routes.ts`];

/** The Code tab's loader requests the editor (and with it Monaco's chunk) before the page module. */
const CODE_TAB = ['src/components/code-editor/code-editor-impl.tsx', `${ROUTES_DIR}/function-code.tsx`];

const TAB_MODULES: Record<string, readonly string[]> = {
  code: CODE_TAB,
  test: [`${ROUTES_DIR}/function-test.tsx`],
  configuration: [`${ROUTES_DIR}/function-configuration.tsx`],
  triggers: [`${ROUTES_DIR}/function-triggers.tsx`],
  versions: [`${ROUTES_DIR}/function-versions.tsx`],
  aliases: [`${ROUTES_DIR}/function-aliases.tsx`],
  monitoring: [`${ROUTES_DIR}/function-monitoring.tsx`],
  logs: [`${ROUTES_DIR}/function-logs.tsx`],
  async: [`${ROUTES_DIR}/function-async.tsx`],
};

export const ROUTE_PRELOADS: readonly RoutePreload[] = [
  { path: '/c/:connectionId/overview', modules: [`${ROUTES_DIR}/overview.tsx`] },
  { path: '/c/:connectionId/functions', modules: [`${ROUTES_DIR}/functions.tsx`] },
  { path: '/c/:connectionId/functions/new', modules: [`${ROUTES_DIR}/function-create.tsx`] },
  ...Object.entries(TAB_MODULES).map(([tab, modules]) => ({
    path: `/c/:connectionId/functions/:package/:name/${tab}`,
    modules: [...DETAIL, ...modules],
  })),
  { path: '/c/:connectionId/logs', modules: [`${ROUTES_DIR}/logs.tsx`] },
  { path: '/c/:connectionId/dependencies', modules: [`${ROUTES_DIR}/dependencies.tsx`] },
];

function segments(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

/** The table entry for a URL path (undefined when no lazy page matches, e.g. `/`). */
export function matchRoutePreload(
  pathname: string,
  routes: readonly RoutePreload[] = ROUTE_PRELOADS,
): RoutePreload | undefined {
  const actual = segments(pathname.replace(/\/+$/, ''));
  return routes.find((route) => {
    const pattern = segments(route.path);
    return (
      pattern.length === actual.length &&
      pattern.every((part, i) => part.startsWith(':') || part === actual[i])
    );
  });
}

/** Manifest keys of the entry and its static imports: index.html already names those. */
function entryClosure(manifest: Manifest): Set<string> {
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  return entry ? staticClosure(manifest, [entry]) : new Set();
}

/** The modules and everything they import statically (depth first, each module before its imports). */
function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/** The `<link>` tags for a route's chunks that index.html does not already load (empty for unknown routes). */
export function preloadLinks(manifest: Manifest, route: RoutePreload | undefined): string[] {
  if (!route) return [];
  const eager = entryClosure(manifest);
  const eagerCss = new Set([...eager].flatMap((k) => manifest[k]?.css ?? []));
  const js: string[] = [];
  const css = new Set<string>();
  for (const key of staticClosure(manifest, route.modules)) {
    if (eager.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) continue;
    js.push(chunk.file);
    for (const file of chunk.css ?? []) if (!eagerCss.has(file)) css.add(file);
  }
  // `crossorigin` as Vite's own tags and its preload helper use, so the later import reuses these responses.
  return [
    ...[...css].map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
    ...js.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ];
}

/** index.html with the route's preload tags at the end of <head>. */
export function withRoutePreloads(html: string, links: readonly string[]): string {
  if (links.length === 0) return html;
  // Indented like the tags above: the whitespace before </head> plus two spaces.
  return html.replace(
    /(\s*)<\/head>/,
    (_, space: string) => `${links.map((l) => `${space}  ${l}`).join('')}${space}</head>`,
  );
}
