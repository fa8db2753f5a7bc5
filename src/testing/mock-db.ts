/**
 * The in-memory fake backend the MSW handlers answer from. Reset before every test (setup.ts), so tests
 * arrange exactly the data they need with `mockDb.connections = [...]` and factories.
 */
import type { PublicConnection } from '@/api/contract/connections';
import type { FunctionAlias, FunctionConfig, FunctionVersion, ResourceTag } from '@/api/contract/functions';
import type { Dependency } from '@/features/dependencies/api/types';
import { buildLocalConnection } from './factories';

/** The deployed code of `latest` (seed 7.6.4): what GET code answers beside the function's config. */
export interface MockCode {
  code_type: string;
  code_filename?: string;
  code_url?: string;
  /** base64 of the package. */
  file: string;
  /** Dependency version ids (seed 7.6.5 `depend_version_list`). */
  depend_version_list: string[];
}

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
  /** Deployed code per unqualified function URN; absent = an empty inline package. */
  code: Record<string, MockCode>;
  /** Every version of every dependency (seed 7.3), private and public (`owner: 'public'`), oldest first. */
  dependencies: Dependency[];
}

export const mockDb: MockDb = {
  connections: [],
  functions: [],
  versions: {},
  aliases: {},
  triggers: {},
  tags: {},
  code: {},
  dependencies: [],
};

export function resetMockDb(): void {
  mockDb.connections = [buildLocalConnection()];
  mockDb.functions = [];
  mockDb.versions = {};
  mockDb.aliases = {};
  mockDb.triggers = {};
  mockDb.tags = {};
  mockDb.code = {};
  mockDb.dependencies = [];
}
