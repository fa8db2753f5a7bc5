/**
 * Seed endpoints that need cloud infrastructure the local FunctionGraph does not have. They answer 403 FSS.0403
 * (seed 9.2 "Forbidden") with an error_msg saying why, never a bare 404: snapshots (7.6.10/7.6.12, Java snapshot
 * start-up), servicebridge (7.6.11/7.6.20), VPC endpoints (7.6.17/7.6.18, region-limited) and the application
 * center (7.16, region-limited).
 */
import type { Context } from 'hono';
import { HttpError } from '../../shared/errors';
import type { LocalDeps, LocalHono } from '../deps';
import { requireFunction } from '../store/function-store';
import { functionUrnParam } from './routes';

function unsupported(feature: string, why: string): HttpError {
  return new HttpError(
    403,
    'FSS.0403',
    `Forbidden. ${feature} is not supported by the local FunctionGraph: ${why}`,
  );
}

const SNAPSHOT = 'Snapshot start-up (seed 7.6.10/7.6.12)';
const SNAPSHOT_WHY = 'it restores Java runtimes from cloud snapshots, and Java functions do not run locally.';
const BRIDGE = 'Servicebridge (seed 7.6.11/7.6.20)';
const BRIDGE_WHY = 'it binds functions to managed RDS/MQS/cache services that only exist in Huawei Cloud.';
const VPC = 'The VPC endpoint ("sink ingress", seed 7.6.17/7.6.18)';
const VPC_WHY = 'it needs a Huawei Cloud VPC and is offered only in CN North-Beijing4 and CN East-Shanghai1.';
const APP = 'The application center (seed 7.16)';
const APP_WHY =
  'it deploys templates through Huawei Cloud pipelines and is offered only in CN East-Shanghai1 and CN North-Beijing4.';

export function registerUnsupportedRoutes(app: LocalHono, deps: LocalDeps): void {
  const p = '/v2/:project_id/fgs';
  const f = `${p}/functions/:function_urn`;
  const refuseForFunction = (feature: string, why: string, actions?: readonly string[]) => {
    return (c: Context) => {
      requireFunction(deps, functionUrnParam(c));
      const action = c.req.param('action');
      if (actions && action !== undefined && !actions.includes(action))
        throw new HttpError(
          400,
          'FSS.0400',
          `Invalid parameter. action must be one of ${actions.join(', ')}.`,
        );
      throw unsupported(feature, why);
    };
  };
  app.post(`${f}/snapshots/:action`, refuseForFunction(SNAPSHOT, SNAPSHOT_WHY, ['enable', 'disable']));
  app.get(`${f}/snapshots/:action`, refuseForFunction(SNAPSHOT, SNAPSHOT_WHY, ['state', 'enableSnapshot']));
  app.get(`${f}/servicebridge/relation`, refuseForFunction(BRIDGE, BRIDGE_WHY));
  app.get(`${p}/servicebridge/version`, () => {
    throw unsupported(BRIDGE, BRIDGE_WHY);
  });
  app.post(`${p}/vpc-endpoint`, () => {
    throw unsupported(VPC, VPC_WHY);
  });
  app.delete(`${p}/vpc-endpoint/:vpc_id/:subnet_id`, () => {
    throw unsupported(VPC, VPC_WHY);
  });
  for (const path of [`${p}/application/templates`, `${p}/application/templates/:id`, `${p}/applications`]) {
    app.get(path, () => {
      throw unsupported(APP, APP_WHY);
    });
  }
  app.post(`${p}/applications`, () => {
    throw unsupported(APP, APP_WHY);
  });
  app.on(['GET', 'DELETE'], `${p}/applications/:id`, () => {
    throw unsupported(APP, APP_WHY);
  });
}
