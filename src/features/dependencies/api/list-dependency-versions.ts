/** seed 7.3.4 `GET P/dependencies/{depend_id}/version`: every version of one dependency (pages of 400). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { useConnectionScope } from '@/lib/active-connection';
import { dependencyKeys } from './keys';
import { MAX_PAGES, PAGE_SIZE } from './list-dependencies';
import type { Dependency, ListDependenciesResponse } from './types';

const enc = encodeURIComponent;

export async function listDependencyVersions(
  scope: ConnectionScope,
  dependencyId: string,
  signal?: AbortSignal,
): Promise<Dependency[]> {
  const all: Dependency[] = [];
  let marker = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const res = await fgRequest<ListDependenciesResponse>(
      scope,
      `/fgs/dependencies/${enc(dependencyId)}/version`,
      { query: { marker, maxitems: PAGE_SIZE }, signal },
    );
    all.push(...res.dependencies);
    if (res.dependencies.length === 0 || all.length >= res.count || res.next_marker <= marker) break;
    marker = res.next_marker;
  }
  return all;
}

export const dependencyVersionsQueryOptions = (scope: ConnectionScope, dependencyId: string) =>
  queryOptions({
    queryKey: dependencyKeys.versions(scope, dependencyId),
    queryFn: ({ signal }) => listDependencyVersions(scope, dependencyId, signal),
  });

export function useDependencyVersions(dependencyId: string | undefined) {
  const scope = useConnectionScope();
  return useQuery({
    ...dependencyVersionsQueryOptions(scope, dependencyId ?? ''),
    enabled: dependencyId !== undefined,
  });
}
