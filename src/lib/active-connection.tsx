/**
 * The connection the user is working in, taken from the URL (`/c/:connectionId/...`) by the app's connection
 * layout and handed to every feature below it. Feature API hooks read the scope for their requests.
 */
import { createContext, use } from 'react';
import type { ReactNode } from 'react';
import type { ConnectionScope } from '@/api/client';
import type { PublicConnection } from '@/api/contract/connections';

const ActiveConnectionContext = createContext<PublicConnection | null>(null);

export function ActiveConnectionProvider({
  connection,
  children,
}: {
  connection: PublicConnection;
  children: ReactNode;
}) {
  return <ActiveConnectionContext value={connection}>{children}</ActiveConnectionContext>;
}

/** The active connection; throws outside `/c/:connectionId/...` (a programming error, not a user one). */
export function useActiveConnection(): PublicConnection {
  const connection = use(ActiveConnectionContext);
  if (!connection) throw new Error('useActiveConnection() used outside a connection route');
  return connection;
}

/** What the API client needs to address the active connection and project. */
export function useConnectionScope(): ConnectionScope {
  const { id, projectId } = useActiveConnection();
  return { connectionId: id, projectId };
}
