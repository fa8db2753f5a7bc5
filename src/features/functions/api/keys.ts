/** Query keys of the functions feature (STYLE.md rule 2): all → list → function → detail/versions/aliases. */
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots } from '@/lib/function-ref';

export const functionKeys = {
  all: (scope: ConnectionScope) => functionQueryRoots.all(scope.connectionId),
  list: (scope: ConnectionScope) => [...functionKeys.all(scope), 'list', scope.projectId] as const,
  pinned: (scope: ConnectionScope) => [...functionKeys.all(scope), 'pinned', scope.projectId] as const,
  function: (scope: ConnectionScope, pkg: string, name: string) =>
    functionQueryRoots.function(scope.connectionId, pkg, name),
  /** `urn` carries the qualifier (and region/project), so each version or alias has its own entry. */
  detail: (scope: ConnectionScope, pkg: string, name: string, urn: string) =>
    functionQueryRoots.config(scope.connectionId, pkg, name, urn),
  versions: (scope: ConnectionScope, pkg: string, name: string, urn: string) =>
    [...functionKeys.function(scope, pkg, name), 'versions', urn] as const,
  aliases: (scope: ConnectionScope, pkg: string, name: string, urn: string) =>
    [...functionKeys.function(scope, pkg, name), 'aliases', urn] as const,
  impact: (scope: ConnectionScope, urns: readonly string[]) =>
    [...functionKeys.all(scope), 'impact', ...urns] as const,
};
