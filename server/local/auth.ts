/**
 * Authentication of the local FunctionGraph: SDK-HMAC-SHA256 (the shared verifier) or a locally issued
 * X-Auth-Token. Failures answer as the real API gateway does (APIGW.0301 / APIGW.0303, status 401).
 */
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../shared/errors';
import { verifyRequest } from '../shared/signing';
import type { LocalIdentity } from './settings';

export interface AuthOptions {
  identity: LocalIdentity;
  /** Tokens this server issued (for X-Auth-Token clients). */
  tokens?: ReadonlySet<string>;
  now?: () => Date;
}

export function authenticate(options: AuthOptions): MiddlewareHandler {
  return async (c, next) => {
    const token = c.req.header('x-auth-token');
    if (token !== undefined) {
      if (!options.tokens?.has(token)) {
        throw new HttpError(
          401,
          'APIGW.0301',
          'Incorrect IAM authentication information: token is not valid',
        );
      }
      await next();
      return;
    }
    // Hono caches the body: the handler's own c.req.arrayBuffer()/text()/json() reuse these bytes (no stream tee).
    const body = new Uint8Array(await c.req.arrayBuffer());
    const url = new URL(c.req.url);
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((value, name) => {
      headers[name] = value;
    });
    checkSignature(options, {
      method: c.req.method,
      rawUrl: url.pathname + url.search,
      headers,
      body,
    });
    await next();
  };
}

/** Verifies an AK/SK-signed request (the middleware above and the lean invocation path); throws 401 when not. */
export function checkSignature(
  options: AuthOptions,
  request: { method: string; rawUrl: string; headers: Record<string, string>; body: Uint8Array },
): void {
  const result = verifyRequest({
    method: request.method,
    rawUrl: request.rawUrl,
    headers: request.headers,
    body: request.body,
    secretFor: secretLookup(options.identity),
    now: options.now?.(),
  });
  if (!result.ok) {
    throw new HttpError(401, result.code, `Incorrect IAM authentication information: ${result.reason}`);
  }
}

// One lookup per identity, not a new closure per request (the invocation path verifies every call).
const secretLookups = new WeakMap<LocalIdentity, (ak: string) => string | undefined>();
function secretLookup(identity: LocalIdentity): (ak: string) => string | undefined {
  let lookup = secretLookups.get(identity);
  if (!lookup) {
    lookup = (ak) => (ak === identity.ak ? identity.sk : undefined);
    secretLookups.set(identity, lookup);
  }
  return lookup;
}
