/**
 * Pinning (seed 7.6.19 `PUT P/functions/{urn}/collect/{true|false}`). The list API has no "pinned" field, so
 * the console remembers which functions it pinned, per connection and project, next to the server-side state.
 */
import { useLocalStorage } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { fgRequest } from '@/api/client';
import { useConnectionScope } from '@/lib/active-connection';

export function pinnedStorageKey(connectionId: string, projectId: string): string {
  return `fg-console:pinned:${connectionId}:${projectId}`;
}

export function usePinnedFunctions() {
  const scope = useConnectionScope();
  const [pinnedList, setPinnedList] = useLocalStorage<string[]>({
    key: pinnedStorageKey(scope.connectionId, scope.projectId),
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const pinned = useMemo(() => new Set(pinnedList), [pinnedList]);
  const mutation = useMutation({
    mutationFn: ({ urn, state }: { urn: string; state: boolean }) =>
      fgRequest(scope, `/fgs/functions/${encodeURIComponent(urn)}/collect/${String(state)}`, {
        method: 'PUT',
      }),
    // Optimistic: flipping a star back is trivial (UI.md "Feedback").
    onMutate: ({ urn, state }) => {
      setPinnedList((prev) =>
        state ? [...prev.filter((u) => u !== urn), urn] : prev.filter((u) => u !== urn),
      );
    },
    onError: (_error, { urn, state }) => {
      setPinnedList((prev) => (state ? prev.filter((u) => u !== urn) : [...prev, urn]));
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
