/**
 * Tags of every function, for searching by tag: seed 7.6.14 `POST /v2/{pid}/functions/resource-instances/filter`
 * (not under /fgs), 1000 resources per page by `offset`. Loaded after the list; search works without it.
 */
import { useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { ResourceTag } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';
import { functionKeys } from './keys';

interface ResourceInstances {
  resources: { resource_detail?: { detailId?: string }; tags?: ResourceTag[] }[];
  total_count: number;
}

const PAGE = 1000;

export async function fetchAllTags(scope: ConnectionScope, signal?: AbortSignal) {
  const byUrn = new Map<string, ResourceTag[]>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await fgRequest<ResourceInstances>(scope, '/functions/resource-instances/filter', {
      method: 'POST',
      json: { action: 'filter', offset: String(offset), limit: String(PAGE) },
      signal,
    });
    for (const r of page.resources) {
      const urn = r.resource_detail?.detailId;
      if (urn && r.tags && r.tags.length > 0) byUrn.set(urn, r.tags);
    }
    if (page.resources.length < PAGE || offset + PAGE >= page.total_count) return byUrn;
  }
}

export function useFunctionTags() {
  const scope = useConnectionScope();
  return useQuery({
    queryKey: [...functionKeys.list(scope), 'tags'],
    queryFn: ({ signal }) => fetchAllTags(scope, signal),
    staleTime: 30_000,
    // Tag search is a bonus over name/runtime/app: a failure here must not toast over a working list.
    meta: { toastOnError: false },
  });
}
