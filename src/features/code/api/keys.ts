import type { ConnectionScope } from '@/api/client';
import { qualifiedUrnOf } from '@/lib/function-ref';

/** Query keys of the code feature (STYLE.md rule 2); the config is the function's (`functionQueryRoots.config`). */
export const codeKeys = {
  all: (scope: ConnectionScope) => ['code', scope] as const,
  code: (scope: ConnectionScope, urn: string) =>
    [...codeKeys.all(scope), 'code', qualifiedUrnOf(urn)] as const,
};
