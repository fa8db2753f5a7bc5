/** `GET /api/connections`: the connections the console server offers (local first). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { ListConnectionsResponse, PublicConnection } from '@/api/contract/connections';
import { connectionKeys } from './keys';

export async function getConnections(signal?: AbortSignal): Promise<PublicConnection[]> {
  const body = await apiRequest<ListConnectionsResponse>('/api/connections', signal ? { signal } : {});
  return body.connections;
}

export const connectionsQueryOptions = () =>
  queryOptions({
    queryKey: connectionKeys.list(),
    queryFn: ({ signal }) => getConnections(signal),
    // Connections come from the server's start-up configuration; they change only on restart.
    staleTime: Infinity,
  });

/**
 * The connection list the console server wrote into index.html (server/console/spa.ts `bootstrapTag`), so the
 * first load starts its reads without waiting for GET /api/connections; undefined when absent (dev server,
 * tests) or unreadable, and the query then fetches as usual.
 */
export function bootstrappedConnections(doc: Document = document): PublicConnection[] | undefined {
  const text = doc.getElementById('fg-bootstrap')?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as { connections?: unknown };
    const list = data.connections;
    const valid =
      Array.isArray(list) &&
      list.every(
        (c: unknown) =>
          typeof c === 'object' &&
          c !== null &&
          typeof (c as Record<string, unknown>).id === 'string' &&
          typeof (c as Record<string, unknown>).projectId === 'string',
      );
    return valid ? (list as PublicConnection[]) : undefined;
  } catch {
    return undefined;
  }
}

export function useConnections() {
  return useQuery(connectionsQueryOptions());
}
