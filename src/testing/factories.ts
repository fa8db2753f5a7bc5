/**
 * Factories for API objects: valid defaults, overridable per test. Ids are counters reset by `resetFactories`
 * (called before each test) so that no state leaks between tests.
 */
import type { PublicConnection } from '@/api/contract/connections';
import type { FunctionConfig, Template } from '@/api/contract/functions';
import type { Dependency } from '@/features/dependencies/api/types';

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

/** A function as list and get-config answer it (seed 7.6.1 / 7.6.6), in the local connection's project. */
export function buildFunction(overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  const n = next();
  const name = overrides.func_name ?? `fn-${String(n)}`;
  const pkg = overrides.package ?? 'default';
  return {
    func_urn: `urn:fss:local-1:${buildProjectId(1)}:function:${pkg}:${name}`,
    func_name: name,
    package: pkg,
    runtime: 'Node.js18.15',
    handler: 'index.handler',
    memory_size: 256,
    timeout: 30,
    code_type: 'inline',
    description: '',
    user_data: '',
    version: 'latest',
    last_modified: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    strategy_config: { concurrency: -1, concurrent_num: 1 },
    ...overrides,
  };
}

export function buildTemplate(overrides: Partial<Template> = {}): Template {
  const n = next();
  return {
    id: `template-${String(n)}`,
    title: `Template ${String(n)}`,
    template_name: `template-${String(n)}`,
    description: 'A starter function',
    runtime: 'Python3.9',
    handler: 'index.handler',
    code_type: 'inline',
    code: '',
    timeout: 30,
    memory_size: 128,
    scene: 'basic_function_usage',
    service: 'FunctionGraph',
    ...overrides,
  };
}

/**
 * One version of a private dependency as the list and version endpoints answer it (seed 7.3.1/7.3.4): pass
 * the same `dep_id` and `name` for several versions of one dependency.
 */
export function buildDependencyVersion(overrides: Partial<Dependency> = {}): Dependency {
  const n = next();
  const name = overrides.name ?? `dep-${String(n)}`;
  return {
    id: `depver-${String(n)}`,
    dep_id: `dep-id-${name}`,
    owner: 'local-domain',
    link: '',
    runtime: 'Python3.9',
    etag: n.toString(16).padStart(32, 'a'),
    size: 2048,
    name,
    description: '',
    file_name: `${name}.zip`,
    version: 1,
    last_modified: Date.UTC(2026, 0, 2, 0, n) / 1000,
    ...overrides,
  };
}
