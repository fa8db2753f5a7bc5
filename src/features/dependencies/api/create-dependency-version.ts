/**
 * seed 7.3.3 `POST P/dependencies/version` → 200 with the new version. A name that exists gets its next
 * version; a new name creates the dependency. Errors are shown by the form, not as a toast.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { useConnectionScope } from '@/lib/active-connection';
import { dependencyKeys } from './keys';
import type { CreateDependencyVersionRequest, Dependency } from './types';
import { dependencyIdOf } from './types';

export function createDependencyVersion(scope: ConnectionScope, body: CreateDependencyVersionRequest) {
  return fgRequest<Dependency>(scope, '/fgs/dependencies/version', { method: 'POST', json: body });
}

export function useCreateDependencyVersion() {
  const scope = useConnectionScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDependencyVersionRequest) => createDependencyVersion(scope, body),
    meta: { toastOnError: false },
    onSuccess: (created) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dependencyKeys.lists(scope) }),
        queryClient.invalidateQueries({ queryKey: dependencyKeys.versions(scope, dependencyIdOf(created)) }),
      ]),
  });
}
