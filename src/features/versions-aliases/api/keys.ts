/** Query keys of versions and aliases, under the function's root (the header's selector refreshes with them). */
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots } from '@/lib/function-ref';
import type { FunctionRef } from '@/lib/function-ref';

type Fn = Pick<FunctionRef, 'package' | 'name' | 'unqualifiedUrn'>;

export const versionAliasKeys = {
  function: (scope: ConnectionScope, fn: Fn) =>
    functionQueryRoots.function(scope.connectionId, fn.package, fn.name),
  versions: (scope: ConnectionScope, fn: Fn) =>
    [...versionAliasKeys.function(scope, fn), 'va', 'versions', scope.projectId, fn.unqualifiedUrn] as const,
  aliases: (scope: ConnectionScope, fn: Fn) =>
    [...versionAliasKeys.function(scope, fn), 'va', 'aliases', scope.projectId, fn.unqualifiedUrn] as const,
  snapshot: (scope: ConnectionScope, fn: Fn, version: string) =>
    [
      ...versionAliasKeys.function(scope, fn),
      'va',
      'snapshot',
      scope.projectId,
      fn.unqualifiedUrn,
      version,
    ] as const,
  statistics: (scope: ConnectionScope, fn: Fn, version: string) =>
    [
      ...versionAliasKeys.function(scope, fn),
      'va',
      'statistics',
      scope.projectId,
      fn.unqualifiedUrn,
      version,
    ] as const,
};
