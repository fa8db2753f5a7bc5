/**
 * seed 7.6.7 `PUT F/config` replaces the whole settable config, so every save sends the current values of
 * all settable fields (T7-251) with the section's changes on top. `encrypted_user_data` is left out unless
 * the section edits it: the API returns it masked (names only) and an absent field keeps the stored secrets.
 */
import type { FunctionConfig } from '@/api/contract/functions';

const SETTABLE = [
  'func_name',
  'runtime',
  'timeout',
  'handler',
  'memory_size',
  'gpu_memory',
  'gpu_type',
  'ephemeral_storage',
  'user_data',
  'xrole',
  'app_xrole',
  'description',
  'enterprise_project_id',
  'func_vpc',
  'mount_config',
  'network_controller',
  'domain_names',
  'peering_cidr',
  'strategy_config',
  'custom_image',
  'extend_config',
  'initializer_handler',
  'initializer_timeout',
  'pre_stop_handler',
  'pre_stop_timeout',
  'log_config',
  'lts_custom_tag',
  'is_stateful_function',
  'enable_dynamic_memory',
  'enable_auth_in_header',
  'enable_class_isolation',
] as const;

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/** Sub-objects that the API echoes empty but rejects when sent empty (e.g. a VPC without vpc_id). */
function meaningful(key: string, value: unknown): boolean {
  if (value === null || value === undefined || isEmptyObject(value)) return false;
  const record = value as Record<string, unknown>;
  if (key === 'func_vpc') return typeof record.vpc_id === 'string' && record.vpc_id !== '';
  if (key === 'mount_config') return Array.isArray(record.func_mounts) && record.func_mounts.length > 0;
  if (key === 'custom_image') return record.enabled === true;
  return true;
}

export function updateBody(
  current: FunctionConfig,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const source = current as unknown as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const key of SETTABLE) if (meaningful(key, source[key])) body[key] = source[key];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) Reflect.deleteProperty(body, key);
    else body[key] = value;
  }
  return body;
}
