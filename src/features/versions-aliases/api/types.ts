/** Versions (seed 7.7.6/7.7.7) and aliases (7.7.1–7.7.5) as the console reads them (api-digest §2.8–§2.9). */
export interface VersionItem {
  version: string;
  version_description?: string;
  /** The seed's list (7.7.6) has no version_description; some answers carry `description`. */
  description?: string;
  last_modified?: string;
  code_size?: number;
  digest?: string;
  runtime?: string;
}

export interface ListVersionsResponse {
  versions: VersionItem[];
  next_marker?: number;
  count?: number;
}

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

export interface Alias {
  name: string;
  version: string;
  description?: string;
  last_modified?: string;
  alias_urn?: string;
  additional_version_weights?: Record<string, number>;
  additional_version_strategy?: Record<string, VersionStrategy>;
}

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
