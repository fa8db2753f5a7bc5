/**
 * The async queue of a running local FunctionGraph: each request runs through the invoker, with the function's
 * async config (seed 7.15.3: the alias's, else the version's, else the defaults) and its destinations.
 */
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import type { Invoker } from '../invoke/invoker';
import { asyncConfigStoreFor } from '../store/async-config-store';
import { AsyncQueue, DEFAULT_ASYNC_POLICY } from './async-queue';
import type { AsyncPolicy, AsyncRequestRow } from './async-queue';

export interface AsyncWorkerOptions {
  /** Overrides the stored async config (tests). */
  asyncPolicy?: (row: AsyncRequestRow) => AsyncPolicy | undefined;
  asyncRetryDelayMs?: (attempt: number) => number;
}

type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';

/**
 * The event a FunctionGraph destination receives. Seed 7.15.3 names the destinations but not the record; this
 * shape is ours (documented in the README).
 */
export function destinationEvent(row: AsyncRequestRow, condition: Condition) {
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

export function createAsyncWorker(
  deps: LocalDeps,
  invoker: Invoker,
  options: AsyncWorkerOptions = {},
): AsyncQueue {
  const asyncConfigs = asyncConfigStoreFor(deps);
  const storedPolicy = (row: AsyncRequestRow): AsyncPolicy => {
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
  const queue: AsyncQueue = new AsyncQueue({
    db: deps.db,
    policyFor: (row) => options.asyncPolicy?.(row) ?? storedPolicy(row),
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
        // The function or version is gone: retrying cannot help.
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
        const condition: Condition =
          row.status === 'SUCCESS'
            ? 'Success'
            : row.status === 'DISCARD'
              ? 'EventAgeExceeded'
              : 'RetriesExhausted';
        const id = queue.enqueue({
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
  return queue;
}
