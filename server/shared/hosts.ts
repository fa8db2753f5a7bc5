/**
 * Host-header checks shared by the console server and the local FunctionGraph: both bind loopback, and a request
 * whose Host is not a loopback name (or an explicitly allowed one) is DNS rebinding, not a user.
 */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Host name without its port; IPv6 literals keep their brackets. */
export function hostName(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon < 0 ? value : value.slice(0, colon);
}

export function isLoopbackHost(name: string): boolean {
  return LOOPBACK_NAMES.has(name) || /^127(\.\d{1,3}){3}$/.test(name) || name.endsWith('.localhost');
}

export interface HostPolicy {
  /** Extra host names accepted besides loopback (for a deliberate non-loopback bind). */
  allowedHosts?: readonly string[];
}

export function hostAllowed(hostHeader: string | undefined, policy: HostPolicy = {}): boolean {
  if (!hostHeader) return false;
  const name = hostName(hostHeader);
  return isLoopbackHost(name) || (policy.allowedHosts ?? []).includes(name);
}
