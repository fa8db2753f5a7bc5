/**
 * The extension point of the function detail page: one lazy route module per tab. A feature that builds a
 * tab replaces the module its line points to (or points the line at its own module); the shell
 * (function-detail.tsx: header + tab bar) renders the matched tab's `Component` in its outlet.
 * Each module exports a component that reads the function from the URL with `useFunctionRef()`
 * (`@/lib/function-ref`: package, name, `?qualifier=` and the URNs).
 */
import type { ReactNode } from 'react';
import type { FunctionTab } from '@/lib/paths';

type LazyTab = () => Promise<{ Component: () => ReactNode }>;

export const FUNCTION_TAB_ROUTES: Record<FunctionTab, LazyTab> = {
  code: () => import('./function-code').then((m) => ({ Component: m.FunctionCodeRoute })),
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
