/**
 * The extension point of the function detail page: one lazy route module per tab. A feature that builds a
 * tab replaces the module its line points to (or points the line at its own module); the shell
 * (function-detail.tsx: header + tab bar) renders the matched tab's `Component` in its outlet.
 * Each module exports a component that reads the function from the URL with `useFunctionRef()`
 * (`@/lib/function-ref`: package, name, `?qualifier=` and the URNs).
 */
import type { ComponentType } from 'react';
import type { LoaderFunction } from 'react-router';
import type { FunctionTab } from '@/lib/paths';
import { functionCodeLoader, LazyFunctionCodeRoute } from './function-code-loader';
import type { TabRouteDeps } from './function-code-loader';

/** A tab's route pieces; a tab may add a `loader` to start its reads early. */
type LazyTab = (deps: TabRouteDeps) => Promise<{ Component: ComponentType; loader?: LoaderFunction }>;

export const FUNCTION_TAB_ROUTES: Record<FunctionTab, LazyTab> = {
  // No waiting for the page module here: see function-code-loader.ts.
  code: (deps) => Promise.resolve({ Component: LazyFunctionCodeRoute, loader: functionCodeLoader(deps) }),
  test: () => import('./function-test').then((m) => ({ Component: m.FunctionTestRoute })),
  configuration: () =>
    import('./function-configuration').then((m) => ({ Component: m.FunctionConfigurationRoute })),
  triggers: () => import('./function-triggers').then((m) => ({ Component: m.FunctionTriggersRoute })),
  versions: () => import('./function-versions').then((m) => ({ Component: m.FunctionVersionsRoute })),
  aliases: () => import('./function-aliases').then((m) => ({ Component: m.FunctionAliasesRoute })),
  monitoring: () => import('./function-monitoring').then((m) => ({ Component: m.FunctionMonitoringRoute })),
  logs: () => import('./function-logs').then((m) => ({ Component: m.FunctionLogsRoute })),
  async: () => import('./function-async').then((m) => ({ Component: m.FunctionAsyncRoute })),
};
