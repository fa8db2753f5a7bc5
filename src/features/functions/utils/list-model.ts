/**
 * The function list's pure model: search (name, runtime, app and tags, case-insensitive, every word must
 * match), filters (runtime, app), sort by column, pinned functions first. Kept free of React so the
 * list benchmark and the tests exercise exactly what the page runs.
 */
import type { FunctionConfig } from '@/api/contract/functions';
import { parseModified } from './format';

export const SORT_COLUMNS = ['name', 'runtime', 'memory', 'app', 'modified', 'description'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ListState {
  query: string;
  runtime: string | null;
  app: string | null;
  sort: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_LIST_STATE: ListState = {
  query: '',
  runtime: null,
  app: null,
  sort: 'modified',
  direction: 'desc',
};

/** One row: the function plus what search and sort read, computed once per load. */
export interface ListRow {
  fn: FunctionConfig;
  /** Unqualified URN: the row's id (list URNs are unqualified, seed 7.6.1; a stray qualifier is dropped). */
  urn: string;
  haystack: string;
  modified: number;
}

export function unqualified(urn: string): string {
  return urn.split(':').slice(0, 7).join(':');
}

export function buildRows(
  functions: readonly FunctionConfig[],
  tagsByUrn: ReadonlyMap<string, readonly { key: string; value: string }[]>,
): ListRow[] {
  return functions.map((fn) => {
    const urn = unqualified(fn.func_urn);
    const tags = (tagsByUrn.get(urn) ?? []).map((t) => `${t.key}=${t.value} ${t.key} ${t.value}`).join(' ');
    return {
      fn,
      urn,
      haystack: `${fn.func_name}\n${fn.runtime}\n${fn.package}\n${tags}`.toLowerCase(),
      modified: parseModified(fn.last_modified),
    };
  });
}

function compare(a: ListRow, b: ListRow, column: SortColumn): number {
  switch (column) {
    case 'name':
      return a.fn.func_name.localeCompare(b.fn.func_name);
    case 'runtime':
      return a.fn.runtime.localeCompare(b.fn.runtime, undefined, { numeric: true });
    case 'memory':
      return a.fn.memory_size - b.fn.memory_size;
    case 'app':
      return a.fn.package.localeCompare(b.fn.package);
    case 'modified':
      return a.modified - b.modified;
    case 'description':
      return (a.fn.description ?? '').localeCompare(b.fn.description ?? '');
  }
}

/** Filters and sorts; pinned rows come first, each group in the chosen order (ties by name). */
export function visibleRows(
  rows: readonly ListRow[],
  state: ListState,
  pinned: ReadonlySet<string>,
): ListRow[] {
  const words = state.query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = rows.filter(
    (row) =>
      (state.runtime === null || row.fn.runtime === state.runtime) &&
      (state.app === null || row.fn.package === state.app) &&
      words.every((w) => row.haystack.includes(w)),
  );
  const sign = state.direction === 'asc' ? 1 : -1;
  return matching.sort((a, b) => {
    const pin = Number(pinned.has(b.urn)) - Number(pinned.has(a.urn));
    if (pin !== 0) return pin;
    return sign * compare(a, b, state.sort) || a.fn.func_name.localeCompare(b.fn.func_name);
  });
}

/** Distinct values of a field, sorted, for the filter menus. */
export function distinct(rows: readonly ListRow[], pick: (fn: FunctionConfig) => string): string[] {
  return [...new Set(rows.map((r) => pick(r.fn)))].sort((a, b) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );
}
