import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { functionConfigQueryOptions } from '@/lib/function-api/get-function-config';
import { qualifiedUrnOf } from '@/lib/function-ref';
import { codeKeys } from './keys';
import { urnPath } from './function-urn';

/** seed 7.6.4 (T7-210), the fields the editor uses. */
export interface FunctionCode {
  func_urn: string;
  func_name: string;
  runtime: string;
  code_type: string;
  code_filename?: string;
  code_size?: number;
  digest?: string;
  last_modified?: string;
  /** The package's OBS URL, for `code_type: obs`. */
  code_url?: string;
  func_code?: { file?: string; link?: string };
  /** Ids of the dependency versions the function uses (seed 7.6.5, api-digest §2.17). */
  depend_version_list?: string[];
  /** Those versions resolved (seed T7-210; the console looks up any a connection leaves out). */
  dependencies?: FunctionDependencyRef[];
}

/** A dependency version as GET code resolves it (seed 7.3 Dependency shape; the fields the console reads). */
export interface FunctionDependencyRef {
  id: string;
  dep_id?: string;
  name?: string;
  version?: number;
  runtime?: string;
  size?: number;
}

export function getFunctionCode(scope: ConnectionScope, urn: string, signal?: AbortSignal) {
  return fgRequest<FunctionCode>(scope, `${urnPath(qualifiedUrnOf(urn))}/code`, { signal });
}

/** The buffer is local state seeded once (STYLE.md): no refetching behind the user's back while editing. */
export const functionCodeQueryOptions = (scope: ConnectionScope, urn: string) =>
  queryOptions({
    queryKey: codeKeys.code(scope, urn),
    queryFn: ({ signal }) => getFunctionCode(scope, urn, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useFunctionCode = (scope: ConnectionScope, urn: string) =>
  useQuery(functionCodeQueryOptions(scope, urn));

/**
 * Starts the Code tab's two reads without waiting for them (the route's loader calls it when the URL matches),
 * so they run while the page's code and Monaco download instead of after the page first renders. The config
 * is the function's shared query (the detail header reads the same entry).
 */
export function prefetchFunctionCode(queryClient: QueryClient, scope: ConnectionScope, urn: string): void {
  // A failure stays in the cache: the page's queries show it (and retry) when they mount.
  queryClient.query(functionCodeQueryOptions(scope, urn)).catch(() => undefined);
  queryClient.query(functionConfigQueryOptions(scope, urn)).catch(() => undefined);
}
