/**
 * Runs one invocation end to end: resolves the URN (version, alias with weights and header rules), builds the
 * runtime spec from the stored version, runs it, and records the invocation's metrics and log lines.
 * Sync invoke, async workers, triggers, the APIG gateway and draft runs all come through here.
 */
import { randomUUID } from 'node:crypto';
import { formatFunctionUrn, formatVersionUrn } from '../../shared/urn';
import type { LocalDeps } from '../deps';
import { logStreamId } from '../logs/streams';
import type { LogStore } from '../logs/log-store';
import type { InvocationOutcome, MetricsStore } from '../metrics/metrics-store';
import type { CancelSignal } from '../runtime/cancel';
import type { RuntimeManager } from '../runtime/runtime-manager';
import type { FunctionInstanceSpec, InvokeOutcome } from '../runtime/types';
import type { FunctionCodeConfig, ResolvedFunction } from '../store/function-store';
import { pickAliasVersion } from './alias-routing';

export interface InvokeInput {
  urn: string;
  event: unknown;
  /** sync, async, or the trigger type (TIMER, APIG, …). */
  source: string;
  requestId?: string;
  /** Lower-case request headers (alias header rules). */
  headers?: Record<string, string>;
  signal?: CancelSignal;
  /** The signal is the caller hanging up (InvokeOptions.signalIsHangUp). */
  signalIsHangUp?: boolean;
  /** X-Cff-Instance-Memory: run this call with another memory size. */
  memoryOverride?: number;
  /** Draft run: this ZIP instead of the stored code (local extension, never stored). */
  draftCode?: { digest: string; bytes: Uint8Array };
}

export interface InvokeResult {
  requestId: string;
  outcome: InvokeOutcome;
  config: FunctionCodeConfig;
  /** The version that ran. */
  version: string;
  alias?: string;
  /** Unqualified function URN. */
  funcUrn: string;
}

/** Extra runtime facts kept by other modules (reserved instances, dependencies). */
export interface SpecExtras {
  reservedInstances?: (config: FunctionCodeConfig) => number;
  dependencyZips?: (config: FunctionCodeConfig) => FunctionInstanceSpec['dependencyZips'];
}

export function metricOutcome(status: InvokeOutcome['status']): InvocationOutcome {
  switch (status) {
    case 'success':
      return 'success';
    case 'rejected':
      return 'rejected';
    case 'crashed':
    case 'unsupported_runtime':
      return 'system_error';
    default:
      return 'function_error';
  }
}

const PLATFORM_LINE = /^\S+ (Start|Finish) (invoke|load|initialize) request '/;

export interface Invoker {
  invoke(input: InvokeInput): Promise<InvokeResult>;
  /** Which function and version a runtime pool key belongs to (for instance metrics). */
  poolOwner(key: string): { funcUrn: string; version: string } | undefined;
  /** The spec a version would run with (for warming reserved instances). */
  specFor(config: FunctionCodeConfig, memoryOverride?: number): FunctionInstanceSpec;
}

export function createInvoker(
  deps: LocalDeps,
  runtime: RuntimeManager,
  metrics: MetricsStore,
  logs: LogStore,
  extras: SpecExtras = {},
  random: () => number = Math.random,
): Invoker {
  const identity = () => ({ region: deps.settings.region, projectId: deps.settings.projectId });
  const owners = new Map<string, { funcUrn: string; version: string }>();
  // Invocations are the hot path: resolved URNs and version configs are cached, dropped on any change of any
  // function (the store's hooks) and after a second at most, as a guard against a change that emits no hook.
  const cache = new Map<
    string,
    {
      at: number;
      resolved: ResolvedFunction;
      /** Unqualified function URN. */
      funcUrn: string;
      configs: Map<string, FunctionCodeConfig>;
      specs: Map<string, FunctionInstanceSpec>;
    }
  >();
  const clearCache = () => {
    cache.clear();
  };
  deps.hooks.functionChanged.add(clearCache);
  deps.hooks.functionDeleted.add(clearCache);
  const CACHE_MS = 1000;
  const lookup = (urn: string) => {
    const now = Date.now();
    let entry = cache.get(urn);
    if (!entry || now - entry.at > CACHE_MS) {
      if (cache.size > 1000) cache.clear();
      const resolved = deps.functions.resolve(urn);
      const funcUrn = formatFunctionUrn({
        ...identity(),
        package: resolved.func.package,
        name: resolved.func.name,
      });
      entry = { at: now, resolved, funcUrn, configs: new Map(), specs: new Map() };
      cache.set(urn, entry);
    }
    return entry;
  };

  const specFor = (config: FunctionCodeConfig, memoryOverride?: number, draft?: InvokeInput['draftCode']) => {
    const fn = { ...identity(), package: config.package, name: config.name };
    const memory = memoryOverride ?? config.memory;
    const deps_ = extras.dependencyZips?.(config);
    const spec: FunctionInstanceSpec = {
      key: `${config.functionId}:${draft ? 'draft' : config.version}${memoryOverride ? `:${memory}` : ''}`,
      runtime: config.runtime,
      handler: config.handler,
      codeDigest: draft ? draft.digest : config.digest,
      loadCode: draft ? () => draft.bytes : () => deps.blobs.readBlob(config.digest),
      memoryMB: memory,
      timeoutS: config.timeout,
      env: config.userData,
      encryptedEnv: config.encryptedUserData,
      maxInstances: config.strategy.concurrency,
      concurrencyPerInstance: config.strategy.concurrent_num ?? 1,
      reservedInstances: draft ? 0 : (extras.reservedInstances?.(config) ?? 0),
      meta: {
        functionName: config.name,
        package: config.package,
        version: config.version,
        projectId: deps.settings.projectId,
        region: deps.settings.region,
        urn: formatVersionUrn(fn, config.version),
      },
    };
    if (config.initializer)
      spec.initializer = { handler: config.initializer.handler, timeoutS: config.initializer.timeout };
    if (deps_ && deps_.length > 0) spec.dependencyZips = deps_;
    return spec;
  };

  return {
    specFor,
    poolOwner: (key) => owners.get(key),
    async invoke(input) {
      const requestId = input.requestId ?? randomUUID();
      const entry = lookup(input.urn);
      const { resolved, funcUrn } = entry;
      const alias = resolved.alias?.name;
      const version = resolved.alias
        ? pickAliasVersion(resolved.alias, input.headers ?? {}, random())
        : resolved.version.version;
      let config = entry.configs.get(version);
      if (!config) {
        const fn = { ...identity(), package: resolved.func.package, name: resolved.func.name };
        config = deps.functions.codeConfig(formatVersionUrn(fn, version));
        entry.configs.set(version, config);
      }
      const specKey = `${version}:${String(input.memoryOverride ?? '')}`;
      let spec = input.draftCode ? undefined : entry.specs.get(specKey);
      if (!spec) {
        spec = specFor(config, input.memoryOverride, input.draftCode);
        if (!input.draftCode) entry.specs.set(specKey, spec);
      }
      const shownVersion = input.draftCode ? 'draft' : version;
      if (owners.get(spec.key)?.version !== shownVersion)
        owners.set(spec.key, { funcUrn, version: shownVersion });
      const startedAt = Date.now();
      // Absent options are undefined properties, not spreads: this runs on every call.
      const outcome = await runtime.invoke(spec, {
        requestId,
        event: input.event,
        signal: input.signal,
        signalIsHangUp: input.signalIsHangUp,
        alias,
      });
      metrics.record({
        requestId,
        funcUrn,
        version: shownVersion,
        alias,
        startedAt,
        durationMs: outcome.durationMs,
        billedMs: outcome.billedDurationMs,
        memoryUsedMb: outcome.maxMemoryUsedMB,
        memoryMb: spec.memoryMB,
        outcome: metricOutcome(outcome.status),
        errorCode: outcome.errorCode,
        coldStart: outcome.coldStart,
        source: input.source,
      });
      const streamId = logStreamId(config.functionId);
      for (const line of outcome.logs) {
        logs.append({
          streamId,
          time: line.time,
          content: line.message,
          labels: {
            functionName: config.name,
            functionUrn: funcUrn,
            package: config.package,
            version: alias ?? shownVersion,
            requestId,
            instanceId: outcome.instanceId,
            level: line.level,
            logType: PLATFORM_LINE.test(line.message) ? 'platform' : 'function',
            category: 'FunctionGraph',
            source: input.source,
          },
        });
      }
      return { requestId, outcome, config, version: shownVersion, ...(alias ? { alias } : {}), funcUrn };
    },
  };
}
