/**
 * The LTS-compatible log query (lts-query.md: "ListLogs"), so the console's log pages work the same against the
 * local FunctionGraph and a cloud region: `POST /v2/{project_id}/groups/{group}/streams/{stream}/content/query`.
 * Group and stream ids are the ones `lts-log-detail` (seed 7.9.2) returns.
 */
import { HttpError } from '../../shared/errors';
import type { LocalDeps, LocalHono } from '../deps';
import { execution } from '../execution';
import { queryLogs } from '../logs/lts-query';
import { logGroupId, logStreamId } from '../logs/streams';

export function registerLtsRoutes(app: LocalHono, deps: LocalDeps): void {
  app.post('/v2/:project_id/groups/:group_id/streams/:stream_id/content/query', async (c) => {
    if (c.req.param('group_id') !== logGroupId(deps.settings.projectId)) {
      throw new HttpError(400, 'LTS.0201', 'The log group is not existed');
    }
    const streamId = c.req.param('stream_id');
    const known = deps.db
      .prepare('SELECT id FROM functions')
      .all()
      .some((row) => logStreamId((row as { id: string }).id) === streamId);
    if (!known) throw new HttpError(400, 'LTS.0208', 'The log stream does not existed');
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text || 'null');
    } catch {
      throw new HttpError(400, 'LTS.0007', 'The request body format must be json');
    }
    return c.json(queryLogs(execution(deps).logs, streamId, body));
  });
}
