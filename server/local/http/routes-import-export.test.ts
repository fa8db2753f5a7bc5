import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, sampleZip } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerImportExportRoutes } from './routes-import-export';

let h: Harness;
let urn: string;
const exportPath = (query: string) => `fgs/functions/${encodeURIComponent(urn)}/export?${query}`;

beforeEach(() => {
  h = createHarness([registerImportExportRoutes]);
  urn = h.createFunction('hello');
  const resolved = h.deps.functions.resolve(urn);
  h.deps.functions.updateConfig(resolved.func, {
    ...h.deps.functions.configOf(resolved.version),
    memory_size: 256,
    timeout: 30,
    user_data: '{"GREETING":"hi"}',
    encrypted_user_data: '{"SECRET":"s"}',
    description: 'exported',
  });
});
afterEach(async () => {
  await h.close();
});

interface Fn {
  func_name: string;
  runtime: string;
  handler: string;
  memory_size: number;
  timeout: number;
  description?: string;
  user_data?: string;
  code_size: number;
  error_code?: string;
}

describe('export (seed 7.12.1)', () => {
  it('type=code answers the code package as application/zip', async () => {
    const r = await h.request('GET', exportPath('type=code'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await r.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['index.js']);
  });

  it('type=config answers the config without secrets', async () => {
    const r = await h.json<Record<string, unknown>>('GET', exportPath('type=config'));
    expect(r.body).toMatchObject({
      func_name: 'hello',
      package: 'default',
      memory_size: 256,
      user_data: '{"GREETING":"hi"}',
    });
    expect(r.body).not.toHaveProperty('encrypted_user_data');
  });

  it('code=true&config=true answers a zip with function.json and code/', async () => {
    const r = await h.request('GET', exportPath('code=true&config=true'));
    const files = unzipSync(new Uint8Array(await r.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['code/index.js', 'function.json']);
  });

  it.each(['', 'code=false', 'type=code&code=true', 'type=zip', 'code=yes'])(
    'rejects ?%s with 400 FSS.1001',
    async (q) => {
      const r = await h.json<{ error_code: string }>('GET', exportPath(q));
      expect([r.status, r.body.error_code]).toEqual([400, 'FSS.1001']);
    },
  );

  it('answers 404 FSS.1051 for an unknown function', async () => {
    const r = await h.json<{ error_code: string }>('GET', 'fgs/functions/default%3Anope/export?type=code');
    expect([r.status, r.body.error_code]).toEqual([404, 'FSS.1051']);
  });
});

describe('import (seed 7.12.2)', () => {
  it('round-trips an export under a new name', async () => {
    const exported = Buffer.from(
      await (await h.request('GET', exportPath('code=true&config=true'))).arrayBuffer(),
    );
    const r = await h.json<Fn>('POST', 'fgs/functions/import', {
      func_name: 'copy',
      file_name: 'test.zip',
      file_type: 'zip',
      file_code: exported.toString('base64'),
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      func_name: 'copy',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 256,
      timeout: 30,
      description: 'exported',
    });
    const copy = h.deps.functions.resolve('default:copy');
    expect(Object.keys(unzipSync(h.deps.blobs.readBlob(copy.version.code_digest)))).toEqual(['index.js']);
  });

  it('accepts a plain code zip (the seed example’s shape) and infers the runtime', async () => {
    const r = await h.json<Fn>('POST', 'fgs/functions/import', {
      func_name: 'test',
      file_name: 'test.zip',
      file_type: 'zip',
      file_code: Buffer.from(
        sampleZip({ 'index.py': 'def handler(event, context):\n    return event\n' }),
      ).toString('base64'),
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      func_name: 'test',
      runtime: 'Python3.9',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 3,
    });
  });

  it('answers 409 FSS.1061 when the function exists', async () => {
    const r = await h.json<Fn>('POST', 'fgs/functions/import', {
      func_name: 'hello',
      file_name: 'test.zip',
      file_type: 'zip',
      file_code: Buffer.from(sampleZip()).toString('base64'),
    });
    expect([r.status, r.body.error_code]).toEqual([409, 'FSS.1061']);
  });

  it.each([
    [{ file_name: 'a.zip', file_type: 'zip', file_code: 'eHh4' }, 'FSS.1002'],
    [{ func_name: 'x', file_name: 'a.zip', file_type: 'tar', file_code: 'eHh4' }, 'FSS.1013'],
    [{ func_name: 'x', file_name: 'a.zip', file_type: 'zip', file_code: 'not base64' }, 'FSS.1011'],
    [{ func_name: 'x', file_name: 'a.zip', file_type: 'zip', file_code: 'eHh4' }, 'FSS.1011'],
    [
      {
        func_name: 'x',
        file_name: 'a.zip',
        file_type: 'zip',
        file_code: Buffer.from(sampleZip({ 'README.md': 'hi' })).toString('base64'),
      },
      'FSS.1011',
    ],
  ])('rejects %# with 400 %s', async (body, code) => {
    const r = await h.json<Fn>('POST', 'fgs/functions/import', body);
    expect([r.status, r.body.error_code]).toEqual([400, code]);
    expect(h.deps.functions.find('default', 'x')).toBeUndefined();
  });
});
