/** Query keys of the dependencies feature (STYLE.md rule 2): all → list(filters) → versions(dependency). */
import type { ConnectionScope } from '@/api/client';
import type { DependencyType } from './types';

export interface DependencyFilters {
  type: DependencyType;
  /** Exact runtime (seed 7.3.1 `runtime`); undefined lists every runtime. */
  runtime?: string | undefined;
  /** Part of the name (seed 7.3.1 `name`). */
  name?: string | undefined;
}

export const dependencyKeys = {
  all: (scope: ConnectionScope) => ['dependencies', scope.connectionId, scope.projectId] as const,
  lists: (scope: ConnectionScope) => [...dependencyKeys.all(scope), 'list'] as const,
  list: (scope: ConnectionScope, filters: DependencyFilters) =>
    [...dependencyKeys.lists(scope), filters.type, filters.runtime ?? '', filters.name ?? ''] as const,
  versions: (scope: ConnectionScope, dependencyId: string) =>
    [...dependencyKeys.all(scope), 'versions', dependencyId] as const,
};
