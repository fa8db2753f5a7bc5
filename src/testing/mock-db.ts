/**
 * The in-memory fake backend the MSW handlers answer from. Reset before every test (setup.ts), so tests
 * arrange exactly the data they need with `mockDb.connections = [...]` and factories.
 */
import type { PublicConnection } from '@/api/contract/connections';
import { buildLocalConnection } from './factories';

interface MockDb {
  connections: PublicConnection[];
}

export const mockDb: MockDb = { connections: [] };

export function resetMockDb(): void {
  mockDb.connections = [buildLocalConnection()];
}
