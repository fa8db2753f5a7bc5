/**
 * Factories for API objects: valid defaults, overridable per test. Ids are counters reset by `resetFactories`
 * (called before each test) so that no state leaks between tests.
 */
import type { PublicConnection } from '@/api/contract/connections';

let sequence = 0;

export function resetFactories(): void {
  sequence = 0;
}

const next = () => ++sequence;

/** A project id shaped like Huawei's: 32 hexadecimal characters. */
export function buildProjectId(seed = next()): string {
  return seed.toString(16).padStart(32, '0');
}

export function buildLocalConnection(overrides: Partial<PublicConnection> = {}): PublicConnection {
  return {
    id: 'local',
    name: 'Local FunctionGraph',
    kind: 'local',
    region: 'local-1',
    projectId: buildProjectId(),
    endpoint: 'http://127.0.0.1:18080',
    authType: 'aksk',
    ...overrides,
  };
}

export function buildCloudConnection(overrides: Partial<PublicConnection> = {}): PublicConnection {
  const n = next();
  return {
    id: `cloud-${n}`,
    name: `Huawei Cloud cn-north-${n}`,
    kind: 'cloud',
    region: `cn-north-${n}`,
    projectId: buildProjectId(n + 1000),
    endpoint: `https://functiongraph.cn-north-${n}.myhuaweicloud.com`,
    authType: 'aksk',
    ...overrides,
  };
}
