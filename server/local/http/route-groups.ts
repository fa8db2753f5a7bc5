/**
 * Every route group of the local FunctionGraph, in registration order. Groups owning a literal segment where
 * `{function_urn}` may also match (api-digest §1.1) go into LITERAL_GROUPS, registered before the URN routes.
 */
import type { LocalDeps, LocalHono } from '../deps';
import { projectGuard } from './routes';
import { registerAliasRoutes } from './routes-aliases';
import { registerAsyncRoutes } from './routes-async';
import { registerAsyncConfigRoutes } from './routes-async-config';
import { registerCodeConfigRoutes } from './routes-code-config';
import { registerDependencyRoutes } from './routes-dependencies';
import { registerFunctionRoutes } from './routes-functions';
import { registerGatewayRoutes } from './routes-gateway';
import { registerImportExportRoutes } from './routes-import-export';
import { registerInvocationRoutes } from './routes-invocation';
import { registerLogConfigRoutes } from './routes-log-config';
import { registerLtsRoutes } from './routes-lts';
import { registerMetricsLiteralRoutes, registerMetricsRoutes } from './routes-metrics';
import { registerQuotaRoutes } from './routes-quotas';
import { registerReservedRoutes } from './routes-reserved';
import { registerTagRoutes } from './routes-tags';
import { registerTemplateRoutes } from './routes-templates';
import { registerTestEventRoutes } from './routes-test-events';
import { registerTracingRoutes } from './routes-tracing';
import { registerTriggerRoutes } from './routes-triggers';
import { registerUnsupportedRoutes } from './routes-unsupported';
import { registerVersionRoutes } from './routes-versions';

export interface RouteGroup {
  name: string;
  register: (app: LocalHono, deps: LocalDeps) => void;
}

/** Groups with literal segments under `/fgs/functions/` (registered first). */
export const LITERAL_GROUPS: RouteGroup[] = [
  { name: 'metrics-literal', register: registerMetricsLiteralRoutes },
  { name: 'reserved', register: registerReservedRoutes },
  { name: 'log-config', register: registerLogConfigRoutes },
  { name: 'import-export', register: registerImportExportRoutes },
];

/** All other groups, in any order. */
export const URN_GROUPS: RouteGroup[] = [
  { name: 'functions', register: registerFunctionRoutes },
  { name: 'code-config', register: registerCodeConfigRoutes },
  { name: 'versions', register: registerVersionRoutes },
  { name: 'aliases', register: registerAliasRoutes },
  { name: 'unsupported', register: registerUnsupportedRoutes },
  { name: 'invocation', register: registerInvocationRoutes },
  { name: 'gateway', register: registerGatewayRoutes },
  { name: 'async', register: registerAsyncRoutes },
  { name: 'metrics', register: registerMetricsRoutes },
  { name: 'lts', register: registerLtsRoutes },
  { name: 'triggers', register: registerTriggerRoutes },
  { name: 'test-events', register: registerTestEventRoutes },
  { name: 'async-config', register: registerAsyncConfigRoutes },
  { name: 'tracing', register: registerTracingRoutes },
  { name: 'templates', register: registerTemplateRoutes },
  { name: 'dependencies', register: registerDependencyRoutes },
  { name: 'quotas', register: registerQuotaRoutes },
  // Tags live at /v2/{project_id}/{resource_type}/… (no /fgs) and let `fgs` fall through; keep them last.
  { name: 'tags', register: registerTagRoutes },
];

export function registerRoutes(app: LocalHono, deps: LocalDeps): void {
  app.use('/v2/:project_id/*', projectGuard(deps));
  for (const group of [...LITERAL_GROUPS, ...URN_GROUPS]) group.register(app, deps);
}
