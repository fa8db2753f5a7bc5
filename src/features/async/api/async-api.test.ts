import { expect, it } from 'vitest';
import { asyncTime, parseAsyncTime } from './async-api';

it('writes and reads the API UTC time format (seed 7.15.5)', () => {
  const ms = Date.UTC(2026, 10, 28, 4, 39, 42);
  expect(asyncTime(ms)).toBe('2026-11-28T04:39:42');
  expect(parseAsyncTime('2026-11-28T04:39:42')).toBe(ms);
  expect(parseAsyncTime('')).toBeUndefined();
});
