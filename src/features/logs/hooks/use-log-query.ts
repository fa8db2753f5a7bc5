/**
 * Newest-first log pages over one or more streams with `line_num` paging (lts-query.md §5: `is_desc: true`,
 * "load older" = `forwards` from the last row). Each stream keeps its own cursor; the view sorts all loaded lines.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import type { LogSource } from '../api/log-api';
import { queryStream } from '../api/log-api';
import { logsKeys } from '../api/keys';
import type { ListLogsRequest } from '../api/types';
import type { LogLine } from '../utils/log-lines';
import { toLogLine } from '../utils/log-lines';

export const PAGE_SIZE = 200;

/** Per stream: the cursor to continue from, `null` for the first page, `false` when exhausted. */
type Cursors = Record<string, string | null | false>;

export interface LogPage {
  lines: LogLine[];
  cursors: Cursors;
}

export function useLogQuery(
  scope: ConnectionScope,
  sources: readonly LogSource[],
  body: ListLogsRequest,
  enabled: boolean,
) {
  const streams = sources.map((s) => s.key).join(',');
  const initialCursors: Cursors = Object.fromEntries(sources.map((s) => [s.key, null]));
  return useInfiniteQuery({
    queryKey: logsKeys.query(scope, streams, JSON.stringify(body)),
    enabled: enabled && sources.length > 0,
    initialPageParam: initialCursors,
    queryFn: async ({ pageParam, signal }): Promise<LogPage> => {
      const cursors: Cursors = { ...pageParam };
      const pages = await Promise.all(
        sources.map(async (source) => {
          const cursor = pageParam[source.key];
          if (cursor === false) return [];
          const page = await queryStream(
            scope,
            source.detail,
            {
              ...body,
              is_desc: true,
              limit: PAGE_SIZE,
              ...(cursor ? { line_num: cursor, search_type: 'forwards' as const } : {}),
            },
            signal,
          );
          const last = page.logs.at(-1);
          cursors[source.key] = page.logs.length < PAGE_SIZE || !last ? false : last.line_num;
          return page.logs.map((l) => toLogLine(l, streams.includes(',') ? source.label : undefined));
        }),
      );
      return { lines: pages.flat(), cursors };
    },
    getNextPageParam: (last) =>
      Object.values(last.cursors).some((c) => c !== false) ? last.cursors : undefined,
  });
}
