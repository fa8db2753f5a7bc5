import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dependencyStoreFor } from '../store/dependencies-store';
import { createHarness, sampleZip } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerCodeConfigRoutes } from './routes-code-config';
import { registerDependencyRoutes } from './routes-dependencies';
import { registerFunctionRoutes } from './routes-functions';

interface Version {
  id: string;
  dep_id: string;
  version: number;
  name: string;
  size: number;
  etag: string;
  owner: string;
  file_name: string;
  link: string;
  error_code?: string;
}
interface List {
  dependencies: Version[];
  next_marker: number;
  count: number;
}

let h: Harness;
const zip = Buffer.from(
  sampleZip({ 'nodejs/node_modules/left-pad/index.js': 'module.exports = 1;\n' }),
).toString('base64');
/** Seed 7.3.3 request examples; the placeholder `depend_file: "xxx"` is replaced by a real zip. */
const zipExample = { depend_file: zip, depend_type: 'zip', runtime: 'Node.js8.10', name: 'xxx' };
const obsExample = {
  depend_link: 'https://bucket.obs.example.com/depends/abc/4f4ae4eb-dcdc-4dd3-bffd-79600bd972b3.zip',
  depend_type: 'obs',
  runtime: 'Node.js8.10',
  name: 'xxx',
};

beforeEach(() => {
  h = createHarness([registerDependencyRoutes]);
});
afterEach(async () => {
  await h.close();
});

describe('dependencies (seed 7.3)', () => {
  it('creates numbered versions of one dependency and stores the zip as a blob (7.3.3)', async () => {
    const first = await h.json<Version>('POST', 'fgs/dependencies/version', zipExample);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: 'xxx',
      version: 1,
      owner: h.deps.domainId,
      file_name: 'xxx.zip',
    });
    expect(first.body.size).toBe(Buffer.from(zip, 'base64').length);
    expect(first.body.etag).toMatch(/^[0-9a-f]{32}$/);
    const second = await h.json<Version>('POST', 'fgs/dependencies/version', obsExample);
    expect(second.body).toMatchObject({ dep_id: first.body.dep_id, version: 2, size: 0 });
    expect(second.body.file_name).toBe('4f4ae4eb-dcdc-4dd3-bffd-79600bd972b3.zip');
    const stored = dependencyStoreFor(h.deps).versionById(first.body.id);
    expect(stored && h.deps.blobs.readBlob(stored.digest).toString('base64')).toBe(zip);
  });

  it('lists dependencies (latest version each), versions, and a version’s details', async () => {
    const a = (await h.json<Version>('POST', 'fgs/dependencies/version', zipExample)).body;
    await h.json('POST', 'fgs/dependencies/version', zipExample);
    await h.json('POST', 'fgs/dependencies/version', { ...zipExample, name: 'other', runtime: 'Python3.9' });
    const list = await h.json<List>('GET', 'fgs/dependencies?marker=0&maxitems=400');
    expect(list.body.count).toBe(2);
    expect(list.body.dependencies.map((d) => [d.name, d.version])).toEqual([
      ['xxx', 2],
      ['other', 1],
    ]);
    // seed T7-41 (ListDependenciesResult): `id` is the dependency's id, and these fields only.
    expect(list.body.dependencies[0]?.id).toBe(a.dep_id);
    expect(Object.keys(list.body.dependencies[0] ?? {}).sort()).toEqual([
      'description',
      'etag',
      'file_name',
      'id',
      'last_modified',
      'link',
      'name',
      'owner',
      'runtime',
      'size',
      'version',
    ]);
    expect((await h.json<List>('GET', 'fgs/dependencies?runtime=Python3.9')).body.count).toBe(1);
    expect((await h.json<List>('GET', 'fgs/dependencies?dependency_type=public')).body.count).toBe(0);
    const versions = await h.json<List>('GET', `fgs/dependencies/${a.dep_id}/version?marker=1`);
    expect(versions.body).toMatchObject({ count: 2, next_marker: 2 });
    expect(versions.body.dependencies.map((v) => v.version)).toEqual([2]);
    const detail = await h.json<Version & { download_link: string }>(
      'GET',
      `fgs/dependencies/${a.dep_id}/version/1`,
    );
    expect(detail.body).toMatchObject({ id: a.id, version: 1, dep_id: a.dep_id, is_shared: false });
  });

  it('deletes versions (204), refusing one in use (412 FSS.1440); the last one removes the dependency', async () => {
    const v = (await h.json<Version>('POST', 'fgs/dependencies/version', zipExample)).body;
    const urn = h.createFunction('user');
    const resolved = h.deps.functions.resolve(urn);
    h.deps.functions.updateConfig(resolved.func, {
      ...h.deps.functions.configOf(resolved.version),
      depend_version_list: [v.id],
    });
    const refused = await h.json<Version>('DELETE', `fgs/dependencies/${v.dep_id}/version/1`);
    expect([refused.status, refused.body.error_code]).toEqual([412, 'FSS.1440']);
    h.deps.functions.deleteFunction(resolved.func);
    expect((await h.request('DELETE', `fgs/dependencies/${v.dep_id}/version/1`)).status).toBe(204);
    const gone = await h.json<Version>('GET', `fgs/dependencies/${v.dep_id}/version`);
    expect([gone.status, gone.body.error_code]).toEqual([404, 'FSS.1056']);
  });

  it('answers a function’s versions resolved, and refuses unknown version ids (404 FSS.1056)', async () => {
    const g = createHarness([registerDependencyRoutes, registerFunctionRoutes, registerCodeConfigRoutes]);
    try {
      const v = (await g.json<Version>('POST', 'fgs/dependencies/version', zipExample)).body;
      const code = { code_type: 'zip', code_filename: 'index.zip', func_code: { file: zip } };
      const fn = (name: string, list: string[]) => ({
        func_name: name,
        package: 'default',
        runtime: 'Node.js18.15',
        handler: 'index.handler',
        memory_size: 128,
        timeout: 3,
        ...code,
        depend_version_list: list,
      });
      const created = await g.json<{ func_urn: string }>('POST', 'fgs/functions', fn('uses-dep', [v.id]));
      expect(created.status).toBe(200);
      const urn = created.body.func_urn.replace(/:latest$/, '');
      for (const path of [`fgs/functions/${urn}/code`, `fgs/functions/${urn}/config`]) {
        const got = await g.json<{ depend_list: string[]; dependencies: Version[] }>('GET', path);
        expect(got.body.depend_list, path).toEqual([v.dep_id]);
        expect(got.body.dependencies, path).toEqual([
          expect.objectContaining({ id: v.id, dep_id: v.dep_id, name: 'xxx', version: 1, etag: v.etag }),
        ]);
      }

      const bad = await g.json<Version>('PUT', `fgs/functions/${urn}/code`, {
        ...code,
        depend_version_list: [v.id, 'no-such-version'],
      });
      expect([bad.status, bad.body.error_code]).toEqual([404, 'FSS.1056']);
      const kept = await g.json<{ depend_version_list: string[] }>('GET', `fgs/functions/${urn}/code`);
      expect(kept.body.depend_version_list).toEqual([v.id]);

      const refused = await g.json<Version>('POST', 'fgs/functions', fn('uses-nothing', ['no-such-version']));
      expect([refused.status, refused.body.error_code]).toEqual([404, 'FSS.1056']);
      expect(g.deps.functions.find('default', 'uses-nothing')).toBeUndefined();
    } finally {
      await g.close();
    }
  });

  it('supports the deprecated single-version API (7.3.2, 7.3.7–7.3.9) and FSS.1441 with several versions', async () => {
    const created = await h.json<Version>('POST', 'fgs/dependencies', zipExample);
    expect(Object.keys(created.body).sort()).toEqual(
      ['description', 'etag', 'file_name', 'id', 'link', 'name', 'owner', 'runtime', 'size'].sort(),
    );
    const depId = created.body.id;
    expect((await h.json<Version>('POST', 'fgs/dependencies', zipExample)).body.error_code).toBe('FSS.1065');
    expect((await h.json<Version>('GET', `fgs/dependencies/${depId}`)).body).toEqual(created.body);
    const updated = await h.json<Version>('PUT', `fgs/dependencies/${depId}`, {
      ...zipExample,
      description: 'd',
    });
    expect(updated.body).toMatchObject({ id: depId, description: 'd' });
    await h.json('POST', 'fgs/dependencies/version', zipExample);
    const refused = await h.json<Version>('PUT', `fgs/dependencies/${depId}`, zipExample);
    expect([refused.status, refused.body.error_code]).toEqual([400, 'FSS.1441']);
    expect((await h.json<Version>('DELETE', `fgs/dependencies/${depId}`)).body.error_code).toBe('FSS.1441');
    await h.request('DELETE', `fgs/dependencies/${depId}/version/2`);
    expect((await h.request('DELETE', `fgs/dependencies/${depId}`)).status).toBe(204);
  });

  it.each([
    [{ ...zipExample, depend_type: 'tar' }, 'FSS.1032'],
    [{ ...zipExample, depend_file: 'xxx' }, 'FSS.1024'],
    [{ ...zipExample, depend_file: Buffer.from('not a zip').toString('base64') }, 'FSS.1024'],
    [{ ...obsExample, depend_link: 'ftp://x' }, 'FSS.1024'],
    [{ ...zipExample, name: '9lives' }, 'FSS.1024'],
    [{ ...zipExample, name: 'a'.repeat(97) }, 'FSS.1024'],
    [{ ...zipExample, runtime: 'Node.js99' }, 'FSS.1005'],
    [{ ...zipExample, description: 'd'.repeat(513) }, 'FSS.1019'],
  ])('rejects %# with 400 %s', async (body, code) => {
    const r = await h.json<Version>('POST', 'fgs/dependencies/version', body);
    expect([r.status, r.body.error_code]).toEqual([400, code]);
  });

  it('keeps dependencies across a restart', async () => {
    const v = (await h.json<Version>('POST', 'fgs/dependencies/version', zipExample)).body;
    h = await h.restart();
    const again = await h.json<Version>('GET', `fgs/dependencies/${v.dep_id}/version/1`);
    expect(again.body.id).toBe(v.id);
    expect(dependencyStoreFor(h.deps).versionById(v.id)?.digest).toMatch(/^[0-9a-f]{128}$/);
  });
});
