/**
 * Per-function metrics: `statistics/{period}` (seed 7.8.3) and `slareports/{period}` (7.8.5, for instances), of
 * the whole function (unqualified URN) or one version or alias (`:v1` or `:!alias`).
 */
import { queryOptions } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { fgRequest } from '@/api/client';
import { metricsKeys } from './keys';
import type { FunctionStatistics, SlaReports } from './types';

const enc = encodeURIComponent;

export function statisticsQueryOptions(
  scope: ConnectionScope,
  urn: string,
  period: number,
  refetchMs?: number,
) {
  return queryOptions({
    queryKey: metricsKeys.statistics(scope, urn, period),
    queryFn: ({ signal }) =>
      fgRequest<FunctionStatistics>(scope, `/fgs/functions/${enc(urn)}/statistics/${period}`, { signal }),
    ...(refetchMs ? { refetchInterval: refetchMs } : {}),
  });
}

export function slaQueryOptions(scope: ConnectionScope, urn: string, period: number, refetchMs?: number) {
  return queryOptions({
    queryKey: metricsKeys.sla(scope, urn, period),
    queryFn: ({ signal }) =>
      fgRequest<SlaReports>(scope, `/fgs/functions/${enc(urn)}/slareports/${period}`, { signal }),
    ...(refetchMs ? { refetchInterval: refetchMs } : {}),
  });
}
