/**
 * The in-memory fake backend the MSW handlers answer from. Reset before every test (setup.ts), so tests
 * arrange exactly the data they need with `mockDb.connections = [...]` and factories.
 */
import type { PublicConnection } from '@/api/contract/connections';
import type { FunctionAlias, FunctionConfig, FunctionVersion, ResourceTag } from '@/api/contract/functions';
import { buildLocalConnection } from './factories';

interface MockDb {
  connections: PublicConnection[];
  /** The `latest` config of each function (list and get-config answer from here). */
  functions: FunctionConfig[];
  /** Published versions and aliases per unqualified function URN. */
  versions: Record<string, FunctionVersion[]>;
  aliases: Record<string, FunctionAlias[]>;
  triggers: Record<string, unknown[]>;
  /** Resource tags per unqualified function URN (seed 7.6.9 / 7.6.14). */
  tags: Record<string, ResourceTag[]>;
}

export const mockDb: MockDb = {
  connections: [],
  functions: [],
  versions: {},
  aliases: {},
  triggers: {},
  tags: {},
};

export function resetMockDb(): void {
  mockDb.connections = [buildLocalConnection()];
  mockDb.functions = [];
  mockDb.versions = {};
  mockDb.aliases = {};
  mockDb.triggers = {};
  mockDb.tags = {};
}
