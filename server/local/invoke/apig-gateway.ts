/**
 * The local API gateway for APIG triggers (RUNTIME-CONTRACT §4.1): matches a request to a trigger's path and method,
 * turns it into FunctionGraph's APIG event (lower-case headers, base64 body, `isBase64Encoded: true`), and turns the
 * function's `{statusCode, headers, body, isBase64Encoded}` back into an HTTP response. Anything else is a 500.
 */
import type { StoredTrigger } from '../store/triggers-store';

export const GATEWAY_TYPES = new Set(['APIG', 'DEDICATEDGATEWAY', 'APIC']);
/** APIG request payloads are limited to 4 MB (RUNTIME-CONTRACT §7). */
export const MAX_APIG_BODY = 4 * 1024 * 1024;

/** A string field of a trigger's event_data, or the fallback. */
function field(trigger: StoredTrigger, name: string, fallback: string): string {
  const value = trigger.eventData[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

export interface RouteMatch {
  trigger: StoredTrigger;
  pathParameters: Record<string, string>;
}

/** A trigger path (`/users/{id}`, greedy `{rest+}`) as a regular expression plus its parameter names in order. */
export function pathPattern(path: string, prefix: boolean): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => {
      const param = /^\{([A-Za-z0-9_-]*)(\+)?\}$/.exec(segment);
      if (!param) return segment.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
      names.push(param[1] ?? '');
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { regex: new RegExp(`^${source}${prefix ? '(?:/.*)?' : '/?'}$`), names };
}

/** The active gateway trigger whose path and method fit; exact (NORMAL) matches win over prefix (SWA) ones. */
export function matchRoute(
  triggers: readonly StoredTrigger[],
  method: string,
  path: string,
): RouteMatch | undefined {
  const candidates = triggers
    .filter((t) => GATEWAY_TYPES.has(t.type) && t.status === 'ACTIVE')
    .filter((t) => {
      const m = field(t, 'req_method', 'ANY').toUpperCase();
      return m === 'ANY' || m === method.toUpperCase();
    })
    .sort((a, b) => Number(a.eventData.match_mode === 'SWA') - Number(b.eventData.match_mode === 'SWA'));
  for (const trigger of candidates) {
    const { regex, names } = pathPattern(field(trigger, 'path', '/'), trigger.eventData.match_mode === 'SWA');
    const m = regex.exec(path === '' ? '/' : path);
    if (!m) continue;
    const pathParameters: Record<string, string> = {};
    names.forEach((name, i) => {
      pathParameters[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { trigger, pathParameters };
  }
  return undefined;
}

export interface GatewayRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: URLSearchParams;
  body: Uint8Array;
  requestId: string;
  sourceIp: string;
}

export function apigEvent(request: GatewayRequest, match: RouteMatch): Record<string, unknown> {
  const queryStringParameters: Record<string, string> = {};
  // Repeated keys: the last value wins (RUNTIME-CONTRACT §4.1 suggestion).
  for (const [key, value] of request.query) queryStringParameters[key] = value;
  return {
    body: Buffer.from(request.body).toString('base64'),
    requestContext: {
      apiId: match.trigger.id,
      requestId: request.requestId,
      stage: field(match.trigger, 'env_name', 'RELEASE'),
      sourceIp: request.sourceIp,
    },
    httpMethod: request.method.toUpperCase(),
    path: request.path,
    headers: request.headers,
    queryStringParameters,
    pathParameters: match.pathParameters,
    isBase64Encoded: true,
  };
}

export interface GatewayResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'content-length']);

function errorResponse(status: number, code: string, message: string): GatewayResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ error_code: code, error_msg: message })),
  };
}

/** Maps the function's result string to HTTP; a result without the four fields is a 500 (FSS.1202). */
export function gatewayResponse(ok: boolean, result: string): GatewayResponse {
  if (!ok) return errorResponse(502, 'FSS.0502', 'The function failed to run; see its logs.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(result);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('statusCode' in parsed)) {
    return errorResponse(
      500,
      'FSS.1202',
      'The response body or callback body is invalid because they do not contain any status code.',
    );
  }
  const r = parsed as { statusCode: unknown; headers?: unknown; body?: unknown; isBase64Encoded?: unknown };
  const status = Number(r.statusCode);
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    return errorResponse(
      500,
      'FSS.1206',
      'Failed to convert result for apig: statusCode is not an HTTP status.',
    );
  }
  const headers: Record<string, string> = {};
  if (typeof r.headers === 'object' && r.headers !== null) {
    for (const [name, value] of Object.entries(r.headers as Record<string, unknown>)) {
      if (HOP_BY_HOP.has(name.toLowerCase())) continue;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        headers[name] = String(value);
      }
    }
  }
  let body: Uint8Array;
  if (r.body === undefined || r.body === null) body = new Uint8Array();
  else if (typeof r.body === 'string')
    body = Buffer.from(r.body, r.isBase64Encoded === true ? 'base64' : 'utf8');
  else if (Array.isArray(r.body)) body = Uint8Array.from(r.body as number[]);
  else body = Buffer.from(JSON.stringify(r.body));
  return { status, headers, body };
}
