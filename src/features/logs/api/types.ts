/** LTS ListLogs shapes (lts-query.md §2–§3) and FunctionGraph's lts-log-detail (seed 7.9.2). */
export interface LogDetail {
  group_name?: string;
  group_id: string;
  stream_id: string;
  stream_name?: string;
}

export interface LtsLogLine {
  content: string;
  /** 19 digits: write time in ms × 1,000,000 + sequence (lts-query.md §3); the paging cursor. */
  line_num: string;
  labels?: Record<string, string>;
}

export interface ListLogsResponse {
  count?: number;
  logs: LtsLogLine[];
  isQueryComplete?: boolean;
}

export interface ListLogsRequest {
  start_time: string;
  end_time: string;
  labels?: Record<string, string>;
  keywords?: string;
  line_num?: string;
  is_desc?: boolean;
  search_type?: 'forwards' | 'backwards';
  limit?: number;
  highlight?: boolean;
}
