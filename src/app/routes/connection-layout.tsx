import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { connectionsQueryOptions } from '@/features/connections/api/get-connections';
import { ActiveConnectionProvider } from '@/lib/active-connection';
import { ConsoleShell } from '../shell/console-shell';
import { ConnectionNotFound } from './connection-not-found';

/**
 * `/c/:connectionId`: resolves the connection named in the URL (the loader has fetched the list) and
 * renders the console frame around the page.
 */
export function ConnectionLayout() {
  const { connectionId } = useParams();
  const { data: connections } = useSuspenseQuery(connectionsQueryOptions());
  const connection = connections.find((c) => c.id === connectionId);
  if (!connection) return <ConnectionNotFound id={connectionId ?? ''} first={connections[0]} />;
  return (
    <ActiveConnectionProvider connection={connection}>
      <ConsoleShell connection={connection} connections={connections} />
    </ActiveConnectionProvider>
  );
}
