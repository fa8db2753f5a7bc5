/**
 * Seed 7.9 log configuration: `GET F/lts-log-detail` (7.9.2; the seed example's `Its-log-detail` is an OCR typo,
 * digest §7 #3), `GET P/functions/async-status-log-detail` (7.9.1), `POST P/functions/enable-lts-logs` (7.9.3;
 * 400 FSS.1221 when already enabled), `POST P/functions/enable-async-status-logs` (7.9.4). The literal routes
 * are registered before the `{function_urn}` routes (api-digest §1.1).
 */
import type { LocalDeps, LocalHono } from '../deps';
import { HttpError } from '../../shared/errors';
import { asyncStatusLogStream } from '../log-config/lts-ids';
import { logDetail } from '../logs/streams';
import { requireFunction } from '../store/function-store';
import { logConfigStoreFor } from '../store/log-config-store';
import { functionUrnParam } from './routes';

const P = '/v2/:project_id/fgs/functions';

export function registerLogConfigRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = logConfigStoreFor(deps);
  const projectId = deps.settings.projectId;

  app.get(`${P}/async-status-log-detail`, (c) => c.json(asyncStatusLogStream(projectId)));

  app.post(`${P}/enable-lts-logs`, (c) => {
    if (store.isEnabled('lts_logs')) throw new HttpError(400, 'FSS.1221', 'lts log has been enabled.');
    store.enable('lts_logs');
    return c.body(null, 200);
  });

  app.post(`${P}/enable-async-status-logs`, (c) => {
    store.enable('async_status_logs');
    return c.body(null, 200);
  });

  app.get(`${P}/:function_urn/lts-log-detail`, (c) => {
    const { func, version } = requireFunction(deps, functionUrnParam(c));
    // A function's own log_config (seed FuncLogConfig) wins over the derived ids.
    const own = (deps.functions.configOf(version).log_config ?? {}) as Record<string, unknown>;
    const derived = logDetail(projectId, func);
    const pick = (key: keyof typeof derived) =>
      typeof own[key] === 'string' && own[key] ? own[key] : derived[key];
    return c.json({
      group_name: pick('group_name'),
      group_id: pick('group_id'),
      stream_id: pick('stream_id'),
      stream_name: pick('stream_name'),
    });
  });
}
