/**
 * Query keys of the functions feature (STYLE.md rule 2): all → list → function. A function's config, versions
 * and aliases are keyed by `functionQueryRoots` (src/lib/function-ref.ts), shared with the other tabs.
 */
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots } from '@/lib/function-ref';

export const functionKeys = {
  all: (scope: ConnectionScope) => functionQueryRoots.all(scope.connectionId),
  list: (scope: ConnectionScope) => [...functionKeys.all(scope), 'list', scope.projectId] as const,
  pinned: (scope: ConnectionScope) => [...functionKeys.all(scope), 'pinned', scope.projectId] as const,
  function: (scope: ConnectionScope, pkg: string, name: string) =>
    functionQueryRoots.function(scope.connectionId, pkg, name),
  impact: (scope: ConnectionScope, urns: readonly string[]) =>
    [...functionKeys.all(scope), 'impact', ...urns] as const,
};
