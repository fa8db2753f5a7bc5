import type { ConnectionScope } from '@/api/client';

/** Query keys of the test-events feature (STYLE.md rule 2). Events belong to the function (seed 7.4). */
export const testEventKeys = {
  all: (scope: ConnectionScope, functionUrn: string) => ['test-events', scope, functionUrn] as const,
  list: (scope: ConnectionScope, functionUrn: string) =>
    [...testEventKeys.all(scope, functionUrn), 'list'] as const,
  detail: (scope: ConnectionScope, functionUrn: string, id: string) =>
    [...testEventKeys.all(scope, functionUrn), 'detail', id] as const,
  asyncStatus: (scope: ConnectionScope, urn: string, requestId: string) =>
    ['test-events', scope, 'async', urn, requestId] as const,
};
