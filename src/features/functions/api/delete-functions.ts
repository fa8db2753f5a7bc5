/**
 * Deleting whole functions (seed 7.6.3 with an unqualified URN removes every version, alias and trigger) and
 * the impact summary shown before confirming (UI.md "Destructive actions"): versions (7.7.6, `latest` not
 * counted), aliases (7.7.1) and triggers (7.13.2) of each function.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { useConnectionScope } from '@/lib/active-connection';
import { listFunctionAliases } from '@/lib/function-api/list-function-aliases';
import { listFunctionVersions } from '@/lib/function-api/list-function-versions';
import { functionKeys } from './keys';

const enc = encodeURIComponent;

export interface DeleteImpact {
  urn: string;
  versions: number;
  aliases: number;
  triggers: number;
}

export async function fetchImpact(scope: ConnectionScope, urn: string, signal?: AbortSignal) {
  const [versions, aliases, triggers] = await Promise.all([
    listFunctionVersions(scope, urn, signal),
    listFunctionAliases(scope, urn, signal),
    fgRequest<unknown[]>(scope, `/fgs/triggers/${enc(urn)}`, { signal }),
  ]);
  return {
    urn,
    versions: versions.filter((v) => v.version !== 'latest').length,
    aliases: aliases.length,
    triggers: triggers.length,
  } satisfies DeleteImpact;
}

export function useDeleteImpact(urns: readonly string[], enabled: boolean) {
  const scope = useConnectionScope();
  return useQuery({
    queryKey: functionKeys.impact(scope, urns),
    queryFn: ({ signal }) => Promise.all(urns.map((urn) => fetchImpact(scope, urn, signal))),
    enabled: enabled && urns.length > 0,
    staleTime: 0,
    gcTime: 0,
  });
}

export interface DeleteResult {
  urn: string;
  name: string;
  error?: unknown;
}

/** Deletes one by one (progress with counts), collecting each result instead of stopping at the first failure. */
export function useDeleteFunctions(onProgress?: (done: number) => void) {
  const scope = useConnectionScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (targets: readonly { urn: string; name: string }[]) => {
      const results: DeleteResult[] = [];
      for (const target of targets) {
        try {
          await fgRequest(scope, `/fgs/functions/${enc(target.urn)}`, { method: 'DELETE' });
          results.push(target);
        } catch (error) {
          results.push({ ...target, error });
        }
        onProgress?.(results.length);
      }
      return results;
    },
    // Errors are reported per item in the result; no cache-level toast for the whole batch.
    meta: { toastOnError: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: functionKeys.list(scope) }),
  });
}
