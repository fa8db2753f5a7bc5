/**
 * Guards for a server that binds loopback: a foreign Host header means DNS rebinding, a cross-site
 * Origin on a state-changing request means CSRF. Both get 403 before any route runs.
 */
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../shared/errors';
import { hostAllowed } from '../shared/hosts';
import type { HostPolicy } from '../shared/hosts';

export type { HostPolicy } from '../shared/hosts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a state-changing request comes from another site. */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host.toLowerCase() !== (headers.get('host') ?? '').toLowerCase();
  } catch {
    return true;
  }
}

export function requestGuard(policy: HostPolicy = {}): MiddlewareHandler {
  return async (c, next) => {
    if (!hostAllowed(c.req.header('host'), policy)) {
      throw new HttpError(403, 'FGC.0403', 'Host not allowed: this server answers loopback names only');
    }
    if (isCrossSiteWrite(c.req.method, c.req.raw.headers)) {
      throw new HttpError(403, 'FGC.0403', 'Cross-site request refused');
    }
    await next();
  };
}
