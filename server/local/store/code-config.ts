/**
 * The runtime's accessor: for a resolved function version (latest, a published version, or an alias's main
 * version), everything needed to run it — code digest (blob), runtime, handler, memory, timeout, parsed env,
 * initializer and pre-stop hooks, concurrency strategy.
 */
import type { AliasRow } from './function-schema';
import type { FunctionConfig, ResolvedFunction, StrategyConfig } from './function-types';

/** What the runtime needs to run one version (latest, a published version, or an alias's main version). */
export interface FunctionCodeConfig {
  functionId: string;
  package: string;
  name: string;
  version: string;
  digest: string;
  codeType: string;
  runtime: string;
  handler: string;
  memory: number;
  timeout: number;
  userData: Record<string, string>;
  encryptedUserData: Record<string, string>;
  initializer?: { handler: string; timeout: number };
  preStop?: { handler: string; timeout: number };
  strategy: StrategyConfig;
  config: FunctionConfig;
  alias?: AliasRow;
}

export function parseEnv(json: string | undefined): Record<string, string> {
  if (!json) return {};
  const value = JSON.parse(json) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

/** Pure mapping, so callers holding a ResolvedFunction need no second lookup. */
export function toCodeConfig(resolved: ResolvedFunction): FunctionCodeConfig {
  const { func, version, alias } = resolved;
  const config = JSON.parse(version.config) as FunctionConfig;
  const out: FunctionCodeConfig = {
    functionId: func.id,
    package: func.package,
    name: func.name,
    version: version.version,
    digest: version.code_digest,
    codeType: version.code_type,
    runtime: config.runtime,
    handler: config.handler,
    memory: config.memory_size,
    timeout: config.timeout,
    userData: parseEnv(config.user_data),
    encryptedUserData: parseEnv(config.encrypted_user_data),
    strategy: config.strategy_config,
    config,
  };
  if (config.initializer_handler && config.initializer_timeout)
    out.initializer = { handler: config.initializer_handler, timeout: config.initializer_timeout };
  if (config.pre_stop_handler && config.pre_stop_timeout)
    out.preStop = { handler: config.pre_stop_handler, timeout: config.pre_stop_timeout };
  if (alias) out.alias = alias;
  return out;
}
