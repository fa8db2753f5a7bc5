/** seed 7.6.6 `GET F/config` for the selected version or alias; 7.7.6 versions and 7.7.1 aliases for the selector. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionAlias, FunctionConfig, FunctionVersion } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { useFunctionRef } from '@/lib/function-ref';
import { functionKeys } from './keys';

const enc = encodeURIComponent;

export function functionDetailQueryOptions(scope: ConnectionScope, ref: FunctionRef) {
  return queryOptions({
    queryKey: functionKeys.detail(scope, ref.package, ref.name, ref.urn),
    queryFn: ({ signal }) =>
      fgRequest<FunctionConfig>(scope, `/fgs/functions/${enc(ref.urn)}/config`, { signal }),
  });
}

export function useFunctionDetail() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery(functionDetailQueryOptions(scope, ref));
}

export function useFunctionVersions() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery({
    queryKey: functionKeys.versions(scope, ref.package, ref.name, ref.unqualifiedUrn),
    queryFn: ({ signal }) =>
      fgRequest<{ versions: FunctionVersion[] }>(
        scope,
        `/fgs/functions/${enc(ref.unqualifiedUrn)}/versions`,
        {
          query: { maxitems: 400 },
          signal,
        },
      ),
    select: (data) => data.versions,
  });
}

export function useFunctionAliases() {
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  return useQuery({
    queryKey: functionKeys.aliases(scope, ref.package, ref.name, ref.unqualifiedUrn),
    // seed 7.7.1 answers a bare array.
    queryFn: ({ signal }) =>
      fgRequest<FunctionAlias[]>(scope, `/fgs/functions/${enc(ref.unqualifiedUrn)}/aliases`, { signal }),
  });
}
