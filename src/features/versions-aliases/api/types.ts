/** Alias requests (7.7.2/7.7.5) and version statistics (7.8.3) as the console sends and reads them. */
import type { VersionStrategy } from '@/api/contract/functions';

export interface AliasRequest {
  name?: string;
  version: string;
  description?: string;
  additional_version_weights?: Record<string, number>;
  additional_version_strategy?: Record<string, VersionStrategy>;
}

/** One point of a 7.8 series; `value` −1 = no data in that minute. */
export interface SeriesPoint {
  timestamp: number;
  value: number;
}

/** seed 7.8.3: the fields the health view reads. */
export interface FunctionStatistics {
  count?: SeriesPoint[];
  fail_count?: SeriesPoint[];
  duration?: SeriesPoint[];
  max_duration?: SeriesPoint[];
}
