/**
 * seed 7.7.6 `GET F/versions` (first page, up to 400): one query for the detail header's selector, the
 * Versions and Aliases tabs, the test panel and the monitoring filter, keyed by the unqualified URN whichever
 * URN the caller holds (the list is the function's, not a version's).
 *
 * @example
 * const names = useQuery({ ...functionVersionsQueryOptions(scope, urn), select: (vs) => vs.map((v) => v.version) });
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionVersion, ListFunctionVersionsResponse } from '@/api/contract/functions';
import { functionQueryRoots, unqualifiedUrnOf } from '@/lib/function-ref';

/** The versions of the function `urn` names, `latest` included (seed 7.7.6: maxitems ≤ 400). */
export async function listFunctionVersions(
  scope: ConnectionScope,
  urn: string,
  signal?: AbortSignal,
): Promise<FunctionVersion[]> {
  const res = await fgRequest<ListFunctionVersionsResponse>(
    scope,
    `/fgs/functions/${encodeURIComponent(unqualifiedUrnOf(urn))}/versions`,
    { query: { maxitems: 400 }, signal },
  );
  return res.versions;
}

export const functionVersionsQueryOptions = (scope: ConnectionScope, urn: string) =>
  queryOptions({
    queryKey: functionQueryRoots.versions(scope, urn),
    queryFn: ({ signal }) => listFunctionVersions(scope, urn, signal),
  });

export const useFunctionVersions = (scope: ConnectionScope, urn: string) =>
  useQuery(functionVersionsQueryOptions(scope, urn));
