/**
 * seed 7.7.1 `GET F/aliases`: one query for the detail header's selector, the Aliases tab, the test panel and
 * the monitoring filter, keyed by the unqualified URN whichever URN the caller holds (the aliases are the
 * function's, not a version's).
 *
 * @example
 * const aliases = useFunctionAliases(scope, fn.unqualifiedUrn);
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionAlias } from '@/api/contract/functions';
import { functionQueryRoots, unqualifiedUrnOf } from '@/lib/function-ref';

/** seed 7.7.1 answers a bare array. */
export function listFunctionAliases(scope: ConnectionScope, urn: string, signal?: AbortSignal) {
  return fgRequest<FunctionAlias[]>(
    scope,
    `/fgs/functions/${encodeURIComponent(unqualifiedUrnOf(urn))}/aliases`,
    { signal },
  );
}

export const functionAliasesQueryOptions = (scope: ConnectionScope, urn: string) =>
  queryOptions({
    queryKey: functionQueryRoots.aliases(scope, urn),
    queryFn: ({ signal }) => listFunctionAliases(scope, urn, signal),
  });

export const useFunctionAliases = (scope: ConnectionScope, urn: string) =>
  useQuery(functionAliasesQueryOptions(scope, urn));
