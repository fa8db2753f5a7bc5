/**
 * The fetch proxy: `/api/connections/{id}/{rest}` → the connection's FunctionGraph (or LTS) endpoint, signed
 * with SDK-HMAC-SHA256 or an IAM token. Only the connection's own hosts and API prefixes are reachable,
 * headers pass allow-lists both ways, redirects are not followed, bodies and time are bounded.
 */
import type { Context } from 'hono';
import { HttpError } from '../shared/errors';
import { signRequest } from '../shared/signing';
import type { Connection } from './config';

/** Request headers the browser may send upstream. */
export const REQUEST_HEADER_ALLOW_LIST = [
  'accept',
  'content-type',
  'x-cff-log-type',
  'x-cff-request-version',
  'x-cff-instance-memory',
  'x-language',
] as const;

/** Response headers passed back to the browser. */
export const RESPONSE_HEADER_ALLOW_LIST = [
  'content-type',
  'content-disposition',
  'x-request-id',
  'x-cff-request-id',
  'x-cff-invoke-summary',
  'x-cff-billing-duration',
  'x-cff-function-log',
  'x-cff-response-version',
  'x-func-err-code',
  'x-is-func-err',
] as const;

/** AK/SK signing covers bodies up to 12 MB (aksk-signing.md pitfall 12). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface ProxyOptions {
  connections: readonly Connection[];
  fetch?: typeof fetch;
  /** Upstream time limit for ordinary calls. */
  timeoutMs?: number;
  /** Upstream time limit for sync invocations (a function may run up to 900 s). */
  invokeTimeoutMs?: number;
  now?: () => Date;
}

type Target = { base: string; kind: 'fg' | 'lts' | 'local-ext'; rest: string };

/** Which upstream a path belongs to; the project id must be the connection's own. */
function resolveTarget(connection: Connection, rest: string): Target {
  const segments = rest.split('/');
  // rest starts with '/', so segments[0] is ''.
  const [, first, second, third] = segments;
  if (first === 'v2' && second === connection.projectId) {
    return { base: connection.endpoint, kind: 'fg', rest };
  }
  if (first === 'lts' && second === 'v2' && third === connection.projectId) {
    return { base: connection.ltsEndpoint, kind: 'lts', rest: rest.slice('/lts'.length) };
  }
  if (connection.kind === 'local' && first === 'local' && second === 'v1' && third === connection.projectId) {
    return { base: connection.endpoint, kind: 'local-ext', rest };
  }
  throw new HttpError(
    403,
    'FGC.0403',
    'Path not allowed: the proxy forwards /v2/{project_id}/…, /lts/v2/{project_id}/… and, locally, /local/v1/{project_id}/…',
  );
}

/** The upstream URL, checked again after URL normalisation so that dot segments cannot escape the prefix. */
function upstreamUrl(connection: Connection, target: Target, search: string): URL {
  const base = new URL(target.base);
  const url = new URL(base.origin + base.pathname.replace(/\/$/, '') + target.rest + search);
  const prefix = base.pathname.replace(/\/$/, '');
  const expected =
    target.kind === 'local-ext'
      ? `${prefix}/local/v1/${connection.projectId}/`
      : `${prefix}/v2/${connection.projectId}/`;
  if (url.origin !== base.origin || !(url.pathname + '/').startsWith(expected)) {
    throw new HttpError(403, 'FGC.0403', 'Path not allowed after normalisation');
  }
  return url;
}

async function readBody(c: Context): Promise<Uint8Array<ArrayBuffer>> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return new Uint8Array();
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'FGC.0413', 'Request body larger than 12 MB');
  const body = new Uint8Array(await c.req.arrayBuffer());
  if (body.byteLength > MAX_BODY_BYTES)
    throw new HttpError(413, 'FGC.0413', 'Request body larger than 12 MB');
  return body;
}

function isInvocation(pathname: string): boolean {
  return pathname.endsWith('/invocations') || pathname.includes('/local/v1/');
}

/** Credentials that must never appear in what the browser receives. */
function secretsOf(connection: Connection): string[] {
  const auth = connection.auth;
  const list = auth.type === 'token' ? [auth.token] : [auth.sk, auth.securityToken ?? ''];
  return list.filter((s) => s.length >= 8);
}

export function createProxyHandler(options: ProxyOptions) {
  const upstreamFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const invokeTimeoutMs = options.invokeTimeoutMs ?? 930_000;
  const byId = new Map(options.connections.map((c) => [c.id, c]));

  return async (c: Context): Promise<Response> => {
    const id = c.req.param('id') ?? '';
    const connection = byId.get(id);
    if (!connection) throw new HttpError(404, 'FGC.0404', `No connection named "${id}"`);
    const incoming = new URL(c.req.url);
    const rest = incoming.pathname.slice(`/api/connections/${id}`.length);
    const target = resolveTarget(connection, rest);
    const url = upstreamUrl(connection, target, incoming.search);
    const body = await readBody(c);

    const headers: Record<string, string> = {};
    for (const name of REQUEST_HEADER_ALLOW_LIST) {
      const value = c.req.header(name);
      if (value !== undefined) headers[name] = value;
    }
    headers['content-type'] ??= 'application/json';
    headers['x-project-id'] = connection.projectId;
    if (connection.auth.type === 'token') {
      headers['x-auth-token'] = connection.auth.token;
    } else {
      if (connection.auth.securityToken) headers['x-security-token'] = connection.auth.securityToken;
      const signed = signRequest({
        method: c.req.method,
        url: url.toString(),
        headers,
        body,
        ak: connection.auth.ak,
        sk: connection.auth.sk,
        ...(options.now ? { date: options.now() } : {}),
      });
      Object.assign(headers, signed);
    }

    const limit = isInvocation(url.pathname) ? invokeTimeoutMs : timeoutMs;
    const timeout = AbortSignal.timeout(limit);
    let upstream: Response;
    try {
      upstream = await upstreamFetch(url, {
        method: c.req.method,
        headers,
        body: body.byteLength > 0 ? body : undefined,
        redirect: 'manual',
        signal: AbortSignal.any([timeout, c.req.raw.signal]),
      });
    } catch (error) {
      if (timeout.aborted) {
        throw new HttpError(
          504,
          'FGC.0504',
          `The FunctionGraph endpoint did not answer within ${limit / 1000} s`,
        );
      }
      if (c.req.raw.signal.aborted) throw new HttpError(499, 'FGC.0499', 'Request cancelled by the browser');
      throw new HttpError(
        502,
        'FGC.0502',
        `Cannot reach the FunctionGraph endpoint: ${(error as Error).message}`,
      );
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      await upstream.body?.cancel();
      throw new HttpError(
        502,
        'FGC.0502',
        `The endpoint answered with a redirect (${upstream.status}); not followed`,
      );
    }
    const responseHeaders = new Headers();
    for (const name of RESPONSE_HEADER_ALLOW_LIST) {
      const value = upstream.headers.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    responseHeaders.set('cache-control', 'no-store');
    if (upstream.status === 204) return new Response(null, { status: 204, headers: responseHeaders });
    const secrets = secretsOf(connection);
    if (secrets.length > 0 && /json|text/.test(upstream.headers.get('content-type') ?? '')) {
      // The IAM token travels upstream; an endpoint that echoes requests must not hand it to the browser.
      let text = await upstream.text();
      for (const secret of secrets) text = text.split(secret).join('***');
      return new Response(text, { status: upstream.status, headers: responseHeaders });
    }
    return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
  };
}
