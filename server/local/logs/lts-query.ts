/**
 * The LTS "ListLogs" query (lts-query.md §2–§5) over the local log store: time window (inclusive, ms), keywords,
 * labels (exact, ANDed), limit, `line_num` paging with `search_type`, `is_desc`, `is_count`, `highlight`.
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { compileKeywords, highlighter, parseKeywords } from './keywords';
import type { LogStore } from './log-store';

const MAX_WINDOW_MS = 180 * 24 * 3600 * 1000;

const numeric = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number);
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const listLogsSchema = z.object({
  start_time: numeric,
  end_time: numeric,
  labels: z.record(z.string(), z.string()).optional(),
  keywords: z.string().max(1024).optional(),
  line_num: z
    .string()
    .regex(/^\d{19}$/, 'line_num must be 19 digits')
    .optional(),
  __time__: z.string().optional(),
  is_desc: flag.optional(),
  search_type: z.enum(['forwards', 'backwards', 'init']).optional(),
  limit: z
    .union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().min(1).max(5000))
    .optional(),
  highlight: flag.optional(),
  is_count: flag.optional(),
  is_iterative: flag.optional(),
});

export type ListLogsRequest = z.input<typeof listLogsSchema>;

export interface ListLogsResponse {
  count: number;
  logs: { content: string; line_num: string; labels: Record<string, string> }[];
  isQueryComplete: boolean;
}

export function lts400(message: string): HttpError {
  return new HttpError(400, 'LTS.0009', `Failed to validate the request body: ${message}`);
}

export function parseListLogs(body: unknown): z.output<typeof listLogsSchema> {
  const parsed = listLogsSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw lts400(`${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  const q = parsed.data;
  if (q.start_time === q.end_time) throw lts400('start_time must differ from end_time');
  if (q.start_time > q.end_time) throw lts400('start_time must be before end_time');
  if (q.end_time - q.start_time > MAX_WINDOW_MS) throw lts400('the time window may span at most 180 days');
  if (q.line_num) {
    const ms = Number(BigInt(q.line_num) / 1_000_000n);
    if (ms < q.start_time || ms > q.end_time) throw lts400('line_num is outside [start_time, end_time]');
  }
  return q;
}

export function queryLogs(store: LogStore, streamId: string, body: unknown): ListLogsResponse {
  const q = parseListLogs(body);
  const tree = parseKeywords(q.keywords);
  const matchKeywords = compileKeywords(tree);
  const labelPairs = Object.entries(q.labels ?? {});
  const matches = (line: { content: string; labels: Record<string, string> }) =>
    labelPairs.every(([k, v]) => line.labels[k] === v) && matchKeywords(line);
  const limit = q.limit ?? 50;
  const desc = q.is_desc ?? false;
  const backwards = q.line_num !== undefined && q.search_type === 'backwards';
  // lts-query.md §5: "forwards" continues in the sort direction, "backwards" goes the other way and is
  // returned in the requested order.
  const scanDesc = backwards ? !desc : desc;
  const page: ListLogsResponse['logs'] = [];
  const mark = q.highlight === false ? (s: string) => s : highlighter(tree);
  for (const line of store.scan({
    streamId,
    from: q.start_time,
    to: q.end_time,
    desc: scanDesc,
    ...(q.line_num ? { after: q.line_num } : {}),
    batch: Math.min(5000, Math.max(200, limit * 4)),
  })) {
    if (!matches(line)) continue;
    page.push({ content: mark(line.content), line_num: line.lineNum, labels: line.labels });
    if (page.length >= limit) break;
  }
  if (backwards) page.reverse();
  let count = page.length;
  if (q.is_count) {
    count = 0;
    for (const line of store.scan({
      streamId,
      from: q.start_time,
      to: q.end_time,
      desc: false,
      batch: 5000,
    })) {
      if (matches(line)) count++;
    }
  }
  return { count, logs: page, isQueryComplete: true };
}
