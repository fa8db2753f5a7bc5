/** The async request lists of seed 7.15.5/7.15.6: filtered by request ids, statuses and time, newest first. */
import type { Db } from '../store/db';
import type { AsyncRequestRow, AsyncStatus } from './async-queue';

export interface ListFilter {
  functionId: string;
  requestIds?: string[];
  statuses?: AsyncStatus[];
  from: number;
  to: number;
  offset: number;
  limit: number;
}

export function listAsyncRequests(db: Db, filter: ListFilter): { rows: AsyncRequestRow[]; total: number } {
  const where = ['function_id = @functionId', 'created_at >= @from', 'created_at <= @to'];
  const params: Record<string, unknown> = {
    functionId: filter.functionId,
    from: filter.from,
    to: filter.to,
  };
  if (filter.statuses?.length) {
    where.push(`status IN (${filter.statuses.map((_, i) => `@s${i}`).join(', ')})`);
    filter.statuses.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (filter.requestIds?.length) {
    where.push(`request_id IN (${filter.requestIds.map((_, i) => `@r${i}`).join(', ')})`);
    filter.requestIds.forEach((r, i) => (params[`r${i}`] = r));
  }
  const clause = where.join(' AND ');
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM async_requests WHERE ${clause}`).get(params) as {
      n: number;
    }
  ).n;
  const rows = db
    .prepare(
      `SELECT * FROM async_requests WHERE ${clause} ORDER BY created_at DESC, request_id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as AsyncRequestRow[];
  return { rows, total };
}
