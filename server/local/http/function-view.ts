/**
 * Function objects as the seed returns them. One canonical object is built per version, then each endpoint keeps
 * the fields of its column in the presence matrix (api-digest §2.3: List T7-168, create T7-186, get T7-234,
 * update T7-261, max-instance T7-277, version list T7-430, publish T7-444).
 */
import { formatFunctionUrn } from '../../shared/urn';
import { attachedDependencies } from '../dependencies/dependency-view';
import type { LocalDeps } from '../deps';
import { logGroupId, logStreamId } from '../logs/streams';
import type { FunctionRow, VersionRow } from '../store/function-schema';
import type { FunctionConfig } from '../store/function-types';

export type FunctionShape = 'list' | 'create' | 'get' | 'update' | 'maxInstance' | 'version' | 'publish';

const ALL: FunctionShape[] = ['list', 'create', 'get', 'update', 'maxInstance', 'version', 'publish'];
const NOT_VERSION: FunctionShape[] = ['list', 'create', 'get', 'update', 'maxInstance', 'publish'];

/** field → shapes that include it (api-digest §2.3; `encrypted_use_r_data` corrected to `encrypted_user_data`). */
export const PRESENCE: Readonly<Record<string, readonly FunctionShape[]>> = {
  func_id: ['create', 'get', 'update'],
  resource_id: ['list', 'create', 'get', 'update'],
  func_urn: ALL,
  func_name: ALL,
  domain_id: ALL,
  namespace: ALL,
  project_name: ALL,
  package: ALL,
  runtime: ALL,
  timeout: ALL,
  handler: ALL,
  memory_size: ALL,
  gpu_memory: ['list', 'create', 'get', 'update'],
  cpu: ALL,
  code_type: ALL,
  code_url: ALL,
  code_filename: ALL,
  code_size: ALL,
  user_data: ALL,
  encrypted_user_data: ALL,
  digest: ALL,
  version: ALL,
  image_name: ALL,
  xrole: ALL,
  app_xrole: ALL,
  description: NOT_VERSION,
  last_modified: ALL,
  ephemeral_storage: ['create', 'get', 'update'],
  func_vpc: ['create', 'get', 'update', 'maxInstance', 'publish'],
  mount_config: ['create', 'get', 'update', 'maxInstance', 'publish'],
  depend_list: ['create', 'get'],
  depend_version_list: ['create', 'get'],
  strategy_config: ALL,
  dependencies: ['create', 'get', 'update', 'maxInstance', 'publish'],
  initializer_handler: ALL,
  initializer_timeout: ALL,
  pre_stop_handler: ALL,
  pre_stop_timeout: ALL,
  enterprise_project_id: ALL,
  long_time: ALL,
  log_group_id: NOT_VERSION,
  log_stream_id: NOT_VERSION,
  type: ALL,
  enable_cloud_debug: ['create', 'get', 'update', 'maxInstance'],
  enable_dynamic_memory: ['create', 'get', 'update', 'maxInstance', 'version', 'publish'],
  is_stateful_function: ['create', 'get', 'update', 'maxInstance', 'version'],
  is_bridge_function: ['list', 'create', 'get'],
  enable_auth_in_header: ['create', 'get'],
  custom_image: ['create', 'get', 'update', 'version'],
  reserved_instance_idle_mode: ['get', 'version'],
  apig_route_enable: ['get'],
  heartbeat_handler: ['create', 'get'],
  enable_class_isolation: ['create', 'get'],
  gpu_type: ['create', 'get'],
  allow_ephemeral_storage: ['create', 'get'],
  network_controller: ['create', 'get'],
  is_return_stream: ['create', 'get', 'update', 'maxInstance'],
  peering_cidr: ['get', 'update'],
  lts_custom_tag: ['create', 'get', 'update'],
  domain_names: ['create', 'update', 'maxInstance'],
  reserved_instance_count: ['create'],
  extend_config: ['list', 'create'],
  apig_route_enabled: ['create'],
  enable_auth_header: ['update', 'maxInstance', 'version'],
  func_vpc_id: ['list', 'version'],
  fail_count: ['list'],
  bind_bridge_funcUrns: ['list'],
  concurrency: ['version'],
  concurrent_num: ['version'],
  version_description: ['publish'],
};

/** Object-valued fields that only appear once configured (the seed's examples omit them otherwise). */
const ONLY_WHEN_SET = new Set([
  'func_vpc',
  'mount_config',
  'custom_image',
  'network_controller',
  'gpu_memory',
]);

/** Millicores, derived from memory (api-digest §2.3: examples show 300 at 128 MB and 400 at 256 MB). */
export function cpuFor(memory: number): number {
  return memory <= 128 ? 300 : Math.round((memory / 256) * 400);
}

/** encrypted_user_data comes back with its names only (seed 7.6.2 example: `{"password":""}`). */
export function maskEnv(json: string | undefined): string {
  if (!json) return '';
  const parsed = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.keys(parsed).map((k) => [k, ''])));
}

/** LTS ids the local LTS query endpoint answers to (logs/streams.ts): one group per project, one stream per function. */
export function logIdsFor(
  deps: LocalDeps,
  func: FunctionRow,
): { log_group_id: string; log_stream_id: string } {
  return { log_group_id: logGroupId(deps.settings.projectId), log_stream_id: logStreamId(func.id) };
}

export function versionUrn(deps: LocalDeps, func: FunctionRow, version: string): string {
  return formatFunctionUrn(deps.functions.functionIdentity(func), version);
}

function canonical(deps: LocalDeps, func: FunctionRow, version: VersionRow): Record<string, unknown> {
  const config = JSON.parse(version.config) as FunctionConfig;
  const strategy = config.strategy_config;
  const str = (key: string) => (typeof config[key] === 'string' ? config[key] : '');
  const num = (key: string) => (typeof config[key] === 'number' ? config[key] : 0);
  const bool = (key: string) => config[key] === true;
  const vpc = config.func_vpc as { vpc_id?: string } | undefined;
  return {
    ...config,
    func_id: func.id,
    resource_id: `${func.id}:${func.name}`,
    func_urn: versionUrn(deps, func, version.version),
    func_name: func.name,
    domain_id: deps.domainId,
    namespace: deps.settings.projectId,
    project_name: deps.settings.region,
    package: func.package,
    cpu: cpuFor(config.memory_size),
    code_type: version.code_type,
    code_url: version.code_url,
    code_filename: version.code_filename,
    code_size: version.code_size,
    user_data: config.user_data ?? '',
    encrypted_user_data: maskEnv(config.encrypted_user_data),
    digest: version.code_digest,
    version: version.version,
    image_name: version.image_name,
    xrole: str('xrole'),
    app_xrole: str('app_xrole'),
    description: str('description'),
    last_modified: version.last_modified,
    ephemeral_storage: num('ephemeral_storage') || 512,
    depend_version_list: config.depend_version_list ?? [],
    ...attachedDependencies(deps, config.depend_version_list),
    initializer_handler: str('initializer_handler'),
    initializer_timeout: num('initializer_timeout'),
    pre_stop_handler: str('pre_stop_handler'),
    pre_stop_timeout: num('pre_stop_timeout'),
    long_time: config.timeout > 900,
    ...logIdsFor(deps, func),
    enable_cloud_debug: '',
    enable_dynamic_memory: bool('enable_dynamic_memory'),
    is_stateful_function: bool('is_stateful_function'),
    is_bridge_function: false,
    enable_auth_in_header: bool('enable_auth_in_header'),
    enable_auth_header: bool('enable_auth_in_header'),
    reserved_instance_idle_mode: false,
    apig_route_enable: false,
    apig_route_enabled: false,
    heartbeat_handler: str('heartbeat_handler'),
    enable_class_isolation: bool('enable_class_isolation'),
    gpu_type: str('gpu_type'),
    allow_ephemeral_storage: true,
    is_return_stream: false,
    peering_cidr: str('peering_cidr'),
    lts_custom_tag: config.lts_custom_tag ?? {},
    domain_names: str('domain_names'),
    reserved_instance_count: 0,
    extend_config: str('extend_config'),
    func_vpc_id: vpc?.vpc_id ?? '',
    fail_count: 0,
    bind_bridge_funcUrns: [],
    concurrency: strategy.concurrency === 0 ? 0 : -1,
    concurrent_num: strategy.concurrent_num ?? 1,
    version_description: version.version_description,
  };
}

/** The function object of `version` as endpoint `shape` returns it. */
export function functionView(
  deps: LocalDeps,
  func: FunctionRow,
  version: VersionRow,
  shape: FunctionShape,
): Record<string, unknown> {
  const full = canonical(deps, func, version);
  const out: Record<string, unknown> = {};
  for (const [field, shapes] of Object.entries(PRESENCE)) {
    if (!shapes.includes(shape)) continue;
    const value = full[field];
    if (value === undefined && ONLY_WHEN_SET.has(field)) continue;
    out[field] = value;
  }
  // Seed request fields without a response column (log_config, restore_hook_*, …) round-trip through config reads.
  if (shape === 'get' || shape === 'create' || shape === 'update') {
    const config = JSON.parse(version.config) as Record<string, unknown>;
    for (const [field, value] of Object.entries(config))
      if (!(field in PRESENCE) && value !== undefined) out[field] = value;
  }
  // List items carry the unqualified URN (api-digest §2.3).
  if (shape === 'list') out.func_urn = formatFunctionUrn(deps.functions.functionIdentity(func));
  return out;
}
