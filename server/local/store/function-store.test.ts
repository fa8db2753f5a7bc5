/**
 * The function store as other groups use it: requireFunction (404 FSS.1051/1052/1053, URN short forms and the
 * alias fallback of api-digest §3), the runtime's codeConfig accessor, and the deletion/change hooks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../../shared/errors';
import type { FunctionChangedEvent, FunctionDeletedEvent } from '../deps';
import { createLifecycleKit } from '../http/lifecycle-kit';
import type { LifecycleKit } from '../http/lifecycle-kit';
import { zipBase64 } from '../testing/sdk-harness';
import { requireFunction } from './function-store';

let kit: LifecycleKit;
const deleted: FunctionDeletedEvent[] = [];
const changed: FunctionChangedEvent[] = [];

function failure(thunk: () => unknown): string {
  try {
    thunk();
  } catch (error) {
    if (error instanceof HttpError) return `${String(error.status)} ${error.code}`;
    throw error;
  }
  return 'no error';
}

beforeAll(async () => {
  kit = createLifecycleKit();
  kit.deps.hooks.functionDeleted.add((e) => deleted.push(e));
  kit.deps.hooks.functionChanged.add((e) => changed.push(e));
  const f = `${kit.base}/fgs/functions`;
  const steps: [string, string, unknown][] = [
    [
      'POST',
      f,
      {
        func_name: 'store',
        package: 'default',
        runtime: 'Python3.10',
        handler: 'main.run',
        memory_size: 512,
        timeout: 9,
        code_type: 'zip',
        user_data: '{"A":"1"}',
        encrypted_user_data: '{"S":"2"}',
        initializer_handler: 'main.init',
        initializer_timeout: 4,
        func_code: { file: zipBase64({ 'main.py': 'def run(e, c):\n    return 1\n' }) },
      },
    ],
    ['POST', `${f}/store/versions`, { version: 'v1' }],
    ['POST', `${f}/store/aliases`, { name: 'prod', version: 'v1' }],
    ['POST', `${f}/store/aliases`, { name: 'beta', version: 'latest' }],
  ];
  for (const [method, path, body] of steps) expect((await kit.json(method, path, body)).status).toBe(200);
});

afterAll(() => {
  kit.close();
});

describe('requireFunction', () => {
  it('resolves every URN form to the function and version', () => {
    const pid = kit.deps.settings.projectId;
    for (const urn of [
      'store',
      'default:store',
      `${pid}:default:store`,
      `urn:fss:local-1:${pid}:function:default:store`,
    ])
      expect(requireFunction(kit.deps, urn).version.version).toBe('latest');
    expect(requireFunction(kit.deps, `${pid}:default:store:v1`).version.version).toBe('v1');
    const viaAlias = requireFunction(kit.deps, `${pid}:default:store:!prod`);
    expect([viaAlias.version.version, viaAlias.alias?.name]).toEqual(['v1', 'prod']);
    // A bare qualifier that is not a version is an alias (api-digest §3).
    expect(requireFunction(kit.deps, `${pid}:default:store:prod`).alias?.name).toBe('prod');
  });

  it('answers 404 FSS.1051 / FSS.1052 / FSS.1053 and 400 FSS.1309', () => {
    const pid = kit.deps.settings.projectId;
    expect(failure(() => requireFunction(kit.deps, 'nope'))).toBe('404 FSS.1051');
    expect(failure(() => requireFunction(kit.deps, `${pid}:default:store:v9`))).toBe('404 FSS.1052');
    expect(failure(() => requireFunction(kit.deps, `${pid}:default:store:!v9`))).toBe('404 FSS.1053');
    expect(failure(() => requireFunction(kit.deps, 'a:b:c:d:e'))).toBe('400 FSS.1309');
  });
});

describe('codeConfig (the runtime accessor)', () => {
  it('gives digest, runtime, handler, memory, timeout, parsed env, initializer and strategy', () => {
    const config = kit.deps.functions.codeConfig('default:store');
    expect(config).toMatchObject({
      name: 'store',
      version: 'latest',
      codeType: 'zip',
      runtime: 'Python3.10',
      handler: 'main.run',
      memory: 512,
      timeout: 9,
      userData: { A: '1' },
      encryptedUserData: { S: '2' },
      initializer: { handler: 'main.init', timeout: 4 },
      strategy: { concurrency: -1, concurrent_num: 1 },
    });
    expect(kit.deps.blobs.hasBlob(config.digest)).toBe(true);
    const pid = kit.deps.settings.projectId;
    expect(kit.deps.functions.codeConfig(`${pid}:default:store:!prod`)).toMatchObject({
      version: 'v1',
      alias: { name: 'prod' },
    });
  });
});

describe('hooks', () => {
  it('report created/published/alias changes and `!alias` deletions, also for aliases removed with their version', async () => {
    expect(changed.map((e) => `${e.what} ${e.version}`)).toEqual([
      'created latest',
      'published v1',
      'alias !prod',
      'alias !beta',
    ]);
    const f = `${kit.base}/fgs/functions`;
    expect((await kit.json('DELETE', `${f}/store/aliases/beta`)).status).toBe(204);
    expect((await kit.json('DELETE', `${f}/${kit.deps.settings.projectId}:default:store:v1`)).status).toBe(
      204,
    );
    expect((await kit.json('DELETE', `${f}/store`)).status).toBe(204);
    expect(deleted.map((e) => e.version ?? '(function)')).toEqual(['!beta', 'v1', '!prod', '(function)']);
  });
});

describe('update guards', () => {
  it('let another group refuse a code or config update (e.g. FSS.1077) before anything is written', async () => {
    const f = `${kit.base}/fgs/functions`;
    const create = {
      func_name: 'guarded',
      package: 'default',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
    };
    expect(
      (await kit.json('POST', f, { ...create, memory_size: 128, timeout: 3, code_type: 'inline' })).status,
    ).toBe(200);
    const guard = (event: { what: string }) => {
      throw new HttpError(400, 'FSS.1077', `refused ${event.what}`);
    };
    kit.deps.hooks.updateGuards.add(guard);
    const before = kit.dump();
    const config = await kit.json('PUT', `${f}/guarded/config`, { ...create, memory_size: 256, timeout: 3 });
    const code = await kit.json('PUT', `${f}/guarded/code`, {
      code_type: 'zip',
      func_code: { file: zipBase64({ 'index.js': '' }) },
    });
    expect([config.body.error_code, config.body.error_msg, code.body.error_msg]).toEqual([
      'FSS.1077',
      'refused config',
      'refused code',
    ]);
    expect(kit.dump()).toBe(before);
    kit.deps.hooks.updateGuards.delete(guard);
  });
});

describe('limits', () => {
  it('at most 10 aliases per function (403 FSS.1043) and 400 functions per tenant (403 FSS.1041)', async () => {
    const f = `${kit.base}/fgs/functions`;
    const create = (name: string) =>
      kit.json('POST', f, {
        func_name: name,
        package: 'limits',
        runtime: 'Node.js18.15',
        handler: 'index.handler',
        memory_size: 128,
        timeout: 3,
        code_type: 'inline',
      });
    expect((await create('aliased')).status).toBe(200);
    // One alias per version (FSS.1066): ten versions, each with a change to publish (FSS.1016 otherwise).
    for (let i = 0; i < 10; i += 1) {
      const config = await kit.json('PUT', `${f}/limits:aliased/config`, {
        func_name: 'aliased',
        runtime: 'Node.js18.15',
        handler: 'index.handler',
        memory_size: 128,
        timeout: 3,
        description: `for v${String(i)}`,
      });
      expect(config.status).toBe(200);
      const version = `v${String(i)}`;
      expect((await kit.json('POST', `${f}/limits:aliased/versions`, { version })).status).toBe(200);
      const alias = await kit.json('POST', `${f}/limits:aliased/aliases`, { name: `a${String(i)}`, version });
      expect(alias.status).toBe(200);
    }
    const eleventh = await kit.json('POST', `${f}/limits:aliased/aliases`, {
      name: 'a10',
      version: 'latest',
    });
    expect([eleventh.status, eleventh.body.error_code]).toEqual([403, 'FSS.1043']);
    const existing = kit.deps.functions.listFunctions({ offset: 0, limit: 1000 }).count;
    const code = { codeType: 'Custom-Image-Swr', codeUrl: '', codeFilename: '', digest: '', size: 0 };
    const config = kit.deps.functions.configOf(kit.deps.functions.resolve('limits:aliased').version);
    for (let i = existing; i < 400; i += 1)
      kit.deps.functions.createFunction({ package: 'bulk', name: `f${String(i)}`, config, code });
    const over = await create('one-too-many');
    expect([over.status, over.body.error_code]).toEqual([403, 'FSS.1041']);
  });
});
