/**
 * The execution side of the local FunctionGraph (issue: run functions for real): runtime manager, metrics and
 * log stores, and the invoker, created once per LocalDeps and closed with it.
 */
import path from 'node:path';
import { HttpError } from '../shared/errors';
import { formatFunctionUrn } from '../shared/urn';
import { AsyncQueue, DEFAULT_ASYNC_POLICY } from './async/async-queue';
import type { AsyncPolicy, AsyncRequestRow } from './async/async-queue';
import type { LocalDeps } from './deps';
import { createInvoker } from './invoke/invoker';
import type { Invoker, SpecExtras } from './invoke/invoker';
import { TimerScheduler } from './invoke/timer-scheduler';
import type { SchedulerClock } from './invoke/timer-scheduler';
import { createLogStore } from './logs/log-store';
import type { LogStore } from './logs/log-store';
import { logStreamId } from './logs/streams';
import { createMetricsStore } from './metrics/metrics-store';
import type { MetricsStore } from './metrics/metrics-store';
import { RuntimeManager } from './runtime/runtime-manager';
import { openDatabase } from './store/db';
import type { Db } from './store/db';
import type { RuntimeManagerOptions } from './runtime/types';
import { asyncConfigStoreFor } from './store/async-config-store';
import { dependencyStoreFor } from './store/dependencies-store';
import { reservedStoreFor } from './store/reserved-store';
import { triggerStoreFor } from './store/triggers-store';
import { timerEvent } from './triggers/event-templates';

export interface Execution {
  runtime: RuntimeManager;
  metrics: MetricsStore;
  logs: LogStore;
  /** The database of metrics and logs. */
  telemetry: Db;
  invoker: Invoker;
  asyncQueue: AsyncQueue;
  timers: TimerScheduler;
  /** Things to stop on close (schedulers, queues), newest first. */
  onClose: (() => Promise<void> | void)[];
}

export const TELEMETRY_DATABASE_FILE = 'telemetry.sqlite';

const executions = new WeakMap<LocalDeps, Execution>();

export interface ExecutionOptions {
  runtime?: Partial<RuntimeManagerOptions>;
  extras?: SpecExtras;
  /** The function's async config (seed 7.15.3) for a queued request. */
  asyncPolicy?: (row: AsyncRequestRow) => AsyncPolicy | undefined;
  asyncRetryDelayMs?: (attempt: number) => number;
  /** The timer scheduler's clock (tests). */
  timerClock?: SchedulerClock;
}

/**
 * The event a FunctionGraph destination receives. Seed 7.15.3 names the destinations but not the record; this
 * shape is ours (documented in the README).
 */
function destinationEvent(
  row: AsyncRequestRow,
  condition: 'Success' | 'RetriesExhausted' | 'EventAgeExceeded',
) {
  let payload: unknown = row.event;
  try {
    payload = JSON.parse(row.event);
  } catch {
    // keep the raw text
  }
  return {
    version: '1.0',
    timestamp: new Date(row.end_time ?? Date.now()).toISOString(),
    requestContext: {
      requestId: row.request_id,
      functionUrn: row.urn,
      condition,
      approximateInvokeCount: row.attempts,
    },
    requestPayload: payload,
    responseContext: { statusCode: row.status === 'SUCCESS' ? 200 : 500, errorCode: row.error_code },
    responsePayload: row.status === 'SUCCESS' ? row.result : row.error_message,
  };
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
  const metrics = createMetricsStore(telemetry);
  const logs = createLogStore(telemetry);
  const reserved = reservedStoreFor(deps);
  const dependencies = dependencyStoreFor(deps);
  const invoker = createInvoker(deps, runtime, metrics, logs, {
    // seed 7.11.2: reserved instances of a version (or of an alias, on its main version) are kept warm.
    reservedInstances: (config) =>
      reserved
        .ofFunction(config.functionId)
        .filter((r) => r.targetVersion === config.version)
        .reduce((n, r) => n + r.count, 0),
    // seed 7.6.2 depend_version_list: dependency versions on the module path.
    dependencyZips: (config) =>
      (config.config.depend_version_list ?? []).flatMap((id) => {
        const version = dependencies.versionById(id);
        return version?.digest
          ? [{ digest: version.digest, load: () => deps.blobs.readBlob(version.digest) }]
          : [];
      }),
    ...options.extras,
  });
  const warmReserved = (functionId: string) => {
    const func = deps.functions.byId(functionId);
    if (!func) return;
    for (const version of new Set(reserved.ofFunction(functionId).map((r) => r.targetVersion))) {
      try {
        const config = deps.functions.codeConfig(
          formatFunctionUrn(
            {
              region: deps.settings.region,
              projectId: deps.settings.projectId,
              package: func.package,
              name: func.name,
            },
            version,
          ),
        );
        runtime.warm(invoker.specFor(config));
      } catch (error) {
        deps.log(`reserved instances of ${func.name}:${version}: ${(error as Error).message}`);
      }
    }
  };
  reserved.changed.add((setting) => {
    warmReserved(setting.functionId);
  });
  for (const functionId of new Set(reserved.all().map((r) => r.functionId))) warmReserved(functionId);
  const asyncConfigs = asyncConfigStoreFor(deps);
  // seed 7.15.3: the alias's config, else the version's, else the defaults.
  const asyncPolicyOf = (row: AsyncRequestRow): AsyncPolicy => {
    try {
      const config = asyncConfigs.effectiveFor(deps.functions.resolve(row.urn));
      return {
        maxRetries: config.maxRetries,
        maxEventAgeS: config.maxAgeSeconds,
        ...(config.destinationConfig?.on_success ? { onSuccess: config.destinationConfig.on_success } : {}),
        ...(config.destinationConfig?.on_failure ? { onFailure: config.destinationConfig.on_failure } : {}),
      };
    } catch {
      return DEFAULT_ASYNC_POLICY;
    }
  };
  const asyncQueue: AsyncQueue = new AsyncQueue({
    db: deps.db,
    policyFor: (row) => options.asyncPolicy?.(row) ?? asyncPolicyOf(row),
    ...(options.asyncRetryDelayMs ? { retryDelayMs: options.asyncRetryDelayMs } : {}),
    run: async (row, signal) => {
      try {
        const { outcome } = await invoker.invoke({
          urn: row.urn,
          event: JSON.parse(row.event),
          source: row.source,
          requestId: row.request_id,
          signal,
        });
        const ok = outcome.status === 'success';
        return {
          ok,
          errorCode: ok ? 0 : Number((outcome.errorCode ?? 'FSS.4002').replace(/^FSS\./, '')),
          errorMessage: ok ? '' : outcome.result,
          result: outcome.result,
          canceled: outcome.status === 'canceled',
          permanent: outcome.status === 'unsupported_runtime',
        };
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const code = Number(error.code.replace(/^\D+\./, ''));
        return {
          ok: false,
          errorCode: code || 500,
          errorMessage: error.message,
          result: '',
          permanent: true,
        };
      }
    },
    onFinished: (row, policy) => {
      const target = row.status === 'SUCCESS' ? policy.onSuccess : policy.onFailure;
      if (!target || (row.status === 'FAIL' && row.error_code === 4208)) return undefined;
      if (target.destination !== 'FunctionGraph') {
        return `${target.destination} destination recorded (not reachable from the local FunctionGraph): ${target.param}`;
      }
      try {
        const { func_urn: destinationUrn } = JSON.parse(target.param) as { func_urn?: string };
        if (!destinationUrn) return 'FunctionGraph destination has no func_urn';
        const destination = deps.functions.resolve(destinationUrn);
        const condition =
          row.status === 'SUCCESS'
            ? 'Success'
            : row.status === 'DISCARD'
              ? 'EventAgeExceeded'
              : 'RetriesExhausted';
        const id = asyncQueue.enqueue({
          functionId: destination.func.id,
          urn: destinationUrn,
          event: destinationEvent(row, condition),
        });
        return `FunctionGraph destination ${destinationUrn} invoked: request ${id}`;
      } catch (error) {
        return `FunctionGraph destination failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  });
  asyncQueue.start();
  const timers = new TimerScheduler(
    triggerStoreFor(deps),
    (trigger, at) => {
      const func = deps.functions.byId(trigger.functionId);
      if (!func) return;
      asyncQueue.enqueue({
        functionId: func.id,
        urn: formatFunctionUrn(
          {
            region: deps.settings.region,
            projectId: deps.settings.projectId,
            package: func.package,
            name: func.name,
          },
          trigger.qualifier,
        ),
        event: timerEvent(trigger.eventData, at),
        source: 'TIMER',
      });
    },
    options.timerClock,
    deps.log,
  );
  timers.start();
  // Instance counts per minute for 7.8.3/7.8.4 (concurrency_num, reserved_instance_num).
  const sampler = setInterval(() => {
    const now = Date.now();
    const perFunction = new Map<string, { onDemand: number; reserved: number }>();
    for (const pool of runtime.stats()) {
      const owner = invoker.poolOwner(pool.key);
      if (!owner) continue;
      const live = pool.instances.filter((i) => i.state !== 'dead');
      const reserved = live.filter((i) => i.reserved).length;
      const onDemand = live.length - reserved;
      metrics.recordInstances(owner.funcUrn, owner.version, onDemand, reserved, now);
      const total = perFunction.get(owner.funcUrn) ?? { onDemand: 0, reserved: 0 };
      total.onDemand += onDemand;
      total.reserved += reserved;
      perFunction.set(owner.funcUrn, total);
    }
    for (const [funcUrn, t] of perFunction)
      metrics.recordInstances(funcUrn, '*', t.onDemand, t.reserved, now);
  }, 5_000);
  sampler.unref();
  const created: Execution = {
    runtime,
    metrics,
    logs,
    telemetry,
    invoker,
    asyncQueue,
    timers,
    onClose: [
      () => asyncQueue.stop(),
      () => {
        timers.stop();
        clearInterval(sampler);
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
  ex.telemetry.close();
  await ex.runtime.close();
}
