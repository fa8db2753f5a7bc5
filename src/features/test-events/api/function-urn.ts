import type { PublicConnection } from '@/api/contract/connections';

/** The function's URN (api-digest §3): `urn:fss:<region>:<project>:function:<package>:<name>:<version|!alias>`. */
export function functionUrn(
  connection: PublicConnection,
  pkg: string,
  name: string,
  qualifier = 'latest',
): string {
  return `urn:fss:${connection.region}:${connection.projectId}:function:${pkg}:${name}:${qualifier}`;
}

export const urnPath = (urn: string) => `/fgs/functions/${encodeURIComponent(urn)}`;
