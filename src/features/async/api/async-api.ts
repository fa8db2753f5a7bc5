/**
 * Async invocation records (seed 7.15.5), active requests (7.15.6) and cancel (7.15.7; the local server answers
 * 200 with an empty body, the seed shows `null`).
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { fgRequest } from '@/api/client';

const enc = encodeURIComponent;

export type AsyncStatus = 'WAIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | 'DISCARD';
export const ASYNC_STATUSES: AsyncStatus[] = ['WAIT', 'RUNNING', 'SUCCESS', 'FAIL', 'DISCARD'];

export interface AsyncInvocation {
  request_id: string;
  status: AsyncStatus;
  error_message: string;
  error_code: number;
  start_time: string;
  end_time: string;
}

export interface AsyncInvocationList {
  invocations: AsyncInvocation[];
  count: number;
  next_marker: number;
}

export interface AsyncFilters {
  status: AsyncStatus | '';
  /** Epoch ms. */
  from: number;
  to: number;
  active: boolean;
}

export const asyncKeys = {
  all: (scope: ConnectionScope) => ['async', scope.connectionId, scope.projectId] as const,
  function: (scope: ConnectionScope, urn: string) => [...asyncKeys.all(scope), urn] as const,
  list: (scope: ConnectionScope, urn: string, filters: AsyncFilters) =>
    [...asyncKeys.function(scope, urn), 'list', filters] as const,
};

/** `YYYY-MM-DDTHH:mm:ss` in UTC (seed 7.15.5 query_begin_time). */
export function asyncTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** The API's UTC times (no zone) as epoch ms. */
export function parseAsyncTime(value: string): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(t) ? undefined : t;
}

export function asyncListQueryOptions(
  scope: ConnectionScope,
  urn: string,
  filters: AsyncFilters,
  live: boolean,
) {
  return queryOptions({
    queryKey: asyncKeys.list(scope, urn, filters),
    queryFn: ({ signal }) =>
      fgRequest<AsyncInvocationList>(
        scope,
        `/fgs/functions/${enc(urn)}/${filters.active ? 'active-async-invocations' : 'async-invocations'}`,
        {
          query: {
            status: filters.status || undefined,
            query_begin_time: asyncTime(filters.from),
            query_end_time: asyncTime(filters.to),
            limit: 100,
          },
          signal,
        },
      ),
    ...(live ? { refetchInterval: 3000 } : {}),
  });
}

export function useCancelAsync(scope: ConnectionScope, urn: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { requestId: string; force: boolean }) =>
      fgRequest<unknown>(scope, `/fgs/functions/${enc(urn)}/cancel`, {
        method: 'POST',
        json: { request_id: input.requestId, ...(input.force ? { type: 'force' } : {}) },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: asyncKeys.function(scope, urn) }),
  });
}
