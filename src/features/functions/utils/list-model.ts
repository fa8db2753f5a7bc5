/**
 * The function list's pure model: search (name, runtime, app and tags, case-insensitive, every word must
 * match), filters (runtime, app), sort by column, pinned functions first. Kept free of React so the
 * list benchmark and the tests exercise exactly what the page runs.
 *
 * Built for 10,000+ functions: rows are built once per load with what sorting needs (`buildRows`), their
 * lower-cased search keys on the first search (`searchKeys`), the sorted order once per sort/pin change
 * (`sortRows`), and a keystroke only filters that order (`filterRows`, which keeps it), so typing never re-sorts.
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

export type ListFilter = Pick<ListState, 'query' | 'runtime' | 'app'>;

export const DEFAULT_LIST_STATE: ListState = {
  query: '',
  runtime: null,
  app: null,
  sort: 'modified',
  direction: 'desc',
};

export type Tag = Readonly<{ key: string; value: string }>;

/** Lower-cased search keys, one per searchable field (a search word never spans two fields). */
export interface SearchKeys {
  name: string;
  runtime: string;
  app: string;
  tags: string;
}

/** One row: the function plus what sort reads, computed once per load (the URN on first use). */
export interface ListRow {
  readonly fn: FunctionConfig;
  /** Unqualified URN: the row's id (list URNs are unqualified, seed 7.6.1; a stray qualifier is dropped). */
  readonly urn: string;
  readonly modified: number;
  readonly tags: readonly Tag[] | undefined;
  /** Filled by the first search (`searchKeys`), so opening the list does not pay for them. */
  keys?: SearchKeys;
}

/** `urn:fss:region:project:function:package:name[:qualifier]` without the qualifier. */
export function unqualified(urn: string): string {
  let at = -1;
  for (let colons = 0; colons < 7; colons++) {
    at = urn.indexOf(':', at + 1);
    if (at < 0) return urn;
  }
  return urn.slice(0, at);
}

/**
 * Opening the list builds 10,000 rows but reads the URN (the row's id) of the ~20 rows it shows: it is computed
 * when a selection, a pin or the tags need it. The date is parsed up front: the default order is by it, and
 * the sort's comparator reads it ~130,000 times.
 */
class Row implements ListRow {
  keys?: SearchKeys;
  readonly modified: number;
  #urn: string | undefined;

  constructor(
    readonly fn: FunctionConfig,
    private readonly tagsByUrn: ReadonlyMap<string, readonly Tag[]>,
  ) {
    this.modified = parseModified(fn.last_modified);
  }

  get urn(): string {
    return (this.#urn ??= unqualified(this.fn.func_urn));
  }

  get tags(): readonly Tag[] | undefined {
    return this.tagsByUrn.size > 0 ? this.tagsByUrn.get(this.urn) : undefined;
  }
}

/** The rows plus the distinct runtimes and apps for the filter menus (sorted), in one pass. */
export interface ListModel {
  rows: ListRow[];
  runtimes: string[];
  apps: string[];
}

export function buildListModel(
  functions: readonly FunctionConfig[],
  tagsByUrn: ReadonlyMap<string, readonly Tag[]>,
): ListModel {
  const rows: ListRow[] = [];
  const runtimes = new Set<string>();
  const apps = new Set<string>();
  for (const fn of functions) {
    rows.push(new Row(fn, tagsByUrn));
    runtimes.add(fn.runtime);
    apps.add(fn.package);
  }
  return { rows, runtimes: [...runtimes].sort(numeric.compare), apps: [...apps].sort(numeric.compare) };
}

export function buildRows(
  functions: readonly FunctionConfig[],
  tagsByUrn: ReadonlyMap<string, readonly Tag[]>,
): ListRow[] {
  return buildListModel(functions, tagsByUrn).rows;
}

// Runtimes and apps repeat across thousands of functions: each distinct value is lower-cased once.
const lowerCased = new Map<string, string>();
function lowerOnce(value: string): string {
  let lower = lowerCased.get(value);
  if (lower === undefined) {
    lower = value.toLowerCase();
    lowerCased.set(value, lower);
  }
  return lower;
}

/** The row's search keys, computed on first use and kept on the row. */
export function searchKeys(row: ListRow): SearchKeys {
  if (row.keys) return row.keys;
  const { fn, tags } = row;
  const keys: SearchKeys = {
    name: fn.func_name.toLowerCase(),
    runtime: lowerOnce(fn.runtime),
    app: lowerOnce(fn.package),
    tags: tags
      ? tags
          .map((t) => `${t.key}=${t.value}`)
          .join('\n')
          .toLowerCase()
      : '',
  };
  row.keys = keys;
  return keys;
}

// Intl.Collator is what localeCompare uses underneath, without building one per comparison (~20× faster).
const text = new Intl.Collator();
const numeric = new Intl.Collator(undefined, { numeric: true });

function compare(a: ListRow, b: ListRow, column: SortColumn): number {
  switch (column) {
    case 'name':
      return text.compare(a.fn.func_name, b.fn.func_name);
    case 'runtime':
      return numeric.compare(a.fn.runtime, b.fn.runtime);
    case 'memory':
      return a.fn.memory_size - b.fn.memory_size;
    case 'app':
      return text.compare(a.fn.package, b.fn.package);
    case 'modified':
      return a.modified - b.modified;
    case 'description':
      return text.compare(a.fn.description ?? '', b.fn.description ?? '');
  }
}

/** Every row in display order: pinned rows first, each group in the chosen order (ties by name). */
export function sortRows(
  rows: readonly ListRow[],
  sort: SortColumn,
  direction: SortDirection,
  pinned: ReadonlySet<string>,
): ListRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const isPinned = (row: ListRow) => (pinned.size > 0 && pinned.has(row.urn) ? 1 : 0);
  return [...rows].sort((a, b) => {
    const pin = isPinned(b) - isPinned(a);
    if (pin !== 0) return pin;
    return sign * compare(a, b, sort) || text.compare(a.fn.func_name, b.fn.func_name);
  });
}

/** The words of a query, lower-cased; a row matches when each word is in one of its fields. */
function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The rows (in their order) that pass the runtime and app filters and contain every word of the query. */
export function filterRows(rows: readonly ListRow[], filter: ListFilter): readonly ListRow[] {
  const words = queryWords(filter.query);
  const { runtime, app } = filter;
  if (words.length === 0 && runtime === null && app === null) return rows;
  return rows.filter((row) => {
    if (runtime !== null && row.fn.runtime !== runtime) return false;
    if (app !== null && row.fn.package !== app) return false;
    const keys = searchKeys(row);
    return words.every(
      (w) =>
        keys.name.includes(w) || keys.runtime.includes(w) || keys.app.includes(w) || keys.tags.includes(w),
    );
  });
}

/**
 * `filterRows` with a memory of its last answer: when only the query grew (typing on), the new matches are a
 * subset of the last ones (every word is the same or longer, or there are more words), so it filters those.
 */
export function createIncrementalFilter(): (
  rows: readonly ListRow[],
  filter: ListFilter,
) => readonly ListRow[] {
  let last: { rows: readonly ListRow[]; filter: ListFilter; result: readonly ListRow[] } | undefined;
  return (rows, filter) => {
    const narrows =
      last !== undefined &&
      last.rows === rows &&
      last.filter.runtime === filter.runtime &&
      last.filter.app === filter.app &&
      filter.query.toLowerCase().startsWith(last.filter.query.toLowerCase());
    const result = filterRows(narrows && last ? last.result : rows, filter);
    last = { rows, filter, result };
    return result;
  };
}

/** Filters and sorts (what the page shows): `filterRows(sortRows(...))`. */
export function visibleRows(
  rows: readonly ListRow[],
  state: ListState,
  pinned: ReadonlySet<string>,
): readonly ListRow[] {
  return filterRows(sortRows(rows, state.sort, state.direction, pinned), state);
}
