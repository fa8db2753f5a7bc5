/**
 * Invocations from the test panel: sync (seed 7.1.1, v1 JSON + log tail), async (7.1.2 → 202 request_id) and
 * the local draft run (`/local/v1/.../draft-invocations`, same answer as sync). Results go into the panel
 * as `InvocationResult`s; platform refusals become `fss-error` results rather than thrown errors.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequestRaw, fgPath, fgRequest, localPath } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { AsyncStatus, InvocationResult, SyncInvokeBody } from '../utils/invocation-result';
import { FINAL_ASYNC, fromError, fromSyncResponse } from '../utils/invocation-result';
import { testEventKeys } from './keys';
import { urnPath } from './function-urn';

const SYNC_HEADERS = { 'x-cff-request-version': 'v1', 'x-cff-log-type': 'tail' };

export type InvokeInput =
  | { mode: 'sync'; urn: string; event: unknown }
  | { mode: 'async'; urn: string; event: unknown }
  | { mode: 'draft'; urn: string; event: unknown; code: string };

export async function invoke(scope: ConnectionScope, input: InvokeInput): Promise<InvocationResult> {
  try {
    if (input.mode === 'async') {
      const { request_id } = await fgRequest<{ request_id: string }>(
        scope,
        `${urnPath(input.urn)}/invocations-async`,
        { method: 'POST', json: input.event },
      );
      return { kind: 'async', requestId: request_id, status: 'WAIT' };
    }
    const path =
      input.mode === 'draft'
        ? localPath(scope, `/functions/${encodeURIComponent(input.urn)}/draft-invocations`)
        : fgPath(scope, `${urnPath(input.urn)}/invocations`);
    const response = await apiRequestRaw<SyncInvokeBody>(path, {
      method: 'POST',
      headers: SYNC_HEADERS,
      json: input.mode === 'draft' ? { code: input.code, event: input.event } : input.event,
    });
    return fromSyncResponse(response.data, response.headers, input.mode === 'draft');
  } catch (error) {
    return fromError(error);
  }
}

export function useInvoke(scope: ConnectionScope) {
  return useMutation({
    meta: { toastOnError: false },
    mutationFn: (input: InvokeInput) => invoke(scope, input),
  });
}

interface AsyncListResponse {
  invocations: {
    request_id: string;
    status: AsyncStatus;
    error_code?: number;
    error_message?: string;
    start_time?: string;
    end_time?: string;
  }[];
}

/**
 * Follows an async request (seed 7.15.5 filtered by request_id) until it reaches a final state; the status
 * lives in the query cache (STYLE.md rule 7).
 */
export function useAsyncStatus(scope: ConnectionScope, urn: string, requestId: string | undefined) {
  return useQuery({
    queryKey: testEventKeys.asyncStatus(scope, urn, requestId ?? ''),
    enabled: requestId !== undefined,
    queryFn: async ({ signal }) => {
      const list = await fgRequest<AsyncListResponse>(scope, `${urnPath(urn)}/async-invocations`, {
        query: { request_id: requestId, limit: 1 },
        signal,
      });
      return list.invocations.find((i) => i.request_id === requestId) ?? null;
    },
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && FINAL_ASYNC.includes(status) ? false : 1000;
    },
  });
}
