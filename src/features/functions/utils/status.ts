import type { FunctionConfig } from '@/api/contract/functions';

/** `strategy_config.concurrency = 0` means the function is disabled (api-digest §2.1 StrategyConfig). */
export function isDisabled(fn: Pick<FunctionConfig, 'strategy_config'>): boolean {
  return fn.strategy_config?.concurrency === 0;
}
