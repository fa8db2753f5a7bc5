/**
 * The execution side of the local FunctionGraph (issue: run functions for real): runtime manager, metrics and
 * log stores, and the invoker, created once per LocalDeps and closed with it.
 */
import path from 'node:path';
import { formatFunctionUrn } from '../shared/urn';
import type { AsyncQueue } from './async/async-queue';
import { createAsyncWorker } from './async/async-worker';
import type { AsyncWorkerOptions } from './async/async-worker';
import type { LocalDeps } from './deps';
import { createInvoker } from './invoke/invoker';
import type { Invoker, SpecExtras } from './invoke/invoker';
import { keepReservedWarm, runtimeExtras } from './invoke/runtime-extras';
import { TimerScheduler } from './invoke/timer-scheduler';
import type { SchedulerClock } from './invoke/timer-scheduler';
import { createLogStore } from './logs/log-store';
import type { LogStore } from './logs/log-store';
import { logStreamId } from './logs/streams';
import { startInstanceSampler } from './metrics/instance-sampler';
import { createMetricsStore } from './metrics/metrics-store';
import type { MetricsStore } from './metrics/metrics-store';
import { RuntimeManager } from './runtime/runtime-manager';
import type { RuntimeManagerOptions } from './runtime/types';
import { openDatabase } from './store/db';
import type { Db } from './store/db';
import { workerSqlWriter } from './store/sql-writer';
import type { SqlWriter } from './store/sql-writer';
import { triggerStoreFor } from './store/triggers-store';
import { timerEvent } from './triggers/event-templates';

export interface Execution {
  runtime: RuntimeManager;
  metrics: MetricsStore;
  logs: LogStore;
  /** The database of metrics and logs. */
  telemetry: Db;
  writer: SqlWriter;
  invoker: Invoker;
  asyncQueue: AsyncQueue;
  timers: TimerScheduler;
  /** Things to stop on close (schedulers, queues), newest first. */
  onClose: (() => Promise<void> | void)[];
}

export const TELEMETRY_DATABASE_FILE = 'telemetry.sqlite';

const executions = new WeakMap<LocalDeps, Execution>();

export interface ExecutionOptions extends AsyncWorkerOptions {
  runtime?: Partial<RuntimeManagerOptions>;
  extras?: SpecExtras;
  /** The timer scheduler's clock (tests). */
  timerClock?: SchedulerClock;
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
  // Metrics and logs are telemetry written on every invocation: they live in their own database whose commits do
  // not wait for fsync (WAL + synchronous=NORMAL survives a killed process, not a power cut), so that recording
  // never blocks the event loop the way a synchronous=FULL commit would.
  const telemetry = openDatabase(deps.settings.dataDir, TELEMETRY_DATABASE_FILE);
  telemetry.pragma('synchronous = NORMAL');
  // The rows themselves are written on a worker thread (store/sql-writer.ts); this connection reads.
  const writer = workerSqlWriter(telemetry.name, telemetry, deps.log);
  const metrics = createMetricsStore(telemetry, { writer });
  const logs = createLogStore(telemetry, { writer });
  const invoker = createInvoker(deps, runtime, metrics, logs, { ...runtimeExtras(deps), ...options.extras });
  keepReservedWarm(deps, runtime, invoker);
  const asyncQueue = createAsyncWorker(deps, invoker, options);
  asyncQueue.start();
  const timers = new TimerScheduler(
    triggerStoreFor(deps),
    (trigger, at) => {
      const func = deps.functions.byId(trigger.functionId);
      if (!func) return;
      asyncQueue.enqueue({
        functionId: func.id,
        urn: formatFunctionUrn(deps.functions.functionIdentity(func), trigger.qualifier),
        event: timerEvent(trigger.eventData, at),
        source: 'TIMER',
      });
    },
    options.timerClock,
    deps.log,
  );
  timers.start();
  const stopSampler = startInstanceSampler(runtime, invoker, metrics);
  const created: Execution = {
    runtime,
    metrics,
    logs,
    telemetry,
    writer,
    invoker,
    asyncQueue,
    timers,
    onClose: [
      () => asyncQueue.stop(),
      () => {
        timers.stop();
        stopSampler();
      },
    ],
  };
  deps.hooks.functionDeleted.add((event) => {
    if (event.version === undefined) {
      asyncQueue.deleteFunction(event.functionId);
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
  await ex.writer.close();
  ex.telemetry.close();
  await ex.runtime.close();
}
