/** Query keys for logs (STYLE.md rule 2). */
import type { ConnectionScope } from '@/api/client';

export const logsKeys = {
  all: (scope: ConnectionScope) => ['logs', scope.connectionId, scope.projectId] as const,
  detail: (scope: ConnectionScope, urn: string) => [...logsKeys.all(scope), 'detail', urn] as const,
  functions: (scope: ConnectionScope) => [...logsKeys.all(scope), 'functions'] as const,
  query: (scope: ConnectionScope, streams: string, filters: string) =>
    [...logsKeys.all(scope), 'query', streams, filters] as const,
  tail: (scope: ConnectionScope, streams: string, filters: string, startedAt: number) =>
    [...logsKeys.all(scope), 'tail', streams, filters, startedAt] as const,
  request: (scope: ConnectionScope, streams: string, requestId: string, byKeyword: boolean) =>
    [...logsKeys.all(scope), 'request', streams, requestId, byKeyword] as const,
  asyncRecord: (scope: ConnectionScope, urn: string, requestId: string) =>
    [...logsKeys.all(scope), 'async', urn, requestId] as const,
};
