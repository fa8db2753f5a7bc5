/**
 * Where the local FunctionGraph keeps its data and which identity it answers as. The AK/SK and project id
 * are generated on first start and kept in `<dataDir>/credentials.json` (mode 0600); FG_LOCAL_* variables
 * override them for scripts and tests.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const LOCAL_REGION = 'local-1';
export const DEFAULT_LOCAL_PORT = 18080;

export interface LocalIdentity {
  ak: string;
  sk: string;
  projectId: string;
}

export interface LocalSettings extends LocalIdentity {
  host: string;
  port: number;
  dataDir: string;
  credentialsFile: string;
  region: string;
  demoData: boolean;
  /** Sync invocations served off the socket (http/raw-lane.ts); false leaves every request to node:http. */
  rawLane: boolean;
}

const AK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomAk(): string {
  return Array.from(randomBytes(20), (b) => AK_ALPHABET[b % AK_ALPHABET.length]).join('');
}

function loadOrCreateIdentity(file: string): LocalIdentity {
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalIdentity>;
    if (stored.ak && stored.sk && stored.projectId)
      return { ak: stored.ak, sk: stored.sk, projectId: stored.projectId };
  }
  const identity: LocalIdentity = {
    ak: randomAk(),
    sk: randomBytes(30).toString('base64url'),
    projectId: randomBytes(16).toString('hex'),
  };
  fs.writeFileSync(file, JSON.stringify(identity, null, 2) + '\n', { mode: 0o600 });
  return identity;
}

export function resolveLocalSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const dataDir = path.resolve(env.FG_DATA_DIR ?? '.fgdata');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const credentialsFile = path.join(dataDir, 'credentials.json');
  const stored = loadOrCreateIdentity(credentialsFile);
  const port = env.FG_LOCAL_PORT === undefined ? DEFAULT_LOCAL_PORT : Number(env.FG_LOCAL_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`FG_LOCAL_PORT must be a port number, got "${env.FG_LOCAL_PORT ?? ''}"`);
  }
  const projectId = env.FG_LOCAL_PROJECT_ID ?? stored.projectId;
  if (!/^[0-9a-f]{32}$/.test(projectId))
    throw new Error('FG_LOCAL_PROJECT_ID must be 32 lower-case hex characters');
  return {
    host: env.FG_LOCAL_HOST ?? '127.0.0.1',
    port,
    dataDir,
    credentialsFile,
    region: LOCAL_REGION,
    ak: env.FG_LOCAL_AK ?? stored.ak,
    sk: env.FG_LOCAL_SK ?? stored.sk,
    projectId,
    demoData: env.FG_DEMO_DATA !== '0',
    rawLane: env.FG_RAW_LANE !== '0',
  };
}
