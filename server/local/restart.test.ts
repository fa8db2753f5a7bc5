/**
 * Restart keeps everything (issue #3): functions, code, versions, aliases, tags — and, being a dump of every table
 * and every blob, whatever other modules persist (triggers, test events, async config …) without changes here.
 * The API answers the same after a restart as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from './http/lifecycle-kit';
import { dumpTables } from './store/db';
import { startTestServer, zipBase64 } from './testing/sdk-harness';
import type { TestServer } from './testing/sdk-harness';

let server: TestServer;

const get = async (path: string): Promise<unknown> => {
  const response = await server.call('GET', `/v2/${server.fg.settings.projectId}${path}`);
  return response.json();
};

async function snapshot(): Promise<{ api: unknown[]; store: string }> {
  const names = ['alpha', 'beta'];
  const api: unknown[] = [await get('/fgs/functions'), await get('/functions/tags')];
  for (const name of names) {
    for (const part of ['config', 'code', 'versions', 'aliases'])
      api.push(await get(`/fgs/functions/default:${name}/${part}`));
    api.push(await get(`/functions/default:${name}/tags`));
    api.push(await get(`/fgs/functions/${server.fg.settings.projectId}:default:${name}:v1/config`));
  }
  const store = JSON.stringify({
    tables: dumpTables(server.fg.deps.db),
    blobs: server.fg.deps.blobs.listBlobs(),
  });
  return { api, store };
}

beforeAll(async () => {
  server = await startTestServer();
  const sdk = server.client as unknown as Record<string, (r: Record<string, unknown>) => Promise<JsonObject>>;
  const call = (op: string, request: Record<string, unknown>) =>
    (sdk[op] as (r: Record<string, unknown>) => Promise<JsonObject>)(request);
  for (const name of ['alpha', 'beta']) {
    await call('createFunction', {
      body: {
        func_name: name,
        package: 'default',
        runtime: 'Python3.10',
        handler: 'index.handler',
        memory_size: 256,
        timeout: 10,
        code_type: 'zip',
        func_code: { file: zipBase64({ 'index.py': `def handler(e, c):\n    return '${name}'\n` }) },
      },
    });
    await call('createFunctionVersion', {
      function_urn: `default:${name}`,
      body: { version: 'v1', description: 'one' },
    });
    await call('updateFunctionConfig', {
      function_urn: `default:${name}`,
      body: {
        func_name: name,
        runtime: 'Python3.10',
        handler: 'index.handler',
        memory_size: 512,
        timeout: 20,
        user_data: '{"A":"1"}',
        encrypted_user_data: '{"S":"secret"}',
      },
    });
    await call('createFunctionVersion', { function_urn: `default:${name}`, body: { version: 'v2' } });
    await call('createVersionAlias', {
      function_urn: `default:${name}`,
      body: { name: 'prod', version: 'v1', additional_version_weights: { v2: 10 } },
    });
    await call('createTags', {
      resource_type: 'functions',
      resource_id: `default:${name}`,
      body: { tags: [{ key: 'owner', value: name }] },
    });
  }
  await call('updateFunctionCollectState', { func_urn: 'default:beta', state: 'true' });
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('restart', () => {
  it('answers the same API responses and keeps every table row and blob', async () => {
    const before = await snapshot();
    expect(JSON.stringify(before.api)).toContain('"version":"v2"');
    expect(JSON.stringify(before.api)).toContain('"owner"');
    server = await server.restart();
    const after = await snapshot();
    expect(after.api).toEqual(before.api);
    expect(after.store).toBe(before.store);
    expect(server.fg.deps.functions.codeConfig('default:alpha').encryptedUserData).toEqual({ S: 'secret' });
  });
});
