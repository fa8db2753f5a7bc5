import type { ConnectionScope } from '@/api/client';

/** Query keys of the code feature (STYLE.md rule 2). */
export const codeKeys = {
  all: (scope: ConnectionScope) => ['code', scope] as const,
  code: (scope: ConnectionScope, urn: string) => [...codeKeys.all(scope), 'code', urn] as const,
  config: (scope: ConnectionScope, urn: string) => [...codeKeys.all(scope), 'config', urn] as const,
};
