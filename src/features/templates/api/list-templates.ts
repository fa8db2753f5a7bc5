/** seed 7.10.1 `GET P/templates` (filters runtime, scene; `{func_templates, next_marker}`, no count). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { ListTemplatesResponse } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';

export const templateKeys = {
  all: (scope: ConnectionScope) => ['templates', scope.connectionId, scope.projectId] as const,
};

export function templatesQueryOptions(scope: ConnectionScope) {
  return queryOptions({
    queryKey: templateKeys.all(scope),
    // All public templates in one call (maxitems 400); filtering happens client-side so it is instant.
    queryFn: ({ signal }) =>
      fgRequest<ListTemplatesResponse>(scope, '/fgs/templates', { query: { maxitems: 400 }, signal }),
    select: (data) => data.func_templates,
    staleTime: 5 * 60_000,
  });
}

export function useTemplates() {
  return useQuery(templatesQueryOptions(useConnectionScope()));
}
