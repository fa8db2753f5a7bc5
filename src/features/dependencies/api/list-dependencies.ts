/**
 * seed 7.3.1 `GET P/dependencies`: the dependencies of the project (each described by its latest version),
 * filtered by type, runtime and name. `marker` is where the next page starts (400 per page); every page is
 * read, up to MAX_PAGES, as one list.
 *
 * @example
 * const { data } = useDependencies({ type: 'private', runtime: 'Python3.9' });
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { useConnectionScope } from '@/lib/active-connection';
import { dependencyKeys } from './keys';
import type { DependencyFilters } from './keys';
import type { Dependency, ListDependenciesResponse } from './types';

export const PAGE_SIZE = 400;
/** 25 pages of 400: far beyond the per-account dependency quota, so a broken marker cannot loop forever. */
export const MAX_PAGES = 25;

export function listDependenciesPage(
  scope: ConnectionScope,
  filters: DependencyFilters,
  marker: number,
  signal?: AbortSignal,
) {
  return fgRequest<ListDependenciesResponse>(scope, '/fgs/dependencies', {
    query: {
      dependency_type: filters.type,
      runtime: filters.runtime || undefined,
      name: filters.name || undefined,
      marker,
      maxitems: PAGE_SIZE,
    },
    signal,
  });
}

export async function listDependencies(
  scope: ConnectionScope,
  filters: DependencyFilters,
  signal?: AbortSignal,
): Promise<Dependency[]> {
  const all: Dependency[] = [];
  let marker = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const res = await listDependenciesPage(scope, filters, marker, signal);
    all.push(...res.dependencies);
    if (res.dependencies.length === 0 || all.length >= res.count || res.next_marker <= marker) break;
    marker = res.next_marker;
  }
  return all;
}

export const dependenciesQueryOptions = (scope: ConnectionScope, filters: DependencyFilters) =>
  queryOptions({
    queryKey: dependencyKeys.list(scope, filters),
    queryFn: ({ signal }) => listDependencies(scope, filters, signal),
  });

/** Keeps the rows of the previous filters on screen while the next ones load (no flash of skeletons). */
export function useDependencies(filters: DependencyFilters, options: { enabled?: boolean } = {}) {
  const scope = useConnectionScope();
  return useQuery({
    ...dependenciesQueryOptions(scope, filters),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
