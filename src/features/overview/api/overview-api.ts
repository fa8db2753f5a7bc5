/**
 * Dashboard data: tenant statistics (seed 7.8.2 `functions/statistics`, monitor_data over this month), quotas
 * (7.2.1: function count and code storage vs quota), functions ranked by a metric (7.8.1 `function/report`),
 * and recent failed requests: the ERROR lines of the functions that failed most in the last day (their LTS
 * streams, seed 7.9.2 + lts-query.md), found by keyword so it works on cloud connections too.
 */
import { useQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { fgRequest, ltsRequest } from '@/api/client';

const enc = encodeURIComponent;

interface SlaValue {
  timestamp: number;
  value: number;
}

export interface TenantStatistics {
  statistics: { count: SlaValue[]; fail_count: SlaValue[]; duration: SlaValue[] };
}

export interface QuotaResource {
  type: string;
  quota: number;
  used: number;
  unit?: string;
}

export interface ReportEntry {
  key: string;
  value: number;
}

export const overviewKeys = {
  all: (scope: ConnectionScope) => ['overview', scope.connectionId, scope.projectId] as const,
  statistics: (scope: ConnectionScope, period: number) =>
    [...overviewKeys.all(scope), 'statistics', period] as const,
  quotas: (scope: ConnectionScope) => [...overviewKeys.all(scope), 'quotas'] as const,
  report: (scope: ConnectionScope, type: string, since: number) =>
    [...overviewKeys.all(scope), 'report', type, since] as const,
  failures: (scope: ConnectionScope, urns: string) => [...overviewKeys.all(scope), 'failures', urns] as const,
};

/** Minutes since the start of this month (local), capped at the API's 30 days. */
export function minutesThisMonth(now: number): number {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  return Math.min(43_200, Math.max(1, Math.ceil((now - start) / 60_000)));
}

/** Sums and a count-weighted average duration, ignoring `-1` buckets. */
export function summarize(s: TenantStatistics['statistics']) {
  let invocations = 0;
  let errors = 0;
  let weighted = 0;
  s.count.forEach((p, i) => {
    if (p.value < 0) return;
    invocations += p.value;
    const d = s.duration[i]?.value ?? -1;
    if (d >= 0) weighted += d * p.value;
  });
  for (const p of s.fail_count) if (p.value > 0) errors += p.value;
  return {
    invocations,
    errors,
    avgDurationMs: invocations > 0 ? Math.round((weighted / invocations) * 10) / 10 : 0,
  };
}

export function useTenantStatistics(scope: ConnectionScope, period: number) {
  return useQuery({
    queryKey: overviewKeys.statistics(scope, period),
    queryFn: ({ signal }) =>
      fgRequest<TenantStatistics>(scope, '/fgs/functions/statistics', {
        query: { filter: 'monitor_data', period },
        signal,
      }),
  });
}

export function useQuotas(scope: ConnectionScope) {
  return useQuery({
    queryKey: overviewKeys.quotas(scope),
    queryFn: async ({ signal }) =>
      (await fgRequest<{ quotas: { resources: QuotaResource[] } }>(scope, '/fgs/quotas', { signal })).quotas
        .resources,
  });
}

export function useReport(scope: ConnectionScope, type: 'count' | 'failcount' | 'duration', since: number) {
  return useQuery({
    queryKey: overviewKeys.report(scope, type, since),
    queryFn: async ({ signal }) =>
      (
        await fgRequest<{ values: ReportEntry[] }>(scope, '/fgs/function/report', {
          query: { type, start_time: since, end_time: Date.now(), limit: 10 },
          signal,
        })
      ).values,
  });
}

export interface FailedRequest {
  requestId: string;
  urn: string;
  time: number;
  message: string;
}

const PREFIXED_ERROR = /^\S+ (\S+) ERROR (.*)$/;

export function useRecentFailures(scope: ConnectionScope, urns: readonly string[]) {
  return useQuery({
    queryKey: overviewKeys.failures(scope, urns.join(',')),
    enabled: urns.length > 0,
    queryFn: async ({ signal }) => {
      const now = Date.now();
      const found = await Promise.all(
        urns.slice(0, 10).map(async (urn) => {
          const detail = await fgRequest<{ group_id: string; stream_id: string }>(
            scope,
            `/fgs/functions/${enc(urn)}/lts-log-detail`,
            { signal },
          );
          const page = await ltsRequest<{
            logs: { content: string; line_num: string; labels?: Record<string, string> }[];
          }>(scope, `/groups/${enc(detail.group_id)}/streams/${enc(detail.stream_id)}/content/query`, {
            method: 'POST',
            json: {
              start_time: String(now - 86_400_000),
              end_time: String(now + 1000),
              keywords: 'ERROR',
              is_desc: true,
              limit: 20,
              highlight: false,
            },
            signal,
          });
          return page.logs.flatMap((l): FailedRequest[] => {
            const m = PREFIXED_ERROR.exec(l.content);
            const requestId = l.labels?.requestId ?? m?.[1];
            if (!requestId) return [];
            return [
              {
                requestId,
                urn,
                time: Number(l.line_num.slice(0, -6)),
                message: (m?.[2] ?? l.content).slice(0, 200),
              },
            ];
          });
        }),
      );
      const byId = new Map<string, FailedRequest>();
      for (const f of found.flat()) if (!byId.has(f.requestId)) byId.set(f.requestId, f);
      return [...byId.values()].sort((a, b) => b.time - a.time).slice(0, 20);
    },
  });
}
