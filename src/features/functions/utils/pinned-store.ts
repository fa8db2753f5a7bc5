/**
 * The pinned functions the console remembers, per storage key (connection and project): a JSON array of
 * URNs in localStorage, read through `useSyncExternalStore`. Every hook instance in the tab shares one Set
 * per stored value (a stable identity, so the list sorts once), same-tab writes notify the others, and other
 * tabs' writes arrive as `storage` events. Mounting reads and never writes: Mantine's useLocalStorage wrote
 * the value back and dispatched an event on every mount, re-rendering the list (and re-sorting 10,000 rows)
 * right after its first paint (issue #5).
 */
import { useCallback, useSyncExternalStore } from 'react';

const cache = new Map<string, { raw: string | null; pinned: ReadonlySet<string> }>();
const listeners = new Map<string, Set<() => void>>();

function getItem(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked: nothing pinned
  }
}

function parse(raw: string | null): ReadonlySet<string> {
  if (raw === null) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The pinned URNs stored under `key`: the same Set as long as the stored text is the same. */
export function readPinned(key: string): ReadonlySet<string> {
  const raw = getItem(key);
  const hit = cache.get(key);
  if (hit?.raw === raw) return hit.pinned;
  const pinned = parse(raw);
  cache.set(key, { raw, pinned });
  return pinned;
}

function notify(key: string | null): void {
  for (const [k, set] of listeners) if (key === null || k === key) for (const listener of set) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.storageArea === window.localStorage) notify(event.key);
}

function subscribe(key: string, listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Stores the pinned URNs (in pin order) and tells every reader in this tab. */
export function writePinned(key: string, pinned: ReadonlySet<string>): void {
  const raw = JSON.stringify([...pinned]);
  try {
    window.localStorage.setItem(key, raw);
    cache.set(key, { raw, pinned });
  } catch {
    // Storage blocked or full: the pin still applies on the server (collect) and in this tab until reload.
    cache.set(key, { raw: getItem(key), pinned });
  }
  notify(key);
}

/** The pinned URNs under `key` and a setter taking the previous Set. */
export function usePinnedStore(
  key: string,
): [ReadonlySet<string>, (update: (prev: ReadonlySet<string>) => ReadonlySet<string>) => void] {
  const pinned = useSyncExternalStore(
    useCallback((listener: () => void) => subscribe(key, listener), [key]),
    () => readPinned(key),
  );
  const update = useCallback(
    (change: (prev: ReadonlySet<string>) => ReadonlySet<string>) => {
      writePinned(key, change(readPinned(key)));
    },
    [key],
  );
  return [pinned, update];
}
