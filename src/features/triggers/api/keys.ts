/** Query keys of the triggers feature, under the function's root so a function-wide invalidation reaches them. */
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots } from '@/lib/function-ref';
import type { FunctionRef } from '@/lib/function-ref';

export const triggerKeys = {
  all: (scope: ConnectionScope, fn: Pick<FunctionRef, 'package' | 'name'>) =>
    [
      ...functionQueryRoots.function(scope.connectionId, fn.package, fn.name),
      'triggers',
      scope.projectId,
    ] as const,
  /** `urn` carries the qualifier: triggers belong to a version or an alias. */
  list: (scope: ConnectionScope, fn: Pick<FunctionRef, 'package' | 'name' | 'urn'>) =>
    [...triggerKeys.all(scope, fn), fn.urn] as const,
};
