/**
 * The dependency versions of the function version the Code tab shows, and saving a new list: what the
 * dependencies feature's section renders (composed in app/routes/function-code.tsx).
 */
import type { ConnectionScope } from '@/api/client';
import { useFunctionCode } from '../api/get-function-code';
import type { FunctionDependencyRef } from '../api/get-function-code';
import { deployedCodeBody, useUpdateFunctionDependencies } from '../api/update-function-dependencies';

const NONE: readonly string[] = [];
const NO_REFS: readonly FunctionDependencyRef[] = [];

export function useFunctionDependencies(scope: ConnectionScope, urn: string) {
  const code = useFunctionCode(scope, urn);
  const update = useUpdateFunctionDependencies(scope, urn);
  const { refetch } = code;
  return {
    status: code.status,
    error: code.error,
    retry: () => void refetch(),
    attached: code.data?.depend_version_list ?? NONE,
    resolved: code.data?.dependencies ?? NO_REFS,
    runtime: code.data?.runtime,
    /** The deployed package cannot be sent back, so the list cannot change here. */
    unavailable: code.data !== undefined && deployedCodeBody(code.data) === undefined,
    saving: update.isPending,
    save: (list: readonly string[]) => update.mutateAsync(list),
  };
}
