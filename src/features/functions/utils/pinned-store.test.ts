import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readPinned, usePinnedStore, writePinned } from './pinned-store';

const KEY = 'fg-console:pinned:test:project';

describe('pinned store', () => {
  it('reads the stored URNs into one Set per stored value, ignoring what is not a list of strings', () => {
    window.localStorage.setItem(KEY, JSON.stringify(['a', 'b', 3]));
    const first = readPinned(KEY);
    expect([...first]).toEqual(['a', 'b']);
    expect(readPinned(KEY)).toBe(first);
    window.localStorage.setItem(KEY, '{not json');
    expect([...readPinned(KEY)]).toEqual([]);
    window.localStorage.removeItem(KEY);
    expect(readPinned(KEY).size).toBe(0);
  });

  it('does not write on mount; a write reaches every reader in the tab and is stored', () => {
    window.localStorage.setItem(KEY, JSON.stringify(['a']));
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const one = renderHook(() => usePinnedStore(KEY));
    const two = renderHook(() => usePinnedStore(KEY));
    expect(setItem).not.toHaveBeenCalled();
    expect(one.result.current[0]).toBe(two.result.current[0]);

    act(() => {
      one.result.current[1]((prev) => new Set([...prev, 'b']));
    });
    expect([...two.result.current[0]]).toEqual(['a', 'b']);
    expect(window.localStorage.getItem(KEY)).toBe('["a","b"]');
    setItem.mockRestore();
  });

  it('follows another tab through storage events', () => {
    const { result } = renderHook(() => usePinnedStore(KEY));
    expect(result.current[0].size).toBe(0);
    act(() => {
      // Another tab wrote it: this document only hears the event.
      window.localStorage.setItem(KEY, '["x"]');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: window.localStorage }));
    });
    expect([...result.current[0]]).toEqual(['x']);
    writePinned(KEY, new Set());
  });
});
