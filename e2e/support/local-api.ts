/**
 * What journeys share: the local connection, unique names, and functions made through the console's proxy (the
 * same path the SPA uses), so that each journey owns its data on the shared server.
 *
 * @example
 * const fn = await createFunction(request, { name: unique('e2e-x'), files: { 'index.js': CODE } });
 * await page.goto(fn.path('code'));
 */
import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';

export interface LocalConnection {
  id: string;
  projectId: string;
  region: string;
  /** `/api/connections/{id}/v2/{project_id}/fgs` */
  base: string;
}

export async function localConnection(request: APIRequestContext): Promise<LocalConnection> {
  const res = await request.get('/api/connections');
  const { connections } = (await res.json()) as {
    connections: { id: string; kind: string; projectId: string; region: string }[];
  };
  const c = connections.find((x) => x.kind === 'local');
  if (!c) throw new Error('no local connection');
  return {
    id: c.id,
    projectId: c.projectId,
    region: c.region,
    base: `/api/connections/${c.id}/v2/${c.projectId}/fgs`,
  };
}

export const unique = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** The local runtime unpacks code under the repository, whose package.json says "type": "module". */
export const COMMONJS_PACKAGE = { 'package.json': '{"type":"commonjs"}' };

export function zipBase64(files: Record<string, string>): string {
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))),
  ).toString('base64');
}

export interface CreatedFunction {
  connection: LocalConnection;
  name: string;
  /** Unqualified URN. */
  urn: string;
  /** The console path of one of the function's tabs. */
  path: (tab: string) => string;
}

export async function createFunction(
  request: APIRequestContext,
  spec: {
    name: string;
    runtime?: string;
    files?: Record<string, string>;
    timeout?: number;
    /** 'zip' uploads the package as index.zip (as the console's upload does); default inline. */
    codeType?: 'inline' | 'zip';
  },
): Promise<CreatedFunction> {
  const connection = await localConnection(request);
  const res = await request.post(`${connection.base}/functions`, {
    data: {
      func_name: spec.name,
      package: 'default',
      runtime: spec.runtime ?? 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 128,
      timeout: spec.timeout ?? 30,
      code_type: spec.codeType ?? 'inline',
      ...(spec.codeType === 'zip' ? { code_filename: 'index.zip' } : {}),
      ...(spec.files ? { func_code: { file: zipBase64(spec.files) } } : {}),
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  return {
    connection,
    name: spec.name,
    urn: `urn:fss:${connection.region}:${connection.projectId}:function:default:${spec.name}`,
    path: (tab) => `/c/${connection.id}/functions/default/${spec.name}/${tab}`,
  };
}
