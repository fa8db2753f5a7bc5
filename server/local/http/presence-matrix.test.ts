/**
 * Response fields per endpoint against the presence matrix of api-digest §2.3, read from the digest itself (an
 * independent oracle): create (T7-186), get config (T7-234), update config (T7-261), max instances (T7-277),
 * list item (T7-168), version item (T7-430), publish (T7-444).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBase64 } from '../testing/sdk-harness';
import { createLifecycleKit } from './lifecycle-kit';
import type { JsonObject, LifecycleKit } from './lifecycle-kit';

const COLUMNS = [
  'creq',
  'ureq',
  'list',
  'create',
  'get',
  'update',
  'maxInstance',
  'version',
  'publish',
  'imp',
];
/** Fields the local server leaves out, and why. */
const NOT_RETURNED: Record<string, string> = {
  function_async_config: 'owned by the async-config group; absent until configured (seed 7.15)',
};

function digestMatrix(): Map<string, Set<string>> {
  const candidates = ['../shared', '../../shared', process.env.FG_SHARED_DIR ?? ''];
  const dir = candidates
    .map((c) => path.resolve(process.cwd(), c))
    .find((d) => fs.existsSync(path.join(d, 'api/api-digest.md')));
  if (!dir) throw new Error('shared/api/api-digest.md not found beside the repository');
  const lines = fs.readFileSync(path.join(dir, 'api/api-digest.md'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('| func_id | String'));
  const matrix = new Map<string, Set<string>>(COLUMNS.map((c) => [c, new Set<string>()]));
  for (const line of lines.slice(start)) {
    if (!line.startsWith('| ')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    // api-digest §2.3: `encrypted_use_r_data` (T7-261) is a typo for encrypted_user_data.
    const field = cells[0] === 'encrypted_use_r_data' ? 'encrypted_user_data' : (cells[0] ?? '');
    cells.slice(2).forEach((flag, i) => {
      if (flag.startsWith('Y')) matrix.get(COLUMNS[i] ?? '')?.add(field);
    });
  }
  return matrix;
}

let kit: LifecycleKit;
let f: string;
const responses = new Map<string, JsonObject>();

beforeAll(async () => {
  kit = createLifecycleKit();
  f = `${kit.base}/fgs/functions`;
  const vpc = { vpc_id: 'vpc-1', subnet_id: 'subnet-1' };
  const mounts = { mount_user: { user_id: -1, user_group_id: -1 }, func_mounts: [] };
  const common = {
    func_name: 'matrix',
    runtime: 'Custom',
    handler: 'bootstrap',
    memory_size: 128,
    timeout: 3,
    gpu_memory: 1024,
    func_vpc: vpc,
    mount_config: mounts,
    network_controller: { disable_public_network: false },
    custom_image: { enabled: false },
  };
  const created = await kit.json('POST', f, {
    ...common,
    package: 'default',
    code_type: 'zip',
    func_code: { file: zipBase64({ bootstrap: '#!/bin/sh\n' }) },
  });
  responses.set('create', created.body);
  responses.set(
    'update',
    (await kit.json('PUT', `${f}/matrix/config`, { ...common, memory_size: 256 })).body,
  );
  responses.set('get', (await kit.json('GET', `${f}/matrix/config`)).body);
  responses.set(
    'maxInstance',
    (await kit.json('PUT', `${f}/matrix/config-max-instance`, { max_instance_num: 5 })).body,
  );
  responses.set('list', ((await kit.json('GET', f)).body.functions as JsonObject[])[0] as JsonObject);
  responses.set('publish', (await kit.json('POST', `${f}/matrix/versions`, { version: 'v1' })).body);
  responses.set(
    'version',
    ((await kit.json('GET', `${f}/matrix/versions`)).body.versions as JsonObject[])[1] as JsonObject,
  );
});

afterAll(() => {
  kit.close();
});

describe('response fields follow the presence matrix (api-digest §2.3)', () => {
  const matrix = digestMatrix();
  it('read the matrix from the digest', () => {
    expect(matrix.get('get')?.size).toBeGreaterThan(50);
  });
  it.each(['create', 'get', 'update', 'maxInstance', 'list', 'version', 'publish'])('%s', (shape) => {
    const expected = [...(matrix.get(shape) ?? [])].filter((field) => !(field in NOT_RETURNED)).sort();
    const actual = Object.keys(responses.get(shape) ?? {}).sort();
    expect(actual).toEqual(expected);
  });
});
