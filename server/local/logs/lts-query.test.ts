import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/db';
import { createLogStore } from './log-store';
import { queryLogs } from './lts-query';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);

function seeded() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-logs-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  const store = createLogStore(db);
  for (let i = 1; i <= 10; i++) {
    store.append({
      streamId: 's1',
      time: T0 + i * 1000,
      content: `this log is Error NO ${i}`,
      labels: { requestId: `req-${i % 2}`, level: i % 3 === 0 ? 'ERROR' : 'INFO' },
    });
  }
  store.append({ streamId: 's2', time: T0 + 5000, content: 'other stream NO 5', labels: {} });
  return { store, db, dir };
}

const window = { start_time: T0, end_time: T0 + 60_000 };
const nos = (r: ReturnType<typeof queryLogs>) =>
  r.logs.map((l) => Number(/NO (\d+)/.exec(l.content.replace(/<\/?HighLightTag>/g, ''))?.[1]));

describe('LTS ListLogs over the local store', () => {
  it('returns a window in order, with 19-digit line numbers and counts', () => {
    const { store } = seeded();
    const asc = queryLogs(store, 's1', { ...window, limit: 100 });
    expect(nos(asc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(asc.logs.every((l) => /^\d{19}$/.test(l.line_num))).toBe(true);
    expect(asc.isQueryComplete).toBe(true);
    const desc = queryLogs(store, 's1', { ...window, is_desc: 'true', limit: '3', is_count: true });
    expect(nos(desc)).toEqual([10, 9, 8]);
    expect(desc.count).toBe(10);
  });

  it('pages with line_num exactly as the documented table (cursor NO 5, limit 3)', () => {
    const { store } = seeded();
    const all = queryLogs(store, 's1', { ...window, limit: 100 });
    const cursor = all.logs[4]!.line_num;
    const page = (is_desc: boolean, search_type: string) =>
      nos(queryLogs(store, 's1', { ...window, line_num: cursor, is_desc, search_type, limit: 3 }));
    expect(page(false, 'forwards')).toEqual([6, 7, 8]);
    expect(page(false, 'backwards')).toEqual([2, 3, 4]);
    expect(page(true, 'backwards')).toEqual([8, 7, 6]);
    expect(page(true, 'forwards')).toEqual([4, 3, 2]);
  });

  it('filters by keywords and labels, highlights hits, and keeps streams apart', () => {
    const { store } = seeded();
    const hit = queryLogs(store, 's1', { ...window, keywords: 'NO and 5', limit: 10 });
    expect(nos(hit)).toEqual([5]);
    expect(hit.logs[0]!.content).toBe(
      'this log is Error <HighLightTag>NO</HighLightTag> <HighLightTag>5</HighLightTag>',
    );
    const plain = queryLogs(store, 's1', { ...window, keywords: '5', highlight: false });
    expect(plain.logs[0]!.content).toBe('this log is Error NO 5');
    expect(
      nos(queryLogs(store, 's1', { ...window, labels: { requestId: 'req-0', level: 'ERROR' } })),
    ).toEqual([6]);
    expect(nos(queryLogs(store, 's1', { ...window, keywords: 'level:ERROR or 1' }))).toEqual([1, 3, 6, 9]);
    expect(nos(queryLogs(store, 's2', window))).toEqual([5]);
  });

  it('rejects bad windows, cursors and statements with LTS codes', () => {
    const { store } = seeded();
    const bad = [
      {},
      { start_time: T0, end_time: T0 },
      { start_time: T0 + 10, end_time: T0 },
      { start_time: 0, end_time: 181 * 24 * 3600 * 1000 },
      { ...window, limit: 0 },
      { ...window, limit: 5001 },
      { ...window, line_num: '123' },
      { ...window, line_num: '1000000000000000000' },
      { ...window, keywords: '(open' },
    ];
    for (const body of bad) {
      expect(() => queryLogs(store, 's1', body)).toThrow(
        expect.objectContaining({ code: 'LTS.0009', status: 400 }) as Error,
      );
    }
    expect(() => queryLogs(store, 's1', { ...window, keywords: '*x' })).toThrow(
      expect.objectContaining({ code: 'LTS.0301' }) as Error,
    );
  });

  it('keeps line numbers unique and increasing across a restart and within one millisecond', () => {
    const { store, db, dir } = seeded();
    store.append({ streamId: 's1', time: T0 + 10_000, content: 'same ms NO 11', labels: {} });
    store.close();
    db.close();
    const reopened = createLogStore(openDatabase(dir));
    reopened.append({ streamId: 's1', time: T0 + 1, content: 'clock went back NO 12', labels: {} });
    const lines = queryLogs(reopened, 's1', { ...window, limit: 100 }).logs.map((l) => l.line_num);
    expect(new Set(lines).size).toBe(lines.length);
    expect([...lines].sort()).toEqual(lines);
    expect(lines).toHaveLength(12);
  });
});
