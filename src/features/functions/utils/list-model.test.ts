import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFunction } from '@/testing/factories';
import type { ListFilter, ListRow } from './list-model';
import {
  buildListModel,
  buildRows,
  createIncrementalFilter,
  filterRows,
  searchKeys,
  sortRows,
  unqualified,
  visibleRows,
} from './list-model';

const NO_TAGS = new Map<string, { key: string; value: string }[]>();
const ALL: ListFilter = { query: '', runtime: null, app: null };
const names = (rows: readonly ListRow[]) => rows.map((r) => r.fn.func_name);

describe('unqualified', () => {
  it('drops a qualifier and keeps an unqualified URN as it is', () => {
    const urn = 'urn:fss:local-1:abc:function:default:hello';
    expect(unqualified(urn)).toBe(urn);
    expect(unqualified(`${urn}:latest`)).toBe(urn);
    expect(unqualified(`${urn}:!prod`)).toBe(urn);
    expect(unqualified('not-a-urn')).toBe('not-a-urn');
  });
});

describe('buildRows', () => {
  it('lower-cases the search keys once, tags included, and parses both last_modified formats', () => {
    const fn = buildFunction({
      func_name: 'OrderSync',
      runtime: 'Python3.9',
      package: 'Billing',
      last_modified: '2019-10-25 15:37:27',
    });
    const urn = unqualified(fn.func_urn);
    const [row] = buildRows(
      [{ ...fn, func_urn: `${fn.func_urn}:latest` }],
      new Map([[urn, [{ key: 'Team', value: 'Payments' }]]]),
    );
    expect(row?.urn).toBe(urn);
    expect(row?.keys).toBeUndefined();
    expect(row && searchKeys(row)).toEqual({
      name: 'ordersync',
      runtime: 'python3.9',
      app: 'billing',
      tags: 'team=payments',
    });
    expect(row?.modified).toBe(Date.parse('2019-10-25T15:37:27'));
    const [iso] = buildRows([buildFunction({ last_modified: '2019-10-25T15:37:27+08:00' })], NO_TAGS);
    expect(iso?.modified).toBe(Date.parse('2019-10-25T07:37:27Z'));
  });
});

describe('filterRows', () => {
  const rows = buildRows(
    [
      buildFunction({ func_name: 'alpha-api', runtime: 'Python3.9', package: 'billing' }),
      buildFunction({ func_name: 'beta-worker', runtime: 'Node.js18.15', package: 'default' }),
      buildFunction({ func_name: 'gamma', runtime: 'Node.js18.15', package: 'billing' }),
    ],
    NO_TAGS,
  );

  it('needs every word, each in the name, runtime, app or tags, case-insensitively', () => {
    expect(names(filterRows(rows, { ...ALL, query: 'API' }))).toEqual(['alpha-api']);
    expect(names(filterRows(rows, { ...ALL, query: 'billing node' }))).toEqual(['gamma']);
    expect(names(filterRows(rows, { ...ALL, query: '  WORKER  ' }))).toEqual(['beta-worker']);
    expect(names(filterRows(rows, { ...ALL, query: 'python zzz' }))).toEqual([]);
  });

  it('does not match a word across two fields', () => {
    // "gamma" + "node.js" would read "gammanode" if the fields were glued together.
    expect(names(filterRows(rows, { ...ALL, query: 'gammanode' }))).toEqual([]);
  });

  it('applies the runtime and app filters and keeps the order it was given', () => {
    const reversed = [...rows].reverse();
    expect(names(filterRows(reversed, { ...ALL, runtime: 'Node.js18.15' }))).toEqual([
      'gamma',
      'beta-worker',
    ]);
    expect(names(filterRows(reversed, { ...ALL, app: 'billing' }))).toEqual(['gamma', 'alpha-api']);
    expect(filterRows(reversed, ALL)).toBe(reversed);
  });
});

describe('sortRows', () => {
  const rows = buildRows(
    [
      buildFunction({
        func_name: 'b',
        runtime: 'Python3.10',
        memory_size: 512,
        last_modified: '2026-01-03 00:00:00',
      }),
      buildFunction({
        func_name: 'a',
        runtime: 'Python3.9',
        memory_size: 128,
        last_modified: '2026-01-01 00:00:00',
      }),
      buildFunction({
        func_name: 'c',
        runtime: 'Go1.x',
        memory_size: 512,
        last_modified: '2026-01-02 00:00:00',
      }),
    ],
    NO_TAGS,
  );
  const none = new Set<string>();

  it('sorts by each column in both directions, ties by name, numbers in runtimes as numbers', () => {
    expect(names(sortRows(rows, 'name', 'asc', none))).toEqual(['a', 'b', 'c']);
    expect(names(sortRows(rows, 'modified', 'desc', none))).toEqual(['b', 'c', 'a']);
    expect(names(sortRows(rows, 'runtime', 'asc', none))).toEqual(['c', 'a', 'b']);
    expect(names(sortRows(rows, 'memory', 'desc', none))).toEqual(['b', 'c', 'a']);
    expect(names(sortRows(rows, 'memory', 'asc', none))).toEqual(['a', 'b', 'c']);
  });

  it('puts pinned rows first, each group in the chosen order, without touching its input', () => {
    const pinned = new Set([rows[2]?.urn ?? '', rows[0]?.urn ?? '']);
    expect(names(sortRows(rows, 'name', 'asc', pinned))).toEqual(['b', 'c', 'a']);
    expect(names(rows)).toEqual(['b', 'a', 'c']);
  });

  it('visibleRows is the filter over the sorted rows', () => {
    const state = {
      query: 'python',
      runtime: null,
      app: null,
      sort: 'name' as const,
      direction: 'desc' as const,
    };
    expect(names(visibleRows(rows, state, none))).toEqual(['b', 'a']);
  });
});

describe('createIncrementalFilter', () => {
  it('answers like filterRows for any sequence of queries and filters', () => {
    const fns = Array.from({ length: 40 }, (_, i) =>
      buildFunction({
        func_name: `svc-${String(i % 17)}-${i % 2 === 0 ? 'api' : 'job'}`,
        runtime: i % 3 === 0 ? 'Python3.9' : 'Node.js18.15',
        package: `app-${String(i % 4)}`,
      }),
    );
    const rowSets = [buildRows(fns, NO_TAGS), buildRows(fns.slice(10), NO_TAGS)];
    const step = fc.record({
      query: fc.stringMatching(/^[svc12 -aApiJ]{0,6}$/),
      runtime: fc.constantFrom(null, 'Python3.9'),
      app: fc.constantFrom(null, 'app-1'),
      rows: fc.constantFrom(0, 1),
      extend: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const filter = createIncrementalFilter();
        let query = '';
        for (const s of steps) {
          // Typing on (the common case the filter shortcuts) or a fresh query.
          query = s.extend ? query + s.query : s.query;
          const rows = rowSets[s.rows] ?? [];
          const f = { query, runtime: s.runtime, app: s.app };
          expect(names(filter(rows, f))).toEqual(names(filterRows(rows, f)));
        }
      }),
    );
  });
});

describe('buildListModel', () => {
  it('lists each runtime and app once, numbers in order, next to one row per function', () => {
    const model = buildListModel(
      [
        ['Python3.10', 'b'],
        ['Python3.9', 'a'],
        ['Go1.x', 'b'],
        ['Python3.9', 'app10'],
        ['Python3.9', 'app9'],
      ].map(([runtime, pkg]) => buildFunction({ runtime, package: pkg })),
      NO_TAGS,
    );
    expect(model.runtimes).toEqual(['Go1.x', 'Python3.9', 'Python3.10']);
    expect(model.apps).toEqual(['a', 'app9', 'app10', 'b']);
    expect(model.rows).toHaveLength(5);
  });
});
