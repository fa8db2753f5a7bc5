/**
 * Live tail: polls the streams for lines newer than the newest one seen and appends them to the query cache
 * (STYLE.md rule 7: live data lives in the cache). Paused = no polling; the lines stay.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import type { LogSource } from '../api/log-api';
import { queryStream } from '../api/log-api';
import { logsKeys } from '../api/keys';
import type { ListLogsRequest } from '../api/types';
import type { LogLine } from '../utils/log-lines';
import { toLogLine } from '../utils/log-lines';

export const TAIL_INTERVAL_MS = 2000;
/** Lines kept while tailing; older ones drop off. */
export const TAIL_MAX_LINES = 5000;

export function useLiveTail(
  scope: ConnectionScope,
  sources: readonly LogSource[],
  body: Omit<ListLogsRequest, 'start_time' | 'end_time'>,
  running: boolean,
  enabled: boolean,
) {
  const queryClient = useQueryClient();
  // Tail from a little before opening, so a request just made shows up.
  const [startedAt] = useState(() => Date.now() - 60_000);
  const streams = sources.map((s) => s.key).join(',');
  return useQuery({
    queryKey: logsKeys.tail(scope, streams, JSON.stringify(body), startedAt),
    enabled: enabled && sources.length > 0,
    refetchInterval: running ? TAIL_INTERVAL_MS : false,
    refetchIntervalInBackground: false,
    staleTime: running ? 0 : Infinity,
    queryFn: async ({ signal, queryKey }): Promise<LogLine[]> => {
      const previous = queryClient.getQueryData<LogLine[]>(queryKey) ?? [];
      const since = previous.reduce((max, l) => Math.max(max, l.time), startedAt);
      const fresh = await Promise.all(
        sources.map(async (source) => {
          const page = await queryStream(
            scope,
            source.detail,
            {
              ...body,
              start_time: String(since),
              end_time: String(Date.now() + 1000),
              is_desc: false,
              limit: 1000,
            },
            signal,
          );
          return page.logs.map((l) => toLogLine(l, streams.includes(',') ? source.label : undefined));
        }),
      );
      const seen = new Set(previous.map((l) => l.lineNum));
      const added = fresh.flat().filter((l) => !seen.has(l.lineNum));
      return [...previous, ...added].slice(-TAIL_MAX_LINES);
    },
  });
}
