/**
 * Names and numbers for a function's dependency version ids. GET code resolves them (`dependencies`, seed
 * T7-210); ids a connection leaves unresolved are looked up in the versions of each listed dependency (at most
 * MAX_SCANNED of them).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConnectionScope } from '@/lib/active-connection';
import { dependenciesQueryOptions } from '../api/list-dependencies';
import { dependencyVersionsQueryOptions } from '../api/list-dependency-versions';
import type { Dependency } from '../api/types';
import { dependencyIdOf } from '../api/types';

const MAX_SCANNED = 50;

export interface AttachedVersion {
  id: string;
  name?: string | undefined;
  version?: number | undefined;
}

export function useAttachedVersions(
  attached: readonly string[],
  resolved: readonly AttachedVersion[],
): { items: AttachedVersion[]; resolving: boolean } {
  const scope = useConnectionScope();
  const known = useMemo(() => new Map(resolved.filter((r) => r.name).map((r) => [r.id, r])), [resolved]);
  const unresolved = attached.filter((id) => !known.has(id));
  const list = useQuery({
    ...dependenciesQueryOptions(scope, { type: 'all' }),
    enabled: unresolved.length > 0,
  });
  const listed = list.data ?? [];
  const versions = useQueries({
    queries: listed.slice(0, MAX_SCANNED).map((d) => ({
      ...dependencyVersionsQueryOptions(scope, dependencyIdOf(d)),
      enabled: unresolved.length > 0,
    })),
  });
  const found = new Map<string, Dependency>();
  for (const q of versions) for (const v of q.data ?? []) found.set(v.id, v);
  return {
    items: attached.map((id) => known.get(id) ?? found.get(id) ?? { id }),
    resolving: list.isLoading || (unresolved.length > 0 && versions.some((q) => q.isLoading)),
  };
}
