/**
 * Every function of the project, page by page (seed 7.6.1: `marker` is where the next page starts, at most
 * 400 per page). The list shows the pages as they arrive; `useAllFunctions` keeps asking for the next page
 * until `next_marker` reaches `count`.
 */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionConfig, ListFunctionsResponse } from '@/api/contract/functions';
import { useConnectionScope } from '@/lib/active-connection';
import { functionKeys } from './keys';

export const PAGE_SIZE = 400;

export function listFunctionsPage(scope: ConnectionScope, marker: number, signal?: AbortSignal) {
  return fgRequest<ListFunctionsResponse>(scope, '/fgs/functions', {
    query: { marker, maxitems: PAGE_SIZE },
    signal,
  });
}

/** The next marker, or undefined when the last page has arrived (empty page or marker past `count`). */
export function nextMarker(page: ListFunctionsResponse, loaded: number): number | undefined {
  if (page.functions.length === 0) return undefined;
  if (loaded >= page.count) return undefined;
  return page.next_marker;
}

export function functionListQueryOptions(scope: ConnectionScope) {
  return infiniteQueryOptions({
    queryKey: functionKeys.list(scope),
    queryFn: ({ pageParam, signal }) => listFunctionsPage(scope, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      nextMarker(
        last,
        pages.reduce((n, p) => n + p.functions.length, 0),
      ),
    staleTime: 30_000,
  });
}

export interface AllFunctions {
  functions: FunctionConfig[];
  /** The total the server announced (known after the first page). */
  total: number | undefined;
  isPending: boolean;
  isLoadingMore: boolean;
  error: unknown;
  refetch: () => void;
}

export function useAllFunctions(): AllFunctions {
  const scope = useConnectionScope();
  const query = useInfiniteQuery(functionListQueryOptions(scope));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const pages = query.data?.pages;
  const functions = useMemo(() => (pages ? flatten(pages) : NONE), [pages]);
  const { refetch } = query;
  const refetchAll = useCallback(() => void refetch(), [refetch]);
  return {
    functions,
    total: pages?.[0]?.count,
    isPending: query.isPending,
    isLoadingMore: hasNextPage || isFetchingNextPage,
    error: query.error,
    refetch: refetchAll,
  };
}

const NONE: FunctionConfig[] = [];
// One array per loaded set of pages, shared by every mount (list page, palette): what is derived from it
// (the list's rows) can be cached by identity.
const flattened = new WeakMap<readonly ListFunctionsResponse[], FunctionConfig[]>();

function flatten(pages: readonly ListFunctionsResponse[]): FunctionConfig[] {
  let functions = flattened.get(pages);
  if (!functions) {
    functions = pages.flatMap((p) => p.functions);
    flattened.set(pages, functions);
  }
  return functions;
}
