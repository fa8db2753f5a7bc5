/**
 * Seed request examples for the lifecycle endpoints are accepted (typos fixed per api-digest §7, OCR-damaged
 * base64 replaced by real packages), and specific bad inputs get the seed's status + FSS code (api-digest §4.3).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../app';
import { zipBase64 } from '../testing/sdk-harness';
import { createLifecycleKit } from './lifecycle-kit';
import type { LifecycleKit } from './lifecycle-kit';

let kit: LifecycleKit;
let f: string;
let obsServer: http.Server;
let obsBase: string;
const packageZip = zipBase64({ 'index.py': 'def handler(event, context):\n    return event\n' });

beforeAll(async () => {
  kit = createLifecycleKit();
  f = `${kit.base}/fgs/functions`;
  obsServer = http.createServer((req, res) => {
    if (req.url === '/fss_examples_python2.7.zip') res.end(Buffer.from(packageZip, 'base64'));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => obsServer.listen(0, '127.0.0.1', resolve));
  obsBase = `http://127.0.0.1:${String((obsServer.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  kit.close();
  await new Promise((resolve) => obsServer.close(resolve));
});

describe('seed request examples are accepted', () => {
  it('5.1: create an inline Python 2.7 function, then add user_data and xrole (step 2)', async () => {
    const created = await kit.json('POST', f, {
      func_name: 'download_file_from_obs',
      package: 'default',
      runtime: 'Python2.7',
      handler: 'index.handler',
      memory_size: 256,
      timeout: 30,
      code_type: 'inline',
      code_filename: 'index.zip',
      func_code: { file: packageZip },
    });
    expect(created.status).toBe(200);
    expect(created.body.strategy_config).toMatchObject({ concurrency: -1 });
    const updated = await kit.json('PUT', `${f}/${created.body.func_urn as string}/config`, {
      func_name: 'download_file_from_obs',
      handler: 'index.handler',
      memory_size: 256,
      runtime: 'Python2.7',
      timeout: 30,
      user_data: '{"obs_address":"obs.example.example.com","srcBucket":"xxx","srcObjName":"xxx"}',
      xrole: 'xxx',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      xrole: 'xxx',
      user_data: expect.stringContaining('srcBucket') as unknown,
    });
  });

  it('5.3 / 7.6.2: create from an OBS link (code_filename derived from the URL)', async () => {
    const r = await kit.json('POST', f, {
      code_type: 'obs',
      code_url: `${obsBase}/fss_examples_python2.7.zip`,
      func_name: 'create_function_from_obs',
      handler: 'index.handler',
      memory_size: 256,
      package: 'default',
      runtime: 'Python2.7',
      timeout: 30,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      code_type: 'obs',
      code_filename: 'fss_examples_python2.7.zip',
      code_size: Buffer.from(packageZip, 'base64').byteLength,
    });
    const missing = await kit.json('POST', f, {
      code_type: 'obs',
      code_url: `${obsBase}/missing.zip`,
      func_name: 'obs-missing',
      handler: 'index.handler',
      memory_size: 256,
      package: 'default',
      runtime: 'Python3.9',
      timeout: 30,
    });
    expect([missing.status, missing.body.error_code]).toEqual([404, 'FSS.1054']);
  });

  it('7.6.2: Python 2.7 with an encrypted variable and a mount (func_mounts moved into mount_config)', async () => {
    const r = await kit.json('POST', f, {
      func_name: 'xxx',
      package: 'xxx',
      runtime: 'Python2.7',
      handler: 'index.py',
      type: 'v2',
      memory_size: 128,
      timeout: 3,
      code_type: 'inline',
      mount_config: {
        mount_user: { user_id: -1, user_group_id: -1 },
        func_mounts: [
          {
            mount_resource: '268xxx-d3xx-4cxx-98xx-d1dbxxx',
            local_mount_path: '/mnt',
            mount_type: 'sfsTurbo',
          },
        ],
      },
      encrypted_user_data: '{"password":"1234"}',
      func_code: { file: packageZip, link: '' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ package: 'xxx', encrypted_user_data: '{"password":""}' });
    expect(r.body.mount_config).toMatchObject({ mount_user: { user_id: -1 } });
  });

  it('7.6.2: a Custom Image function (code_type obs + custom_image)', async () => {
    const r = await kit.json('POST', f, {
      func_name: 'image-fn',
      package: 'xxx',
      runtime: 'Custom Image',
      handler: '-',
      type: 'v2',
      memory_size: 128,
      timeout: 3,
      code_type: 'obs',
      code_url: 'https:xxx',
      xrole: 'xxx',
      custom_image: { enabled: true, image: 'swr.xxx' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ code_type: 'Custom-Image-Swr', custom_image: { image: 'swr.xxx' } });
  });

  it('7.6.7: Node.js config with a mount (timeout joined back) and the Custom runtime GPU example', async () => {
    await kit.json('POST', f, {
      func_name: 'fgsTest',
      package: 'default',
      runtime: 'Node.js6.10',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 3,
      code_type: 'inline',
    });
    const node = await kit.json('PUT', `${f}/fgsTest/config`, {
      func_name: 'fgsTest',
      handler: 'index.handler',
      memory_size: 768,
      user_data: '{"host":"192.168.0.1"}',
      runtime: 'Node.js6.10',
      mount_config: {
        mount_user: { user_id: -1, user_group_id: -1 },
        func_mounts: [
          {
            mount_resource: '268xxx-d3xx-4cxx-98xx-d1dbxxx',
            local_mount_path: '/mnt',
            mount_type: 'sfsTurbo',
          },
        ],
      },
      timeout: 40,
    });
    expect([node.status, node.body.memory_size, node.body.timeout]).toEqual([200, 768, 40]);
    await kit.json('POST', f, {
      func_name: 'test_GPU',
      package: 'default',
      runtime: 'Custom',
      handler: 'bootstrap',
      memory_size: 128,
      timeout: 3,
      code_type: 'zip',
      func_code: { file: zipBase64({ bootstrap: '#!/bin/sh\n' }) },
    });
    const gpu = await kit.json('PUT', `${f}/test_GPU/config`, {
      func_name: 'test_GPU',
      handler: 'bootstrap',
      memory_size: 4096,
      runtime: 'Custom',
      timeout: 40,
      gpu_memory: 1024,
    });
    expect([gpu.status, gpu.body.gpu_memory]).toEqual([200, 1024]);
  });

  it('7.6.5 (zip), 7.7.7 (publish), 7.7.2 and 7.7.5 (aliases), 7.6.1 (list), 7.6.8 (max instances)', async () => {
    const code = await kit.json('PUT', `${f}/fgsTest/code`, {
      code_filename: 'index.zip',
      code_type: 'zip',
      func_code: { file: zipBase64({ 'index.js': 'exports.handler = async () => 2;' }) },
    });
    expect(code.status).toBe(200);
    const v1 = await kit.json('POST', `${f}/fgsTest/versions`, { version: 'v1', description: 'v1' });
    expect(v1.status).toBe(200);
    await kit.json('PUT', `${f}/fgsTest/code`, {
      code_type: 'zip',
      func_code: { file: zipBase64({ 'index.js': 'exports.handler = async () => 3;' }) },
    });
    const v2 = await kit.json('POST', `${f}/fgsTest/versions`, {
      digest: (await kit.json('GET', `${f}/fgsTest/code`)).body.digest as string,
      version: 'v2',
      description: 'test',
    });
    expect(v2.status).toBe(200);
    const alias = await kit.json('POST', `${f}/fgsTest/aliases`, {
      name: 'a1',
      version: 'v1',
      additional_version_strategy: {
        v2: { combine_type: 'and', rules: [{ rule_type: 'Header', param: 'version', op: '=', value: 'v1' }] },
      },
    });
    expect(alias.status).toBe(200);
    expect(alias.body.alias_urn).toMatch(/:function:default:fgsTest:!a1$/);
    // 7.7.5 examples: point at latest with v1 at 10 %, then back to v1 with a header rule for v2.
    const toLatest = await kit.json('PUT', `${f}/fgsTest/aliases/a1`, {
      version: 'latest',
      description: '',
      additional_version_weights: { v1: 10 },
    });
    expect([toLatest.status, toLatest.body.version]).toEqual([200, 'latest']);
    // The other 7.7.2 example, now that v1 is no alias's version (one alias per version: 409 FSS.1066).
    const weighted = await kit.json('POST', `${f}/fgsTest/aliases`, {
      name: 'a2',
      version: 'v1',
      additional_version_weights: { v2: 50 },
    });
    expect(weighted.status).toBe(200);
    expect((await kit.json('DELETE', `${f}/fgsTest/aliases/a2`)).status).toBe(204);
    const back = await kit.json('PUT', `${f}/fgsTest/aliases/a1`, {
      version: 'v1',
      description: '',
      additional_version_strategy: {
        v2: { combine_type: 'and', rules: [{ rule_type: 'Header', param: 'version', op: '=', value: 'v1' }] },
      },
    });
    expect([back.status, back.body.version]).toEqual([200, 'v1']);
    const list = await kit.json('GET', `${f}?marker=0&maxitems=400`);
    expect(list.status).toBe(200);
    const max = await kit.json('PUT', `${f}/fgsTest/config-max-instance`, { max_instance_num: 300 });
    expect(max.body.strategy_config).toMatchObject({ concurrency: 300 });
  });
});

describe('seed tag examples are accepted (7.6.14–7.6.16)', () => {
  it('create, filter (limit as a number), delete', async () => {
    const tags = `${kit.base}/functions/fgsTest/tags`;
    const created = await kit.request('POST', `${tags}/create`, {
      tags: [
        { key: 'testKey1', value: 'testValue1' },
        { key: 'testKey2', value: 'testValue2' },
      ],
      action: 'create',
    });
    expect(created.status).toBe(204);
    const filtered = await kit.json('POST', `${kit.base}/functions/resource-instances/filter`, {
      without_any_tag: true,
      limit: 5,
      matches: [{ key: 'resource_name', value: 'test_function' }],
    });
    expect([filtered.status, filtered.body.total_count]).toEqual([200, 0]);
    const deleted = await kit.request('DELETE', `${tags}/delete`, {
      tags: [{ key: 'testKey1', value: 'testValue1' }],
      action: 'delete',
    });
    expect(deleted.status).toBe(204);
    expect((await kit.json('GET', tags)).body.tags).toEqual([{ key: 'testKey2', value: 'testValue2' }]);
  });
});

describe('bad input gets the seed status and FSS code', () => {
  const base = {
    func_name: 'codes',
    package: 'default',
    runtime: 'Node.js18.15',
    handler: 'index.handler',
    memory_size: 128,
    timeout: 3,
    code_type: 'inline',
  };
  const env = (n: number) =>
    JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`K${String(i)}`, 'v'])));
  it.each<[string, Record<string, unknown>, number, string]>([
    ['bad JSON shape', { func_name: 5 }, 400, 'FSS.1002'],
    ['name pattern', { func_name: 'a_' }, 400, 'FSS.1002'],
    ['name length 61', { func_name: `a${'b'.repeat(60)}` }, 400, 'FSS.1002'],
    ['handler without dot', { handler: 'index' }, 400, 'FSS.1003'],
    ['package', { package: '../x' }, 400, 'FSS.1004'],
    ['runtime', { runtime: 'Node.js99' }, 400, 'FSS.1005'],
    ['code_type', { code_type: 'tar' }, 400, 'FSS.1006'],
    ['memory 100', { memory_size: 100 }, 400, 'FSS.1007'],
    ['timeout 2', { timeout: 2 }, 400, 'FSS.1008'],
    ['timeout 259201', { timeout: 259201 }, 400, 'FSS.1008'],
    ['user_data not JSON', { user_data: 'a=b' }, 400, 'FSS.1009'],
    ['21 variables', { user_data: env(21) }, 400, 'FSS.1017'],
    ['env over 4 KB', { user_data: JSON.stringify({ A: 'x'.repeat(4100) }) }, 400, 'FSS.1018'],
    ['code_url not http', { code_type: 'obs', code_url: 'file:///etc/passwd' }, 400, 'FSS.1010'],
    ['not base64', { func_code: { file: '***' } }, 400, 'FSS.1011'],
    [
      'no default code for Java',
      { runtime: 'Java11', handler: 'a.B.handler', code_type: 'jar' },
      400,
      'FSS.1012',
    ],
    [
      'zip file name',
      { code_type: 'zip', code_filename: 'index.tar', func_code: { file: packageZip } },
      400,
      'FSS.1013',
    ],
    ['description 513', { description: 'd'.repeat(513) }, 400, 'FSS.1019'],
    ['initializer without timeout', { initializer_handler: 'index.init' }, 400, 'FSS.1405'],
    ['initializer timeout without handler', { initializer_timeout: 5 }, 400, 'FSS.1404'],
    [
      'initializer timeout 301',
      { initializer_handler: 'index.init', initializer_timeout: 301 },
      400,
      'FSS.1405',
    ],
    [
      'mount user 1000',
      { mount_config: { mount_user: { user_id: 1000, user_group_id: 1 }, func_mounts: [] } },
      400,
      'FSS.1075',
    ],
    ['custom image without image', { runtime: 'Custom Image', handler: '-' }, 400, 'FSS.1601'],
  ])('%s', async (_label, patch, status, code) => {
    const before = kit.dump();
    const r = await kit.json('POST', f, { ...base, ...patch });
    expect([r.status, r.body.error_code]).toEqual([status, code]);
    expect(kit.dump()).toBe(before);
  });

  it('6 mounts → 403 FSS.1049; invalid JSON → 400 FSS.0400; other project → 403 FSS.0403', async () => {
    const mounts = Array.from({ length: 6 }, () => ({
      mount_type: 'sfs',
      mount_resource: 'r',
      local_mount_path: '/m',
    }));
    const six = await kit.json('POST', f, {
      ...base,
      mount_config: { mount_user: { user_id: -1, user_group_id: -1 }, func_mounts: mounts },
    });
    expect([six.status, six.body.error_code]).toEqual([403, 'FSS.1049']);
    const bad = await kit.json('POST', f, '{"func_name": ');
    expect([bad.status, bad.body.error_code]).toEqual([400, 'FSS.0400']);
    const other = await kit.json('GET', `/v2/${'0'.repeat(32)}/fgs/functions`);
    expect([other.status, other.body.error_code]).toEqual([403, 'FSS.0403']);
  });

  it('a body over the request limit → 413 FSS.0413 before anything is read into the store', async () => {
    const before = kit.dump();
    const r = await kit.json('POST', f, { ...base, description: 'a'.repeat(MAX_REQUEST_BYTES + 1) });
    expect([r.status, r.body.error_code]).toEqual([413, 'FSS.0413']);
    expect(kit.dump()).toBe(before);
  });

  it('5- and 6-field URNs and foreign projects in URNs → 400 FSS.1309', async () => {
    for (const urn of ['a:b:c:d:e', 'a:b:c:d:e:f', `${'0'.repeat(32)}:default:fgsTest`]) {
      const r = await kit.json('GET', `${f}/${urn}/config`);
      expect([r.status, r.body.error_code]).toEqual([400, 'FSS.1309']);
    }
  });

  it('only latest can be modified (FSS.1015); a literal segment is never a URN', async () => {
    const pid = kit.deps.settings.projectId;
    const r = await kit.json('PUT', `${f}/${pid}:default:fgsTest:v1/config`, {
      func_name: 'fgsTest',
      runtime: 'Node.js6.10',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 3,
    });
    expect([r.status, r.body.error_code]).toEqual([400, 'FSS.1015']);
    const literal = await kit.json('DELETE', `${f}/statistics`);
    expect([literal.status, literal.body.error_code]).toEqual([404, 'FSS.0404']);
  });
});
