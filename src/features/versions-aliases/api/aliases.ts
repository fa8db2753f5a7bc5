/**
 * Alias writes (seed 7.7.2–7.7.5) and the per-version statistics behind the canary health view (7.8.3). The list
 * (7.7.1) is the function's shared query (src/lib/function-api/list-function-aliases.ts), under the root these
 * mutations invalidate.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionAlias } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { versionAliasKeys } from './keys';
import type { AliasRequest, FunctionStatistics } from './types';

const enc = encodeURIComponent;
const aliasesPath = (fn: FunctionRef) => `/fgs/functions/${enc(fn.unqualifiedUrn)}/aliases`;

/** The last hour of one version, per minute (seed 7.8.3 `statistics/{period}`). */
export function statisticsQueryOptions(scope: ConnectionScope, fn: FunctionRef, version: string) {
  return queryOptions({
    queryKey: versionAliasKeys.statistics(scope, fn, version),
    queryFn: ({ signal }) =>
      fgRequest<FunctionStatistics>(
        scope,
        `/fgs/functions/${enc(`${fn.unqualifiedUrn}:${version}`)}/statistics/60`,
        {
          signal,
        },
      ),
    refetchInterval: 30_000,
  });
}

function useInvalidateFunction(fn: FunctionRef) {
  const queryClient = useQueryClient();
  const scope = useConnectionScope();
  return () => queryClient.invalidateQueries({ queryKey: versionAliasKeys.function(scope, fn) });
}

export function useSaveAlias(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidateFunction(fn);
  return useMutation({
    mutationFn: ({ existing, body }: { existing: string | undefined; body: AliasRequest }) =>
      existing === undefined
        ? fgRequest<FunctionAlias>(scope, aliasesPath(fn), { method: 'POST', json: body })
        : fgRequest<FunctionAlias>(scope, `${aliasesPath(fn)}/${enc(existing)}`, {
            method: 'PUT',
            json: body,
          }),
    onSuccess: invalidate,
    meta: { toastOnError: false },
  });
}

export function useDeleteAlias(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidateFunction(fn);
  return useMutation({
    mutationFn: (name: string) =>
      fgRequest<undefined>(scope, `${aliasesPath(fn)}/${enc(name)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
