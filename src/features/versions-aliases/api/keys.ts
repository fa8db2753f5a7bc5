/**
 * Query keys of the Versions and Aliases tabs, under the function's root. The lists themselves are the
 * function's shared queries (`functionQueryRoots.versions`/`aliases`): the header's selector reads the same ones
 * and refreshes with them.
 */
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots } from '@/lib/function-ref';
import type { FunctionRef } from '@/lib/function-ref';

type Fn = Pick<FunctionRef, 'package' | 'name' | 'unqualifiedUrn'>;

export const versionAliasKeys = {
  function: (scope: ConnectionScope, fn: Fn) =>
    functionQueryRoots.function(scope.connectionId, fn.package, fn.name),
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
