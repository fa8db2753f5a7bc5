/**
 * Versions: publish from latest (7.7.7), delete one (7.6.3 with a version URN), and the code (7.6.4) + config
 * (7.6.6) snapshot of a version for the diff. The list (7.7.6) is the function's shared query
 * (src/lib/function-api/list-function-versions.ts), under the root these mutations invalidate.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionVersion } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { versionAliasKeys } from './keys';

const enc = encodeURIComponent;
const fnPath = (urn: string) => `/fgs/functions/${enc(urn)}`;

export interface VersionSnapshot {
  config: Record<string, unknown>;
  /** The code package: a base64 ZIP (inline/zip code types), or undefined when the API gave none. */
  zipBase64: string | undefined;
}

export function snapshotQueryOptions(scope: ConnectionScope, fn: FunctionRef, version: string) {
  return queryOptions({
    queryKey: versionAliasKeys.snapshot(scope, fn, version),
    queryFn: async ({ signal }): Promise<VersionSnapshot> => {
      const urn = `${fn.unqualifiedUrn}:${version}`;
      const [config, code] = await Promise.all([
        fgRequest<Record<string, unknown>>(scope, `${fnPath(urn)}/config`, { signal }),
        fgRequest<{ func_code?: { file?: string } }>(scope, `${fnPath(urn)}/code`, { signal }),
      ]);
      return { config, zipBase64: code.func_code?.file || undefined };
    },
    // A published version never changes (seed 7.7.7: an immutable snapshot); latest can.
    staleTime: version === 'latest' ? 0 : Infinity,
  });
}

function useInvalidateFunction(fn: FunctionRef) {
  const queryClient = useQueryClient();
  const scope = useConnectionScope();
  return () => queryClient.invalidateQueries({ queryKey: versionAliasKeys.function(scope, fn) });
}

export function usePublishVersion(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidateFunction(fn);
  return useMutation({
    mutationFn: (body: { version?: string; description?: string }) =>
      fgRequest<FunctionVersion>(scope, `${fnPath(fn.unqualifiedUrn)}/versions`, {
        method: 'POST',
        json: body,
      }),
    onSuccess: invalidate,
    meta: { toastOnError: false },
  });
}

export function useDeleteVersion(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidateFunction(fn);
  return useMutation({
    mutationFn: (version: string) =>
      fgRequest<undefined>(scope, fnPath(`${fn.unqualifiedUrn}:${version}`), { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
