/**
 * FunctionGraph function shapes the console reads and writes (api-digest §2.2–§2.7, seed 7.6). Only the
 * fields the console uses are typed; responses carry more.
 */

/** seed 2.1 / api-digest §2.0: the 15-value memory superset (MB). */
export const MEMORY_SIZES = [
  128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 8192, 10240,
] as const;

/** seed 7.6.2 / api-digest §2.0: the runtime enum. */
export const RUNTIMES = [
  'Node.js18.15',
  'Node.js16.17',
  'Node.js14.18',
  'Node.js12.13',
  'Node.js10.16',
  'Node.js8.10',
  'Node.js6.10',
  'Python3.10',
  'Python3.9',
  'Python3.6',
  'Python2.7',
  'Java11',
  'Java8',
  'Go1.x',
  'C#(.NET Core 3.1)',
  'C#(.NET Core 2.1)',
  'PHP7.3',
  'Custom',
  'http',
  'Cangjie1.0',
] as const;

export interface StrategyConfig {
  /** Max instances: −1 unlimited, 0 = function disabled (api-digest §2.1 StrategyConfig). */
  concurrency?: number;
  /** Requests per instance, 1–1000 (v2). */
  concurrent_num?: number;
}

/** A list item (seed 7.6.1 T7-168) and the metadata of one version (seed 7.6.6 T7-234). */
export interface FunctionConfig {
  func_urn: string;
  func_name: string;
  package: string;
  runtime: string;
  timeout: number;
  handler: string;
  memory_size: number;
  code_type?: string;
  code_size?: number;
  user_data?: string;
  encrypted_user_data?: string;
  description?: string;
  last_modified?: string;
  version?: string;
  strategy_config?: StrategyConfig;
  initializer_handler?: string;
  initializer_timeout?: number;
  type?: string;
  xrole?: string;
  app_xrole?: string;
  enterprise_project_id?: string;
  log_group_id?: string;
  log_stream_id?: string;
}

export interface ListFunctionsResponse {
  functions: FunctionConfig[];
  next_marker: number;
  count: number;
}

/** seed 7.6.2 T7-176 (the fields the console sends). */
export interface CreateFunctionRequest {
  func_name: string;
  package: string;
  runtime: string;
  handler: string;
  memory_size: number;
  timeout: number;
  code_type: 'inline' | 'zip';
  code_filename?: string;
  func_code?: { file: string };
  description?: string;
  user_data?: string;
}

/** seed 7.6.7 T7-251: a full replace; the five required fields must always be sent. */
export interface UpdateFunctionConfigRequest {
  func_name: string;
  runtime: string;
  timeout: number;
  handler: string;
  memory_size: number;
  description?: string;
  user_data?: string;
  encrypted_user_data?: string;
  xrole?: string;
  app_xrole?: string;
  initializer_handler?: string;
  initializer_timeout?: number;
  strategy_config?: Required<StrategyConfig>;
}

/** One item of seed 7.7.6 `GET F/versions` (ListFunctionVersionResult, api-digest §2.8). */
export interface FunctionVersion {
  version: string;
  version_description?: string;
  /** The seed's list (7.7.6) has no version_description; some answers carry `description`. */
  description?: string;
  last_modified?: string;
  code_size?: number;
  digest?: string;
  runtime?: string;
}

/** seed 7.7.6 `GET F/versions`. */
export interface ListFunctionVersionsResponse {
  versions: FunctionVersion[];
  next_marker?: number;
  count?: number;
}

/** A rule of an alias's canary by request header (seed 7.7.2 VersionStrategyRules, api-digest §2.9). */
export interface HeaderRule {
  rule_type: 'Header';
  param: string;
  op: '=' | 'in';
  value: string;
}

export interface VersionStrategy {
  combine_type: 'and' | 'or';
  rules: HeaderRule[];
}

/** One item of seed 7.7.1 `GET F/aliases` (a bare array, api-digest §2.9). */
export interface FunctionAlias {
  name: string;
  version: string;
  description?: string;
  last_modified?: string;
  alias_urn?: string;
  additional_version_weights?: Record<string, number>;
  /** Not in the seed's list table; api-digest §2.9 recommends it. */
  additional_version_strategy?: Record<string, VersionStrategy>;
}

export interface Template {
  id: string;
  title: string;
  template_name?: string;
  description?: string;
  runtime: string;
  handler: string;
  code_type?: string;
  code?: string;
  timeout?: number;
  memory_size?: number;
  scene?: string;
  service?: string;
}

export interface ListTemplatesResponse {
  func_templates: Template[];
  next_marker: number;
}

export interface ResourceTag {
  key: string;
  value: string;
}

/** seed 7.15 FuncDestinationConfig: `param` is a JSON string (FunctionGraph: `{"func_urn"}`). */
export interface DestinationConfig {
  destination: 'OBS' | 'SMN' | 'DIS' | 'FunctionGraph';
  param: string;
}

export interface AsyncInvokeConfig {
  max_async_event_age_in_seconds?: number;
  max_async_retry_attempts?: number;
  destination_config?: { on_success?: DestinationConfig; on_failure?: DestinationConfig };
  enable_async_status_log?: boolean;
}
