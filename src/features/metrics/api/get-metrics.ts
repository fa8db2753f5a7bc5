/**
 * Per-function metrics: `statistics/{period}` (seed 7.8.3) and `slareports/{period}` (7.8.5, for instances), and
 * the versions and aliases a chart can be narrowed to (unqualified URN = all versions; `:v1` or `:!alias`).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { fgRequest } from '@/api/client';
import { metricsKeys } from './keys';
import type { AliasItem, FunctionStatistics, SlaReports, VersionsResponse } from './types';

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

export interface Qualifiers {
  versions: string[];
  aliases: AliasItem[];
}

export function useQualifiers(scope: ConnectionScope, unqualifiedUrn: string) {
  return useQuery({
    queryKey: metricsKeys.qualifiers(scope, unqualifiedUrn),
    queryFn: async ({ signal }): Promise<Qualifiers> => {
      const [versions, aliases] = await Promise.all([
        fgRequest<VersionsResponse>(scope, `/fgs/functions/${enc(unqualifiedUrn)}/versions`, { signal }),
        fgRequest<AliasItem[]>(scope, `/fgs/functions/${enc(unqualifiedUrn)}/aliases`, { signal }),
      ]);
      return { versions: versions.versions.map((v) => v.version), aliases };
    },
    staleTime: 60_000,
  });
}
