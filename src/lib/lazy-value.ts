/**
 * A value that a dynamic import provides (a page or editor component), rendered in the same pass once it has
 * loaded. Not React.lazy: a lazy component suspends on its first render even when its module is already there,
 * and React 19 holds a Suspense boundary's reveal back up to 300 ms after its fallback showed.
 *
 * @example
 * const editor = lazyValue(() => import('./editor-impl').then((m) => m.EditorImpl));
 * function Editor() {
 *   const Impl = useLazyValue(editor);
 *   return Impl ? <Impl /> : <Spinner />;
 * }
 */
import { useEffect, useState } from 'react';

export interface LazyValue<T> {
  /** Starts the import, or returns the one in flight or done. A failed import is forgotten: the next call retries. */
  load(): Promise<T>;
  /** The value, once loaded (or once `peek` finds it). */
  current(): T | undefined;
}

/** `peek`: where the value may already be without this import having run (e.g. a registry its module fills). */
export function lazyValue<T>(importer: () => Promise<T>, peek?: () => T | undefined): LazyValue<T> {
  let loading: Promise<T> | undefined;
  let loaded: { value: T } | undefined;
  return {
    load() {
      loading ??= importer().then(
        (value) => {
          loaded = { value };
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    current: () => (loaded ? loaded.value : peek?.()),
  };
}

/**
 * The value at once when it has loaded, else undefined until a state update brings it. A failed import throws
 * to the nearest error boundary (as a failed lazy import would); the next render tries again.
 */
export function useLazyValue<T>(lazy: LazyValue<T>): T | undefined {
  // Boxed: the value is often a component, which useState would call as an updater.
  const [box, setBox] = useState<{ value: T } | undefined>(() => {
    const value = lazy.current();
    return value === undefined ? undefined : { value };
  });
  const [error, setError] = useState<Error>();
  useEffect(() => {
    if (box) return;
    let live = true;
    lazy.load().then(
      (value) => {
        if (live) setBox({ value });
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e : new Error(String(e)));
      },
    );
    return () => {
      live = false;
    };
  }, [box, lazy]);
  if (error) throw error;
  return box?.value;
}
