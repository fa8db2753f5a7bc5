/**
 * The local API gateway for APIG triggers — `ANY /apig/{project_id}/{package}/{function}/{path}` (the `invoke_url`
 * that creating an APIG trigger returns) — and the local "fire now" extension that runs a trigger's event
 * template through its function: `POST /local/v1/{project_id}/triggers/{function_urn}/{type}/{trigger_id}/fire`.
 * Neither is on the seed's paths. The gateway needs no signature (like a public APIG API with auth NONE); the app's
 * Host check still applies, so other web pages cannot reach it through DNS rebinding.
 */
import type { Context } from 'hono';
import { HttpError } from '../../shared/errors';
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps, LocalEnv, LocalHono } from '../deps';
import { execution } from '../execution';
import { apigEvent, gatewayResponse, matchRoute, MAX_APIG_BODY } from '../invoke/apig-gateway';
import { triggerStoreFor } from '../store/triggers-store';
import { eventFor } from '../triggers/event-templates';
import { functionUrnParam } from './routes';
import { invocationResponse, lowerHeaders } from './routes-invocation';

async function gateway(c: Context<LocalEnv>, deps: LocalDeps): Promise<Response> {
  if (c.req.param('project_id') !== deps.settings.projectId) {
    throw new HttpError(
      404,
      'APIG.0101',
      'The API does not exist or has not been published in the environment.',
    );
  }
  const func = deps.functions.find(c.req.param('package') ?? '', c.req.param('function') ?? '');
  if (!func)
    throw new HttpError(
      404,
      'APIG.0101',
      'The API does not exist or has not been published in the environment.',
    );
  const url = new URL(c.req.url);
  const prefix = `/apig/${deps.settings.projectId}/${func.package}/${func.name}`;
  const path = decodeURIComponent(url.pathname.slice(prefix.length)) || '/';
  const match = matchRoute(triggerStoreFor(deps).list(func.id), c.req.method, path);
  if (!match)
    throw new HttpError(
      404,
      'APIG.0101',
      'The API does not exist or has not been published in the environment.',
    );
  const body = new Uint8Array(await c.req.arrayBuffer());
  if (body.byteLength > MAX_APIG_BODY)
    throw new HttpError(413, 'APIG.0201', 'Request entity too large (4 MB).');
  const requestId = c.get('requestId');
  const headers = lowerHeaders(c);
  const result = await execution(deps).invoker.invoke({
    urn: formatFunctionUrn(
      {
        region: deps.settings.region,
        projectId: deps.settings.projectId,
        package: func.package,
        name: func.name,
      },
      match.trigger.qualifier,
    ),
    event: apigEvent(
      {
        method: c.req.method,
        path,
        headers,
        query: url.searchParams,
        body,
        requestId,
        sourceIp: '127.0.0.1',
      },
      match,
    ),
    source: match.trigger.type,
    requestId,
    headers,
    signal: c.req.raw.signal,
  });
  const response = gatewayResponse(result.outcome.status === 'success', result.outcome.result);
  return new Response(response.body.byteLength > 0 ? Buffer.from(response.body) : null, {
    status: response.status,
    headers: { ...response.headers, 'x-apig-request-id': requestId },
  });
}

export function registerGatewayRoutes(app: LocalHono, deps: LocalDeps): void {
  app.all('/apig/:project_id/:package/:function', (c) => gateway(c, deps));
  app.all('/apig/:project_id/:package/:function/*', (c) => gateway(c, deps));

  app.post('/local/v1/:project_id/triggers/:function_urn/:type/:trigger_id/fire', async (c) => {
    if (c.req.param('project_id') !== deps.settings.projectId) {
      throw new HttpError(403, 'FSS.0403', 'Forbidden. This local FunctionGraph serves another project.');
    }
    const resolved = deps.functions.resolve(functionUrnParam(c));
    const trigger = triggerStoreFor(deps).get(
      resolved.func.id,
      c.req.param('type'),
      c.req.param('trigger_id'),
    );
    const result = await execution(deps).invoker.invoke({
      urn: formatFunctionUrn(
        {
          region: deps.settings.region,
          projectId: deps.settings.projectId,
          package: resolved.func.package,
          name: resolved.func.name,
        },
        trigger.qualifier,
      ),
      event: eventFor(trigger.type, trigger.eventData, { now: deps.now(), region: deps.settings.region }),
      source: trigger.type,
      requestId: c.get('requestId'),
      signal: c.req.raw.signal,
    });
    return invocationResponse(c, result);
  });
}
