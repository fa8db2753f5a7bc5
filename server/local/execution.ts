/**
 * The execution side of the local FunctionGraph (issue: run functions for real): runtime manager, metrics and
 * log stores, and the invoker, created once per LocalDeps and closed with it.
 */
import path from 'node:path';
import { formatFunctionUrn } from '../shared/urn';
import type { LocalDeps } from './deps';
import { createInvoker } from './invoke/invoker';
import type { Invoker, SpecExtras } from './invoke/invoker';
import { createLogStore } from './logs/log-store';
import type { LogStore } from './logs/log-store';
import { logStreamId } from './logs/streams';
import { createMetricsStore } from './metrics/metrics-store';
import type { MetricsStore } from './metrics/metrics-store';
import { RuntimeManager } from './runtime/runtime-manager';
import type { RuntimeManagerOptions } from './runtime/types';

export interface Execution {
  runtime: RuntimeManager;
  metrics: MetricsStore;
  logs: LogStore;
  invoker: Invoker;
  /** Things to stop on close (schedulers, queues), newest first. */
  onClose: (() => Promise<void> | void)[];
}

const executions = new WeakMap<LocalDeps, Execution>();

export interface ExecutionOptions {
  runtime?: Partial<RuntimeManagerOptions>;
  extras?: SpecExtras;
}

const configured = new WeakMap<LocalDeps, ExecutionOptions>();

/** Sets options before the first use (tests, server start). */
export function configureExecution(deps: LocalDeps, options: ExecutionOptions): void {
  configured.set(deps, options);
}

export function execution(deps: LocalDeps): Execution {
  const existing = executions.get(deps);
  if (existing) return existing;
  const options = configured.get(deps) ?? {};
  const runtime = new RuntimeManager({
    dataDir: path.join(deps.settings.dataDir, 'runtime'),
    ...options.runtime,
  });
  const metrics = createMetricsStore(deps.db);
  const logs = createLogStore(deps.db);
  const invoker = createInvoker(deps, runtime, metrics, logs, options.extras);
  const created: Execution = { runtime, metrics, logs, invoker, onClose: [] };
  deps.hooks.functionDeleted.add((event) => {
    if (event.version === undefined) {
      metrics.deleteFunction(
        formatFunctionUrn({
          region: deps.settings.region,
          projectId: deps.settings.projectId,
          package: event.package,
          name: event.name,
        }),
      );
      logs.deleteStream(logStreamId(event.functionId));
    }
    for (const pool of runtime.stats())
      if (pool.key.startsWith(`${event.functionId}:`)) runtime.evict(pool.key);
  });
  deps.hooks.functionChanged.add((event) => {
    if (event.what === 'code' || event.what === 'config') {
      for (const pool of runtime.stats())
        if (pool.key.startsWith(`${event.functionId}:latest`)) runtime.evict(pool.key);
    }
  });
  executions.set(deps, created);
  return created;
}

export async function closeExecution(deps: LocalDeps): Promise<void> {
  const ex = executions.get(deps);
  if (!ex) return;
  executions.delete(deps);
  for (const stop of [...ex.onClose].reverse()) await stop();
  ex.metrics.close();
  ex.logs.close();
  await ex.runtime.close();
}
