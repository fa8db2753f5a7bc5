import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots, qualifiedUrnOf } from '@/lib/function-ref';
import type { FunctionCode } from './get-function-code';
import { codeKeys } from './keys';
import { urnPath } from './function-urn';

/** seed 9.2: inline code is limited to 10 KB (FSS.1072); bigger packages go as `zip`. */
export const INLINE_LIMIT_BYTES = 10 * 1024;

export interface DeployInput {
  zipBase64: string;
  zipBytes: number;
  /** The code type the function had; inline stays inline while the package fits. */
  previousType: string;
  filename?: string;
  /**
   * The dependency versions the function uses, sent again with the code: a deploy changes the code only (the
   * seed does not say that an absent list keeps them, so it is never left to the server).
   */
  dependVersionList?: readonly string[];
}

export function updateFunctionCode(scope: ConnectionScope, urn: string, input: DeployInput) {
  const inline = input.previousType === 'inline' && input.zipBytes <= INLINE_LIMIT_BYTES;
  return fgRequest<FunctionCode>(scope, `${urnPath(qualifiedUrnOf(urn))}/code`, {
    method: 'PUT',
    json: {
      code_type: inline ? 'inline' : 'zip',
      code_filename: inline ? undefined : (input.filename ?? 'index.zip'),
      func_code: { file: input.zipBase64 },
      ...(input.dependVersionList ? { depend_version_list: input.dependVersionList } : {}),
    },
  });
}

/** seed 7.6.5 `PUT code`; the answer (same shape as GET code) replaces the cached code. */
export function useUpdateFunctionCode(scope: ConnectionScope, urn: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeployInput) =>
      updateFunctionCode(scope, urn, {
        dependVersionList: queryClient.getQueryData<FunctionCode>(codeKeys.code(scope, urn))
          ?.depend_version_list,
        ...input,
      }),
    onSuccess: (code) => {
      queryClient.setQueryData(codeKeys.code(scope, urn), code);
      // The function's config (this tab's handler and runtime, the detail header's code size and last-modified
      // time) and its versions list (latest's digest and size) live under the function's root.
      void queryClient.invalidateQueries({
        queryKey: functionQueryRoots.functionOf(scope.connectionId, urn),
      });
    },
  });
}
