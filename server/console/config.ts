/**
 * Connections: the local FunctionGraph always, and Huawei Cloud regions from the environment and/or a
 * git-ignored JSON file (`fgconsole.config.json`, or the file named by FGCONSOLE_CONFIG).
 */
import fs from 'node:fs';
import { z } from 'zod';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

const credentialsSchema = z.union([
  z.object({
    ak: z.string().min(1, 'ak must not be empty'),
    sk: z.string().min(1, 'sk must not be empty'),
    securityToken: z.string().min(1).optional(),
  }),
  z.object({ token: z.string().min(1, 'token must not be empty') }),
]);

const cloudConnectionSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, 'id must be lower-case letters, digits and dashes'),
    name: z.string().min(1).optional(),
    region: z.string().regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'region must look like cn-north-4'),
    projectId: z.string().regex(/^[0-9a-zA-Z]{32}$/, 'projectId must be 32 hexadecimal characters'),
    endpoint: z.url({ protocol: /^https?$/, error: 'endpoint must be an http(s) URL' }).optional(),
    ltsEndpoint: z.url({ protocol: /^https?$/, error: 'ltsEndpoint must be an http(s) URL' }).optional(),
  })
  .and(credentialsSchema);

const configFileSchema = z.object({ connections: z.array(cloudConnectionSchema) });

export type AuthConfig =
  { type: 'aksk'; ak: string; sk: string; securityToken?: string } | { type: 'token'; token: string };

export interface Connection {
  id: string;
  name: string;
  kind: 'local' | 'cloud';
  region: string;
  projectId: string;
  /** FunctionGraph endpoint, no trailing slash. */
  endpoint: string;
  /** LTS endpoint for log queries, no trailing slash. */
  ltsEndpoint: string;
  auth: AuthConfig;
}

/** What the browser may see of a connection: no credentials. */
export interface PublicConnection {
  id: string;
  name: string;
  kind: 'local' | 'cloud';
  region: string;
  projectId: string;
  endpoint: string;
  authType: AuthConfig['type'];
}

export function toPublic(c: Connection): PublicConnection {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    region: c.region,
    projectId: c.projectId,
    endpoint: c.endpoint,
    authType: c.auth.type,
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

function fromParsed(entry: z.infer<typeof cloudConnectionSchema>): Connection {
  const auth: AuthConfig =
    'token' in entry
      ? { type: 'token', token: entry.token }
      : {
          type: 'aksk',
          ak: entry.ak,
          sk: entry.sk,
          ...(entry.securityToken ? { securityToken: entry.securityToken } : {}),
        };
  return {
    id: entry.id,
    name: entry.name ?? `Huawei Cloud ${entry.region}`,
    kind: 'cloud',
    region: entry.region,
    projectId: entry.projectId,
    endpoint: trimSlash(entry.endpoint ?? `https://functiongraph.${entry.region}.myhuaweicloud.com`),
    ltsEndpoint: trimSlash(entry.ltsEndpoint ?? `https://lts.${entry.region}.myhuaweicloud.com`),
    auth,
  };
}

function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${where}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
    .join('\n');
}

/** Cloud connections from HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID and HUAWEICLOUD_REGION (or FG_REGION). */
export function cloudConnectionFromEnv(env: NodeJS.ProcessEnv): Connection | undefined {
  const ak = env.HUAWEICLOUD_SDK_AK;
  const sk = env.HUAWEICLOUD_SDK_SK;
  const token = env.HUAWEICLOUD_SDK_TOKEN;
  if (!ak && !sk && !token) return undefined;
  const raw = {
    id: 'env',
    name: env.HUAWEICLOUD_CONNECTION_NAME,
    region: env.HUAWEICLOUD_REGION ?? env.FG_REGION,
    projectId: env.HUAWEICLOUD_SDK_PROJECT_ID,
    endpoint: env.HUAWEICLOUD_FG_ENDPOINT,
    ltsEndpoint: env.HUAWEICLOUD_LTS_ENDPOINT,
    ...(token ? { token } : { ak, sk, securityToken: env.HUAWEICLOUD_SDK_SECURITY_TOKEN }),
  };
  const parsed = cloudConnectionSchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) {
    throw new ConfigError(
      describeIssues(
        'environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_REGION)',
        parsed.error,
      ),
    );
  }
  return fromParsed(parsed.data);
}

export function cloudConnectionsFromFile(file: string): Connection[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: cannot read it as JSON (${(error as Error).message})`);
  }
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(describeIssues(file, parsed.error));
  return parsed.data.connections.map(fromParsed);
}

export interface LocalEndpoint {
  endpoint: string;
  projectId: string;
  ak: string;
  sk: string;
  region: string;
}

export function localConnection(local: LocalEndpoint): Connection {
  return {
    id: 'local',
    name: 'Local FunctionGraph',
    kind: 'local',
    region: local.region,
    projectId: local.projectId,
    endpoint: local.endpoint,
    ltsEndpoint: local.endpoint,
    auth: { type: 'aksk', ak: local.ak, sk: local.sk },
  };
}

/** All connections: local first, then the environment's, then the config file's. Ids must be unique. */
export function loadConnections(
  local: LocalEndpoint,
  env: NodeJS.ProcessEnv = process.env,
  configFile = env.FGCONSOLE_CONFIG ?? 'fgconsole.config.json',
): Connection[] {
  const list = [localConnection(local)];
  const fromEnv = cloudConnectionFromEnv(env);
  if (fromEnv) list.push(fromEnv);
  if (fs.existsSync(configFile)) list.push(...cloudConnectionsFromFile(configFile));
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.id)) throw new ConfigError(`connection id "${c.id}" is used twice (field "id")`);
    seen.add(c.id);
  }
  return list;
}
