/** Stored shapes of the function module (seed 7.6 field names, api-digest §2.2–§2.4). */
import type { ParsedFunctionUrn } from '../../shared/urn';
import type { AliasRow, FunctionRow, VersionRow } from './function-schema';

export interface StrategyConfig {
  /** Max instances: −1 unlimited, 0 disabled, v2 up to 1000 (seed T7-191). */
  concurrency: number;
  /** Per-instance concurrency (v2 only), 1–1000. */
  concurrent_num?: number;
}

/**
 * The user-settable configuration of one function version. The named fields are the ones the local server acts
 * on; every other seed field of T7-176/T7-251 (func_vpc, mount_config, log_config, …) round-trips as stored.
 */
export interface FunctionConfig {
  runtime: string;
  handler: string;
  memory_size: number;
  timeout: number;
  type: string;
  strategy_config: StrategyConfig;
  enterprise_project_id: string;
  user_data?: string;
  encrypted_user_data?: string;
  description?: string;
  xrole?: string;
  app_xrole?: string;
  initializer_handler?: string;
  initializer_timeout?: number;
  pre_stop_handler?: string;
  pre_stop_timeout?: number;
  depend_version_list?: string[];
  [seedField: string]: unknown;
}

/** Where the code of a version lives (seed 7.6.4 fields + the blob digest). */
export interface CodeRecord {
  codeType: string;
  codeUrl: string;
  codeFilename: string;
  /** SHA-512 hex of the package ('' for container-image functions). */
  digest: string;
  size: number;
}

/** A code record whose bytes are not stored yet (written by the store inside its transaction). */
export interface PendingCode extends CodeRecord {
  bytes?: Uint8Array;
}

export interface AliasWeights {
  [version: string]: number;
}

export interface VersionStrategyRule {
  rule_type: string;
  param: string;
  op: string;
  value: string;
}

export interface VersionStrategy {
  combine_type: string;
  rules: VersionStrategyRule[];
}

export interface AliasInput {
  name: string;
  version: string;
  description?: string;
  additional_version_weights?: AliasWeights;
  additional_version_strategy?: Record<string, VersionStrategy>;
}

export interface ResolvedFunction {
  func: FunctionRow;
  version: VersionRow;
  /** Set when the URN named an alias; `version` is then the alias's main version. */
  alias?: AliasRow;
  urn: ParsedFunctionUrn;
}
