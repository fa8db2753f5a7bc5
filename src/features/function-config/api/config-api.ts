/**
 * Reads and writes of the configuration tab. The config itself is the function's shared query
 * (src/lib/function-api/get-function-config.ts: the header reads the same entry). Every mutation refreshes the
 * function's data (header, this tab, versions) through the shared query root, so what was saved is what is shown.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type {
  AsyncInvokeConfig,
  FunctionConfig,
  ListFunctionsResponse,
  ResourceTag,
} from '@/api/contract/functions';
import { isApiError } from '@/api/errors';
import { useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { functionQueryRoots, useFunctionRef } from '@/lib/function-ref';

const enc = encodeURIComponent;

export const configKeys = {
  function: (ref: FunctionRef) => functionQueryRoots.function(ref.connectionId, ref.package, ref.name),
  part: (scope: ConnectionScope, ref: FunctionRef, part: string) =>
    [...configKeys.function(ref), 'settings', part, scope.projectId, ref.urn] as const,
  functionsForPicker: (scope: ConnectionScope) =>
    ['functions', scope.connectionId, 'picker', scope.projectId] as const,
};

/** A GET that answers 404 when nothing is configured yet (async config FSS.1086, tracing FSS.0404). */
async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export function useAsyncConfig() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery({
    queryKey: configKeys.part(scope, ref, 'async'),
    queryFn: ({ signal }) =>
      orNull(
        fgRequest<AsyncInvokeConfig>(scope, `/fgs/functions/${enc(ref.urn)}/async-invoke-config`, { signal }),
      ),
  });
}

export function useTracing() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery({
    queryKey: configKeys.part(scope, ref, 'tracing'),
    queryFn: ({ signal }) =>
      orNull(
        fgRequest<{ tracing_ak?: string; tracing_sk?: string }>(
          scope,
          `/fgs/functions/${enc(ref.urn)}/tracing`,
          {
            signal,
          },
        ),
      ),
  });
}

export function useTags() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery({
    queryKey: configKeys.part(scope, ref, 'tags'),
    // seed 7.6.9: not under /fgs; the resource id is the unqualified URN.
    queryFn: ({ signal }) =>
      fgRequest<{ tags: ResourceTag[] }>(scope, `/functions/${enc(ref.unqualifiedUrn)}/tags`, { signal }),
    select: (data) => data.tags,
  });
}

export function useReserved() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery({
    queryKey: configKeys.part(scope, ref, 'reserved'),
    // seed 7.11.3: counts per URN.
    queryFn: ({ signal }) =>
      fgRequest<{ reservedinstances: { func_urn: string; count: number }[] }>(
        scope,
        '/fgs/functions/reservedinstances',
        { query: { urn: ref.urn }, signal },
      ),
    select: (data) => data.reservedinstances.find((r) => r.func_urn === ref.urn)?.count ?? 0,
  });
}

/** Functions for the async destination picker: the first page is plenty for a picker that also takes a URN. */
export function usePickerFunctions() {
  const scope = useConnectionScope();
  return useQuery({
    queryKey: configKeys.functionsForPicker(scope),
    queryFn: ({ signal }) =>
      fgRequest<ListFunctionsResponse>(scope, '/fgs/functions', { query: { maxitems: 400 }, signal }),
    select: (data) => data.functions,
    staleTime: 60_000,
  });
}

/** A section's save: errors stay on the section (no toast), success refreshes everything about the function. */
export function useSectionSave<T>(
  save: (scope: ConnectionScope, ref: FunctionRef, value: T) => Promise<unknown>,
) {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: T) => save(scope, ref, value),
    meta: { toastOnError: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.function(ref) }),
  });
}

export const saves = {
  config: (scope: ConnectionScope, ref: FunctionRef, body: object) =>
    fgRequest<FunctionConfig>(scope, `/fgs/functions/${enc(ref.urn)}/config`, { method: 'PUT', json: body }),
  maxInstances: (scope: ConnectionScope, ref: FunctionRef, max: number) =>
    fgRequest(scope, `/fgs/functions/${enc(ref.urn)}/config-max-instance`, {
      method: 'PUT',
      json: { max_instance_num: max },
    }),
  reserved: (scope: ConnectionScope, ref: FunctionRef, count: number) =>
    fgRequest(scope, `/fgs/functions/${enc(ref.urn)}/reservedinstances`, { method: 'PUT', json: { count } }),
  async: (scope: ConnectionScope, ref: FunctionRef, body: AsyncInvokeConfig) =>
    fgRequest(scope, `/fgs/functions/${enc(ref.urn)}/async-invoke-config`, { method: 'PUT', json: body }),
  tracing: (scope: ConnectionScope, ref: FunctionRef, body: { tracing_ak: string; tracing_sk: string }) =>
    fgRequest(scope, `/fgs/functions/${enc(ref.urn)}/tracing`, { method: 'PUT', json: body }),
  tags: async (
    scope: ConnectionScope,
    ref: FunctionRef,
    { removed, tags }: { removed: string[]; tags: ResourceTag[] },
  ) => {
    const base = `/functions/${enc(ref.unqualifiedUrn)}/tags`;
    if (removed.length > 0)
      await fgRequest(scope, `${base}/delete`, {
        method: 'DELETE',
        json: { action: 'delete', tags: removed.map((key) => ({ key })) },
      });
    if (tags.length > 0)
      await fgRequest(scope, `${base}/create`, { method: 'POST', json: { action: 'create', tags } });
  },
};
