/**
 * `GET /api/connections`: what the browser may know about a connection (never credentials).
 * Mirrors server/console/config.ts `PublicConnection`; the server may import this file.
 */
export type ConnectionKind = 'local' | 'cloud';

export interface PublicConnection {
  id: string;
  name: string;
  kind: ConnectionKind;
  /** e.g. `cn-north-4`, or `local-1` for the local FunctionGraph. */
  region: string;
  /** 32 hex characters; part of every FunctionGraph path (`/v2/{project_id}/...`). */
  projectId: string;
  endpoint: string;
  authType: 'aksk' | 'token';
}

export interface ListConnectionsResponse {
  connections: PublicConnection[];
}
