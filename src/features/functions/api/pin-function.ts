/**
 * Pinning (seed 7.6.19 `PUT P/functions/{urn}/collect/{true|false}`). The list API has no "pinned" field, so
 * the console remembers which functions it pinned, per connection and project, next to the server-side state.
 */
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fgRequest } from '@/api/client';
import { useConnectionScope } from '@/lib/active-connection';
import { usePinnedStore } from '../utils/pinned-store';

/**
 * Set while the page unloads (reload, navigation away): the browser then cancels requests in flight, and such a
 * failure is no refusal of the pin. Reverting it would undo what the user just did (and what the server may
 * already have applied). A page restored from the back/forward cache is live again.
 */
let unloading = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    unloading = true;
  });
  window.addEventListener('pageshow', () => {
    unloading = false;
  });
}

export function pinnedStorageKey(connectionId: string, projectId: string): string {
  return `fg-console:pinned:${connectionId}:${projectId}`;
}

export function usePinnedFunctions() {
  const scope = useConnectionScope();
  const [pinned, setPinned] = usePinnedStore(pinnedStorageKey(scope.connectionId, scope.projectId));
  const mutation = useMutation({
    mutationFn: ({ urn, state }: { urn: string; state: boolean }) =>
      fgRequest(scope, `/fgs/functions/${encodeURIComponent(urn)}/collect/${String(state)}`, {
        method: 'PUT',
      }),
    // Optimistic: flipping a star back is trivial (UI.md "Feedback").
    onMutate: ({ urn, state }) => {
      setPinned((prev) => withPin(prev, urn, state));
    },
    onError: (_error, { urn, state }) => {
      if (unloading) return;
      setPinned((prev) => withPin(prev, urn, !state));
    },
  });
  const { mutate } = mutation;
  const toggle = useCallback(
    (urn: string, state: boolean) => {
      mutate({ urn, state });
    },
    [mutate],
  );
  return { pinned, toggle };
}

/** `prev` with `urn` pinned (last in pin order) or unpinned. */
function withPin(prev: ReadonlySet<string>, urn: string, pin: boolean): ReadonlySet<string> {
  const next = new Set(prev);
  next.delete(urn);
  if (pin) next.add(urn);
  return next;
}
