/**
 * The list's search, filters and sort, kept in the URL (`?q=&runtime=&app=&sort=name&dir=asc`) so a filtered
 * view is a link. The search box itself updates local state on every keystroke (filtering stays instant) and
 * writes `q` to the URL once typing pauses.
 */
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_LIST_STATE, SORT_COLUMNS } from '../utils/list-model';
import type { ListState, SortColumn } from '../utils/list-model';

const isSortColumn = (value: string | null): value is SortColumn =>
  (SORT_COLUMNS as readonly string[]).includes(value ?? '');

export function useListState() {
  const [params, setParams] = useSearchParams();
  const [query, setQueryState] = useState(() => params.get('q') ?? '');
  const sortParam = params.get('sort');
  const state: ListState = {
    query,
    runtime: params.get('runtime'),
    app: params.get('app'),
    sort: isSortColumn(sortParam) ? sortParam : DEFAULT_LIST_STATE.sort,
    direction:
      params.get('dir') === 'asc'
        ? 'asc'
        : params.get('dir') === 'desc'
          ? 'desc'
          : DEFAULT_LIST_STATE.direction,
  };

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };
  const writeQuery = useDebouncedCallback((value: string) => {
    update({ q: value });
  }, 400);

  return {
    state,
    setQuery: (value: string) => {
      setQueryState(value);
      writeQuery(value);
    },
    setRuntime: (value: string | null) => {
      update({ runtime: value });
    },
    setApp: (value: string | null) => {
      update({ app: value });
    },
    toggleSort: (column: SortColumn) => {
      const direction = state.sort === column && state.direction === 'asc' ? 'desc' : 'asc';
      update({ sort: column, dir: direction });
    },
    clear: () => {
      setQueryState('');
      update({ q: null, runtime: null, app: null });
    },
  };
}
