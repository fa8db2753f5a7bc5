/**
 * seed 7.6.6 `GET F/config` of one version or alias: one query for every page that shows it (detail header,
 * Code tab, Configuration tab), so the Code tab's first load reads it once.
 *
 * @example
 * const config = useFunctionConfig(scope, fn.urn); // `…:latest`, `…:v1`, `…:!prod`; unqualified = latest
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionConfig } from '@/api/contract/functions';
import { functionQueryRoots, qualifiedUrnOf } from '@/lib/function-ref';

export function getFunctionConfig(scope: ConnectionScope, urn: string, signal?: AbortSignal) {
  return fgRequest<FunctionConfig>(
    scope,
    `/fgs/functions/${encodeURIComponent(qualifiedUrnOf(urn))}/config`,
    { signal },
  );
}

export const functionConfigQueryOptions = (scope: ConnectionScope, urn: string) =>
  queryOptions({
    queryKey: functionQueryRoots.config(scope, urn),
    queryFn: ({ signal }) => getFunctionConfig(scope, urn, signal),
  });

export const useFunctionConfig = (scope: ConnectionScope, urn: string) =>
  useQuery(functionConfigQueryOptions(scope, urn));
