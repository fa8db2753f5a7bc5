/**
 * seed 7.3.6 `DELETE P/dependencies/{depend_id}/version/{version}` → 204. A version some function uses is
 * refused with 412 FSS.1440 and nothing is removed; the confirm dialog shows that, not a toast.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { isApiError } from '@/api/errors';
import { useConnectionScope } from '@/lib/active-connection';
import { dependencyKeys } from './keys';

const enc = encodeURIComponent;

/** seed 7.3.6: the version is used by functions. */
export const VERSION_IN_USE = 'FSS.1440';

export const isVersionInUse = (error: unknown): boolean => isApiError(error) && error.code === VERSION_IN_USE;

export interface DeleteVersionInput {
  dependencyId: string;
  version: number;
}

export function deleteDependencyVersion(scope: ConnectionScope, input: DeleteVersionInput) {
  return fgRequest<undefined>(
    scope,
    `/fgs/dependencies/${enc(input.dependencyId)}/version/${enc(String(input.version))}`,
    { method: 'DELETE' },
  );
}

export function useDeleteDependencyVersion() {
  const scope = useConnectionScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteVersionInput) => deleteDependencyVersion(scope, input),
    meta: { toastOnError: false },
    onSuccess: (_r, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dependencyKeys.versions(scope, input.dependencyId) }),
        queryClient.invalidateQueries({ queryKey: dependencyKeys.lists(scope) }),
      ]),
  });
}
