/** Query keys for function metrics (STYLE.md rule 2). */
import type { ConnectionScope } from '@/api/client';

export const metricsKeys = {
  all: (scope: ConnectionScope) => ['metrics', scope.connectionId, scope.projectId] as const,
  function: (scope: ConnectionScope, urn: string) => [...metricsKeys.all(scope), 'function', urn] as const,
  statistics: (scope: ConnectionScope, urn: string, period: number) =>
    [...metricsKeys.function(scope, urn), 'statistics', period] as const,
  sla: (scope: ConnectionScope, urn: string, period: number) =>
    [...metricsKeys.function(scope, urn), 'sla', period] as const,
};
