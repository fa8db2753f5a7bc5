/**
 * Log endpoints: `lts-log-detail` (seed 7.9.2) gives a function's LTS group and stream; the LTS ListLogs query
 * (lts-query.md) reads them, locally and on a cloud connection alike (through the proxy's `/lts` route).
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { fgRequest, ltsRequest } from '@/api/client';
import { logsKeys } from './keys';
import type { ListLogsRequest, ListLogsResponse, LogDetail } from './types';

const enc = encodeURIComponent;

/** A stream to read, named for the user (the function). */
export interface LogSource {
  key: string;
  label: string;
  urn: string;
  detail: LogDetail;
}

export function logDetailQueryOptions(scope: ConnectionScope, urn: string) {
  return queryOptions({
    queryKey: logsKeys.detail(scope, urn),
    queryFn: ({ signal }) =>
      fgRequest<LogDetail>(scope, `/fgs/functions/${enc(urn)}/lts-log-detail`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The log streams of the given functions (unqualified URNs), once all are known. */
export function useLogSources(scope: ConnectionScope, functions: readonly { urn: string; label: string }[]) {
  return useQueries({
    queries: functions.map((f) => logDetailQueryOptions(scope, f.urn)),
    combine: (results) => ({
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error,
      sources: results.flatMap((r, i): LogSource[] => {
        const f = functions[i];
        return r.data && f ? [{ key: r.data.stream_id, label: f.label, urn: f.urn, detail: r.data }] : [];
      }),
    }),
  });
}

export function queryStream(
  scope: ConnectionScope,
  detail: LogDetail,
  body: ListLogsRequest,
  signal?: AbortSignal,
): Promise<ListLogsResponse> {
  return ltsRequest<ListLogsResponse>(
    scope,
    `/groups/${enc(detail.group_id)}/streams/${enc(detail.stream_id)}/content/query`,
    { method: 'POST', json: body, ...(signal ? { signal } : {}) },
  );
}

interface FunctionListResponse {
  functions: { func_name: string; package: string; func_urn: string }[];
  next_marker?: number;
}

/** The function list for the cross-function Logs page (seed 7.6.1; first 400). */
export function useFunctionNames(scope: ConnectionScope) {
  return useQuery({
    queryKey: logsKeys.functions(scope),
    queryFn: async ({ signal }) => {
      const body = await fgRequest<FunctionListResponse>(scope, '/fgs/functions', {
        query: { maxitems: 400 },
        signal,
      });
      return body.functions.map((f) => ({
        package: f.package,
        name: f.func_name,
        urn: f.func_urn.split(':').slice(0, 7).join(':'),
      }));
    },
    staleTime: 30_000,
  });
}

export interface AsyncRecord {
  request_id: string;
  status: string;
  error_message: string;
  error_code: number;
  start_time: string;
  end_time: string;
}

/** The async record of a request (seed 7.15.5 with `request_id`), for its timeline; none for sync requests. */
export function useAsyncRecord(scope: ConnectionScope, urn: string | undefined, requestId: string) {
  return useQuery({
    queryKey: logsKeys.asyncRecord(scope, urn ?? '', requestId),
    enabled: urn !== undefined,
    queryFn: async ({ signal }) => {
      const body = await fgRequest<{ invocations: AsyncRecord[] }>(
        scope,
        `/fgs/functions/${enc(urn ?? '')}/async-invocations`,
        {
          // The default window is the last hour (seed 7.15.5); a request opened from the logs may be older.
          query: {
            request_id: requestId,
            query_begin_time: new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 19),
          },
          signal,
        },
      );
      return body.invocations[0] ?? null;
    },
  });
}
