/**
 * The local FunctionGraph's tenant limits, reported by `GET P/quotas` (seed 7.2.1) and enforced by the groups
 * that own the resources. Values follow the 9.2 error table where it names a number (FSS.1041 400 functions,
 * FSS.1042 20 GB of code) and the seed's 7.2.1 example otherwise.
 */
export const LOCAL_QUOTAS = {
  /** v1 instance idle-release time (s); v1 is not run locally, reported as in the seed example. */
  fgs_func_scale_down_timeout: 60,
  /** Reserved-instance quota (v2), summed over all functions; FSS.1076 when exceeded. */
  fgs_func_occurs: 100,
  /** v1 VPC PAT idle time; reported only. */
  fgs_func_pat_idle_time: 100,
  /** Functions per tenant (FSS.1041). */
  fgs_func_num: 400,
  /** Total code size in MB (FSS.1042: 20 GB). */
  fgs_func_code_size: 20480,
  /** Workflows per tenant (seed example). */
  fgs_workflow_num: 512,
  /** v2 max instances per function (StrategyConfig.concurrency ≤ 1000). */
  fgs_on_demand_instance_limit: 1000,
  /** Instance quota. */
  fgs_func_qos_limit: 1000,
} as const;

export type QuotaType = keyof typeof LOCAL_QUOTAS;
