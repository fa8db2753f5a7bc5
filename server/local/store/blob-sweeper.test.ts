/**
 * Code packages of deleted functions are removed once nothing names them; shared and dependency packages stay,
 * and so does a package written moments ago (its row may not be committed yet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFunctionBody, startTestServer, zipBase64 } from '../testing/sdk-harness';
import type { TestServer } from '../testing/sdk-harness';
import { sha512Hex } from './blobs';
import { startBlobSweeper, sweepBlobs } from './blob-sweeper';

let server: TestServer;
const fileA = zipBase64({ 'index.js': 'exports.handler = async (event, context) => "A";' });
const fileB = zipBase64({ 'index.js': 'exports.handler = async (event, context) => "B";' });
const depFile = zipBase64({ 'node_modules/dep/index.js': 'module.exports = 1;' });
const digestOf = (base64: string) => sha512Hex(Buffer.from(base64, 'base64'));

async function create(name: string, file: string) {
  const body = { ...nodeFunctionBody(name, ''), func_code: { file } };
  const res = await server.call('POST', `/v2/${server.fg.settings.projectId}/fgs/functions`, body);
  expect(res.status).toBe(200);
}

async function remove(name: string) {
  const s = server.fg.settings;
  const urn = `urn:fss:${s.region}:${s.projectId}:function:default:${name}`;
  const res = await server.call('DELETE', `/v2/${s.projectId}/fgs/functions/${urn}`);
  expect(res.status).toBe(204);
}

beforeAll(async () => {
  server = await startTestServer();
  await create('fn-a', fileA);
  await create('fn-a-twin', fileA);
  await create('fn-b', fileB);
  const dep = await server.call('POST', `/v2/${server.fg.settings.projectId}/fgs/dependencies/version`, {
    depend_file: depFile,
    depend_type: 'zip',
    runtime: 'Node.js18.15',
    name: 'dep-one',
  });
  expect(dep.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('blob sweeper', () => {
  it('removes only the packages nothing names any more', async () => {
    const { db, blobs } = server.fg.deps;
    expect(blobs.listBlobs()).toEqual([digestOf(fileA), digestOf(fileB), digestOf(depFile)].sort());
    await remove('fn-a'); // its twin still uses the same package
    expect(sweepBlobs(db, blobs, 0).removed).toEqual([]);
    await remove('fn-b');
    expect(sweepBlobs(db, blobs, 0).removed).toEqual([digestOf(fileB)]);
    expect(blobs.listBlobs()).toEqual([digestOf(fileA), digestOf(depFile)].sort());
  });

  it('leaves a package younger than the minimum age', () => {
    const { db, blobs } = server.fg.deps;
    const orphan = blobs.putBlob(Buffer.from('written just now, row not yet committed'));
    expect(sweepBlobs(db, blobs, 60_000).removed).toEqual([]);
    expect(blobs.hasBlob(orphan.digest)).toBe(true);
    expect(sweepBlobs(db, blobs, 0).removed).toEqual([orphan.digest]);
  });

  it('sweeps on its own shortly after a function is deleted', async () => {
    const { deps } = server.fg;
    const stop = startBlobSweeper(deps, { minAgeMs: 0, afterDeleteMs: 10, afterStartMs: 3_600_000 });
    try {
      await remove('fn-a-twin');
      for (let i = 0; i < 100 && deps.blobs.hasBlob(digestOf(fileA)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(deps.blobs.listBlobs()).toEqual([digestOf(depFile)]);
    } finally {
      stop();
    }
  });
});
