/**
 * Seed 7.5 tracing: `GET F/tracing` → `{tracing_ak, tracing_sk}` with the SK masked as in the seed example
 * (`*****`), 404 FSS.0404 "can not find tracing aksk" when unset; `PUT F/tracing` → 200 with no body, empty
 * values disable tracing. Per function (any qualifier in the URN addresses the same setting).
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import type { LocalDeps, LocalHono } from '../deps';
import { requireFunction } from '../store/function-store';
import { tracingStoreFor } from '../store/tracing-store';
import { functionUrnParam } from './routes';
import { parseJsonBody } from './validation';

const PATH = '/v2/:project_id/fgs/functions/:function_urn/tracing';

const KEY = /^[A-Za-z0-9+/=_-]*$/;
const updateSchema = z
  .object({
    tracing_ak: z.string().max(128).regex(KEY, 'letters and digits only').default(''),
    tracing_sk: z.string().max(256).regex(KEY, 'letters and digits only').default(''),
  })
  .refine((v) => (v.tracing_ak === '') === (v.tracing_sk === ''), {
    error: 'tracing_ak and tracing_sk are set (or cleared) together',
    path: ['tracing_sk'],
  });

export function registerTracingRoutes(app: LocalHono, deps: LocalDeps): void {
  const store = tracingStoreFor(deps);

  app.get(PATH, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const stored = store.get(func.id);
    if (!stored) throw new HttpError(404, 'FSS.0404', 'can not find tracing aksk');
    return c.json({ tracing_ak: stored.tracing_ak, tracing_sk: '*****' });
  });

  app.put(PATH, async (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, updateSchema);
    store.set(func.id, body.tracing_ak, body.tracing_sk);
    return c.body(null, 200);
  });
}
