/**
 * Log filters → an LTS ListLogs body (lts-query.md §2, §4). On the local connection request id, level and
 * version are exact label filters; a cloud connection's label keys are not documented (§7.3), so there they
 * become keywords (the request id appears in the Start/Finish lines; the level in the runtime's prefix).
 */
import type { ListLogsRequest } from '../api/types';
import type { LogLevel } from './log-lines';

export interface LogFilters {
  keywords: string;
  requestId: string;
  level: LogLevel | '';
  version: string;
}

export const EMPTY_FILTERS: LogFilters = { keywords: '', requestId: '', level: '', version: '' };

export function buildLogQuery(
  filters: LogFilters,
  kind: 'local' | 'cloud',
  window: { from: number; to: number },
): ListLogsRequest {
  const keywords = [filters.keywords.trim()];
  const labels: Record<string, string> = {};
  const requestId = filters.requestId.trim();
  const version = filters.version.trim();
  if (kind === 'local') {
    if (requestId) labels.requestId = requestId;
    if (filters.level) labels.level = filters.level;
    if (version) labels.version = version;
  } else {
    keywords.push(requestId, filters.level, version);
  }
  const statement = keywords
    .filter(Boolean)
    .map((k) => (keywords.filter(Boolean).length > 1 ? `(${k})` : k))
    .join(' and ');
  return {
    start_time: String(window.from),
    end_time: String(window.to),
    ...(statement ? { keywords: statement } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    highlight: statement !== '',
  };
}

/** Filters in the URL (`?q=&requestId=&level=&version=`), so a query is a link. */
export function filtersFromParams(params: URLSearchParams): LogFilters {
  const level = params.get('level') ?? '';
  return {
    keywords: params.get('q') ?? '',
    requestId: params.get('requestId') ?? '',
    level: (['INFO', 'WARN', 'ERROR', 'DEBUG'] as const).find((l) => l === level) ?? '',
    version: params.get('logVersion') ?? '',
  };
}

export function withFilters(params: URLSearchParams, f: LogFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  set('q', f.keywords.trim());
  set('requestId', f.requestId.trim());
  set('level', f.level);
  set('logVersion', f.version.trim());
  return next;
}
