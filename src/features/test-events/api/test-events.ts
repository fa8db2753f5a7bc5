/** Test events (seed 7.4): list, get, create, update (content only), delete. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { testEventKeys } from './keys';
import { urnPath } from './function-urn';

export interface TestEventItem {
  id: string;
  name: string;
  last_modified?: number;
}
export interface TestEventDetail extends TestEventItem {
  /** base64 of the event's JSON text */
  content: string;
}
interface ListEventsResponse {
  events: TestEventItem[];
  count: number;
  next_marker?: number;
}

export const testEventsQueryOptions = (scope: ConnectionScope, urn: string) =>
  queryOptions({
    queryKey: testEventKeys.list(scope, urn),
    queryFn: async ({ signal }) =>
      (await fgRequest<ListEventsResponse>(scope, `${urnPath(urn)}/events`, { signal })).events,
  });

export const testEventQueryOptions = (scope: ConnectionScope, urn: string, id: string) =>
  queryOptions({
    queryKey: testEventKeys.detail(scope, urn, id),
    queryFn: ({ signal }) =>
      fgRequest<TestEventDetail>(scope, `${urnPath(urn)}/events/${encodeURIComponent(id)}`, { signal }),
  });

export const useTestEvents = (scope: ConnectionScope, urn: string) =>
  useQuery(testEventsQueryOptions(scope, urn));

export function useTestEvent(scope: ConnectionScope, urn: string, id: string | undefined) {
  return useQuery({ ...testEventQueryOptions(scope, urn, id ?? ''), enabled: id !== undefined });
}

export function useSaveTestEvent(scope: ConnectionScope, urn: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The form shows the server's message next to the fields.
    meta: { toastOnError: false },
    mutationFn: (input: { id?: string; name: string; content: string }) =>
      input.id
        ? fgRequest<TestEventItem>(scope, `${urnPath(urn)}/events/${encodeURIComponent(input.id)}`, {
            method: 'PUT',
            json: { content: input.content },
          })
        : fgRequest<TestEventItem>(scope, `${urnPath(urn)}/events`, {
            method: 'POST',
            json: { name: input.name, content: input.content },
          }),
    onSuccess: (_saved, input) =>
      queryClient.invalidateQueries({
        queryKey: input.id ? testEventKeys.all(scope, urn) : testEventKeys.list(scope, urn),
      }),
  });
}

export function useDeleteTestEvent(scope: ConnectionScope, urn: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      fgRequest<undefined>(scope, `${urnPath(urn)}/events/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_r, id) => {
      queryClient.removeQueries({ queryKey: testEventKeys.detail(scope, urn, id) });
      return queryClient.invalidateQueries({ queryKey: testEventKeys.list(scope, urn) });
    },
  });
}
