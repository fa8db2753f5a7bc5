/**
 * Changing the dependency versions a function uses (seed 7.6.5 `PUT code` with `depend_version_list`). The
 * endpoint always takes the code too, so the package the function runs now is read again (GET code) and sent
 * back as it is: the editor's draft is never deployed this way, and stays a draft.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { functionQueryRoots, qualifiedUrnOf } from '@/lib/function-ref';
import { getFunctionCode } from './get-function-code';
import type { FunctionCode } from './get-function-code';
import { codeKeys } from './keys';
import { urnPath } from './function-urn';

/** seed 7.6.5: `depend_version_list` holds at most 20 versions (the local FunctionGraph enforces it too). */
export const MAX_DEPENDENCY_VERSIONS = 20;

export interface DeployedCodeBody {
  code_type: string;
  code_filename?: string;
  code_url?: string;
  func_code: { file?: string };
}

/**
 * The code part of a PUT code that leaves the deployed code as it is, or undefined when GET code did not
 * return the package (Huawei Cloud answers `func_code` empty: sending that back would wipe the code) or the
 * function runs an image.
 */
export function deployedCodeBody(code: FunctionCode): DeployedCodeBody | undefined {
  if (code.code_type === 'obs')
    return code.code_url ? { code_type: 'obs', code_url: code.code_url, func_code: {} } : undefined;
  const file = code.func_code?.file ?? '';
  if (file === '' || !['inline', 'zip', 'jar'].includes(code.code_type)) return undefined;
  return {
    code_type: code.code_type,
    ...(code.code_filename ? { code_filename: code.code_filename } : {}),
    func_code: { file },
  };
}

export async function updateFunctionDependencies(
  scope: ConnectionScope,
  urn: string,
  dependVersionList: readonly string[],
): Promise<FunctionCode> {
  // The deployed code now, not the cached copy: another tab or user may have deployed since it was read.
  const deployed = deployedCodeBody(await getFunctionCode(scope, urn));
  if (!deployed) throw new Error('The deployed code package is not available from this connection.');
  return fgRequest<FunctionCode>(scope, `${urnPath(qualifiedUrnOf(urn))}/code`, {
    method: 'PUT',
    json: { ...deployed, depend_version_list: dependVersionList },
  });
}

/** Like useUpdateFunctionCode: the answer (same shape as GET code) replaces the cached code. */
export function useUpdateFunctionDependencies(scope: ConnectionScope, urn: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dependVersionList: readonly string[]) =>
      updateFunctionDependencies(scope, urn, dependVersionList),
    // The dependencies section shows the failure next to the list.
    meta: { toastOnError: false },
    onSuccess: (code) => {
      queryClient.setQueryData(codeKeys.code(scope, urn), code);
      void queryClient.invalidateQueries({
        queryKey: functionQueryRoots.functionOf(scope.connectionId, urn),
      });
    },
  });
}
