/** Metric response shapes (seed 7.8): series of `{timestamp (epoch ms), value}`, `-1` = no data in the bucket. */
export interface SlaReportsValue {
  timestamp: number;
  value: number;
}

/** 7.8.3 `statistics/{period}` (ListFunctionStatisticsResponseBody, T7-475). */
export interface FunctionStatistics {
  count: SlaReportsValue[];
  duration: SlaReportsValue[];
  fail_count: SlaReportsValue[];
  max_duration: SlaReportsValue[];
  min_duration: SlaReportsValue[];
  reject_count: SlaReportsValue[];
  function_error_count?: SlaReportsValue[];
  system_error_count?: SlaReportsValue[];
  reserved_instance_num?: SlaReportsValue[];
  concurrency_num?: SlaReportsValue[];
}

/** 7.8.5 `slareports/{period}` (T7-485): the statistics plus `instance_num`. */
export interface SlaReports extends FunctionStatistics {
  instance_num?: SlaReportsValue[];
}

export interface AliasItem {
  name: string;
  version: string;
}
