import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConnections, toPublic } from './config';

const local = {
  endpoint: 'http://127.0.0.1:18080',
  projectId: '0123456789abcdef0123456789abcdef',
  ak: 'LOCALAK',
  sk: 'LOCALSK-secret-value',
  region: 'local-1',
};
const PID = 'fedcba9876543210fedcba9876543210';
const noFile = path.join(os.tmpdir(), 'fgconsole-missing.json');

function writeConfig(value: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgc-'));
  const file = path.join(dir, 'fgconsole.config.json');
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('connections config', () => {
  it('always has the local connection first', () => {
    const list = loadConnections(local, {}, noFile);
    expect(list.map((c) => c.id)).toEqual(['local']);
    expect(list[0]).toMatchObject({ kind: 'local', endpoint: local.endpoint, ltsEndpoint: local.endpoint });
  });

  it('adds a cloud connection from the environment with default endpoints', () => {
    const list = loadConnections(
      local,
      {
        HUAWEICLOUD_SDK_AK: 'AK',
        HUAWEICLOUD_SDK_SK: 'SK-value',
        HUAWEICLOUD_SDK_PROJECT_ID: PID,
        HUAWEICLOUD_REGION: 'cn-north-4',
      },
      noFile,
    );
    expect(list[1]).toMatchObject({
      id: 'env',
      kind: 'cloud',
      region: 'cn-north-4',
      endpoint: 'https://functiongraph.cn-north-4.myhuaweicloud.com',
      ltsEndpoint: 'https://lts.cn-north-4.myhuaweicloud.com',
      auth: { type: 'aksk', ak: 'AK', sk: 'SK-value' },
    });
  });

  it('names the missing field of a bad environment', () => {
    expect(() =>
      loadConnections(local, { HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK' }, noFile),
    ).toThrow(/field "region"/);
    expect(() =>
      loadConnections(
        local,
        {
          HUAWEICLOUD_SDK_AK: 'AK',
          HUAWEICLOUD_SDK_SK: 'SK',
          HUAWEICLOUD_REGION: 'cn-north-4',
          HUAWEICLOUD_SDK_PROJECT_ID: 'x',
        },
        noFile,
      ),
    ).toThrow(/field "projectId"/);
  });

  it('reads several connections from the config file, with token or AK/SK and endpoint overrides', () => {
    const file = writeConfig({
      connections: [
        { id: 'bj4', region: 'cn-north-4', projectId: PID, ak: 'A', sk: 'S' },
        { id: 'sh1', region: 'cn-east-3', projectId: PID, token: 'T', endpoint: 'https://fg.example.com/' },
      ],
    });
    const list = loadConnections(local, {}, file);
    expect(list.map((c) => c.id)).toEqual(['local', 'bj4', 'sh1']);
    expect(list[2]).toMatchObject({
      endpoint: 'https://fg.example.com',
      auth: { type: 'token', token: 'T' },
    });
    expect(JSON.stringify(list.map(toPublic))).not.toMatch(/"S"|"T"|LOCALSK/);
  });

  it('names the bad field of a config file entry, and rejects duplicate ids and bad JSON', () => {
    const badEndpoint = writeConfig({
      connections: [{ id: 'x', region: 'cn-north-4', projectId: PID, ak: 'A', sk: 'S', endpoint: 'ftp://x' }],
    });
    expect(() => loadConnections(local, {}, badEndpoint)).toThrow(/field "connections\.0\.endpoint"/);
    const dup = writeConfig({
      connections: [{ id: 'local', region: 'cn-north-4', projectId: PID, ak: 'A', sk: 'S' }],
    });
    expect(() => loadConnections(local, {}, dup)).toThrow(ConfigError);
    expect(() => loadConnections(local, {}, writeConfig('{nope'))).toThrow(/cannot read it as JSON/);
  });
});
