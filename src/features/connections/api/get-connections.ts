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

export function useConnections() {
  return useQuery(connectionsQueryOptions());
}
