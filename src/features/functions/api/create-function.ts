/** seed 7.6.2 `POST P/functions` (200 + the function object). Errors are shown by the form, not as a toast. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { CreateFunctionRequest, FunctionConfig } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';
import { functionKeys } from './keys';

export function useCreateFunction() {
  const scope = useConnectionScope();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFunctionRequest) =>
      fgRequest<FunctionConfig>(scope, '/fgs/functions', { method: 'POST', json: body }),
    meta: { toastOnError: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: functionKeys.list(scope) }),
  });
}
