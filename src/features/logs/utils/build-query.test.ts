import { describe, expect, it } from 'vitest';
import { buildLogQuery, EMPTY_FILTERS, filtersFromParams, withFilters } from './build-query';

const W = { from: 1_000, to: 2_000 };

describe('buildLogQuery', () => {
  it('sends only the window when nothing is filtered', () => {
    expect(buildLogQuery(EMPTY_FILTERS, 'local', W)).toEqual({
      start_time: '1000',
      end_time: '2000',
      highlight: false,
    });
  });

  it('uses exact labels on the local connection', () => {
    const body = buildLogQuery(
      { keywords: 'timeout', requestId: 'r-1', level: 'ERROR', version: 'v1' },
      'local',
      W,
    );
    expect(body.keywords).toBe('timeout');
    expect(body.labels).toEqual({ requestId: 'r-1', level: 'ERROR', version: 'v1' });
    expect(body.highlight).toBe(true);
  });

  it('turns the filters into ANDed keywords on a cloud connection (no labels)', () => {
    const body = buildLogQuery(
      { keywords: 'a or b', requestId: 'r-1', level: 'ERROR', version: '' },
      'cloud',
      W,
    );
    expect(body.labels).toBeUndefined();
    expect(body.keywords).toBe('(a or b) and (r-1) and (ERROR)');
  });
});

describe('filters in the URL', () => {
  it('round-trips and ignores unknown levels', () => {
    const f = { keywords: 'x', requestId: 'id', level: 'WARN' as const, version: 'v2' };
    expect(filtersFromParams(withFilters(new URLSearchParams('range=1h'), f))).toEqual(f);
    expect(filtersFromParams(new URLSearchParams('level=LOUD')).level).toBe('');
  });
});
