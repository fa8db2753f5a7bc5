/**
 * Default MSW handlers: the console server's own routes over the in-memory mock db. Feature tests add
 * handlers for the FunctionGraph endpoints they exercise (`server.use(...)`); anything unhandled fails the test.
 */
import { http, HttpResponse } from 'msw';
import type { ListConnectionsResponse } from '@/api/contract/connections';
import { mockDb } from './mock-db';

export const handlers = [
  http.get('/api/connections', () =>
    HttpResponse.json<ListConnectionsResponse>({ connections: mockDb.connections }),
  ),
];
