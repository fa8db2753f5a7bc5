/**
 * Property-based bad input for the lifecycle endpoints (seed 7.6, 7.7, tags): for each endpoint ≥ 200 generated
 * invalid requests, each answered 4xx with the seed's error envelope (`FSS.xxxx`), never 5xx, and nothing persisted
 * changes (all tables + blob listing compared before and after every request).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBase64 } from '../testing/sdk-harness';
import { createLifecycleKit } from './lifecycle-kit';
import type { LifecycleKit } from './lifecycle-kit';

const RUNS = 200;
let kit: LifecycleKit;
let f: string;

const validCreate = {
  func_name: 'fuzz-new',
  package: 'default',
  runtime: 'Node.js18.15',
  handler: 'index.handler',
  memory_size: 256,
  timeout: 30,
  code_type: 'zip',
  func_code: { file: zipBase64({ 'index.js': 'exports.handler = async () => 1;' }) },
};
const validConfig = {
  func_name: 'target',
  runtime: 'Node.js18.15',
  handler: 'index.handler',
  memory_size: 256,
  timeout: 30,
};

const notMatching = (pattern: RegExp) =>
  fc
    .oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }))
    .filter((s) => !pattern.test(s));
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}));
const notAnInt = fc.oneof(
  fc.double({ noInteger: true }),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
  fc.constant({}),
);
const bigString = (min: number) => fc.string({ minLength: min, maxLength: min + 50 });

/** A JSON object string that breaks a user_data rule. */
const badEnv = fc.oneof(
  fc.string({ maxLength: 30 }).filter((s) => {
    try {
      const v = JSON.parse(s) as unknown;
      return typeof v !== 'object' || v === null || Array.isArray(v);
    } catch {
      return s !== '';
    }
  }),
  fc
    .integer({ min: 21, max: 40 })
    .map((n) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`K${String(i)}`, 'v']))),
    ),
  fc.constant(JSON.stringify({ BIG: 'x'.repeat(5000) })),
  fc.constant(JSON.stringify({ NUM: 1 })),
  fc.constant(JSON.stringify({ 'bad=key': 'v' })),
);

/** `[field, value]` pairs that are invalid for create/update-config; `undefined` removes a required field. */
const badCommonField: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constant('func_name'),
    fc.oneof(notMatching(/^[A-Za-z]([A-Za-z0-9_-]{0,58}[A-Za-z0-9])?$/), notAString),
  ),
  fc.tuple(
    fc.constant('runtime'),
    fc.oneof(fc.string({ maxLength: 20 }), notAString, fc.constant(undefined)),
  ),
  fc.tuple(
    fc.constant('memory_size'),
    fc.oneof(
      fc
        .integer()
        .filter(
          (m) =>
            ![128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 8192, 10240].includes(
              m,
            ),
        ),
      notAnInt,
      fc.constant(undefined),
    ),
  ),
  fc.tuple(
    fc.constant('timeout'),
    fc.oneof(fc.integer({ max: 2 }), fc.integer({ min: 259201 }), notAnInt, fc.constant(undefined)),
  ),
  fc.tuple(
    fc.constant('handler'),
    fc.oneof(
      notMatching(/^[A-Za-z0-9_][A-Za-z0-9_\-./]*\.[A-Za-z_$][A-Za-z0-9_$]*$/),
      fc.constant('a'.repeat(127) + '.h'),
      notAString,
      fc.constant(undefined),
    ),
  ),
  fc.tuple(fc.constant('user_data'), fc.oneof(badEnv, notAString)),
  fc.tuple(fc.constant('encrypted_user_data'), badEnv),
  fc.tuple(fc.constant('description'), fc.oneof(bigString(513), notAString)),
  fc.tuple(fc.constant('initializer_handler'), fc.constant('index.init')),
  fc.tuple(
    fc.constant('initializer_timeout'),
    fc.oneof(fc.integer({ min: 301 }), fc.integer({ min: 1, max: 300 })),
  ),
  fc.tuple(fc.constant('pre_stop_timeout'), fc.integer({ min: 1, max: 90 })),
  fc.tuple(fc.constant('gpu_memory'), fc.integer({ min: 1, max: 20000 })),
  fc.tuple(fc.constant('func_vpc'), fc.oneof(fc.constant({ vpc_name: 'x' }), notAString)),
  fc.tuple(
    fc.constant('mount_config'),
    fc.oneof(
      fc.constant({ mount_user: { user_id: 1000, user_group_id: 1 }, func_mounts: [] }),
      fc.constant({
        mount_user: { user_id: -1, user_group_id: -1 },
        func_mounts: Array.from({ length: 6 }, () => ({
          mount_type: 'sfs',
          mount_resource: 'r',
          local_mount_path: '/m',
        })),
      }),
    ),
  ),
  fc.tuple(fc.constant('custom_image'), fc.constant('not an object')),
);

const badCreate = fc.oneof(
  badCommonField.map(([field, value]) => {
    const body: Record<string, unknown> = { ...validCreate, [field]: value };
    return value === undefined ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== field)) : body;
  }),
  fc
    .tuple(
      fc.constantFrom('package', 'code_type', 'code_filename', 'func_code'),
      fc.oneof(
        notAString,
        fc.constant('../x'),
        fc.constant(''),
        fc.constant({ file: '%%%notbase64' }),
        fc.constant({ file: Buffer.from('not a zip').toString('base64') }),
      ),
    )
    // An empty code_filename is allowed (the server names the package); an empty func_code means default code.
    .filter(
      ([field, value]) =>
        !(field === 'code_filename' && value === '') &&
        !(field === 'func_code' && JSON.stringify(value) === '{}'),
    )
    .map(([field, value]) => ({ ...validCreate, [field]: value })),
  fc.constant({ ...validCreate, func_name: 'target' }),
  fc.constant({ ...validCreate, runtime: 'Java11', func_code: { file: '' } }),
  fc.constant({
    ...validCreate,
    code_type: 'inline',
    func_code: {
      file: zipBase64({ 'a.js': Array.from({ length: 3000 }, (_, i) => String(i * 7919)).join(',') }),
    },
  }),
  fc.constant({ ...validCreate, code_type: 'obs', code_url: 'ftp://host/x.zip', func_code: {} }),
  fc.oneof(
    fc.string({ maxLength: 30 }).map((s) => `{${s}`),
    fc.constant('[]'),
    fc.constant('42'),
    fc.constant('"text"'),
  ),
);

const badUpdateConfig = fc.oneof(
  badCommonField.map(([field, value]) => {
    const body: Record<string, unknown> = { ...validConfig, [field]: value };
    return value === undefined ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== field)) : body;
  }),
  fc.constant({ ...validConfig, func_name: 'other-name' }),
  fc.constant({ ...validConfig, runtime: 'Custom Image', handler: '-', custom_image: { image: 'swr/x:1' } }),
  fc
    .tuple(fc.integer({ min: 1001 }), fc.integer({ min: 1001 }))
    .map(([a, b]) => ({ ...validConfig, strategy_config: { concurrency: a, concurrent_num: b } })),
  fc.constant({ ...validConfig, strategy_config: { concurrent_num: 1 } }),
  fc.constant({ ...validConfig, ephemeral_storage: 1024 }),
  fc.constant({ ...validConfig, heartbeat_handler: 'index.beat' }),
  fc.constant({
    ...validConfig,
    peering_cidr: '1.0.0.0/8;2.0.0.0/8;3.0.0.0/8;4.0.0.0/8;5.0.0.0/8;6.0.0.0/8',
  }),
);

const badUpdateCode = fc.oneof(
  fc.record({
    code_type: fc.oneof(
      fc.string({ maxLength: 10 }).filter((s) => !['inline', 'zip', 'obs', 'jar'].includes(s)),
      notAString,
    ),
    func_code: fc.constant({ file: validCreate.func_code.file }),
  }),
  fc.record({
    code_type: fc.constantFrom('inline', 'zip', 'jar'),
    func_code: fc.oneof(
      fc.constant({}),
      fc.constant({ file: '' }),
      fc
        .string({ minLength: 1, maxLength: 40 })
        .filter((s) => !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
        .map((file) => ({ file })),
      fc
        .uint8Array({ minLength: 1, maxLength: 200 })
        .map((b) => ({ file: Buffer.from(b).toString('base64') })),
    ),
  }),
  fc.constant({
    code_type: 'zip',
    code_filename: 'code.txt',
    func_code: { file: validCreate.func_code.file },
  }),
  fc.constant({ code_type: 'zip', func_code: { file: zipBase64({ '../evil.js': 'x' }) } }),
  fc.constant({ code_type: 'obs', func_code: {} }),
  fc.constant({ code_type: 'obs', code_url: 'not a url', func_code: {} }),
  fc.constant({ code_type: 'zip' }),
);

const badMaxInstance = fc.oneof(
  fc.record({ max_instance_num: fc.oneof(fc.integer({ max: -2 }), fc.integer({ min: 1001 }), notAnInt) }),
  fc.constant({}),
);

const badPublish = fc.oneof(
  fc.record({
    version: fc.oneof(notMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,41}$/), fc.constant('latest'), notAString),
  }),
  fc.record({ description: fc.oneof(bigString(513), notAString) }),
  fc.record({ digest: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ version: fc.constant('v1') }),
  fc
    .record({ version: fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/) })
    .map((b) => ({ ...b, version: `x${b.version}` })),
);

const aliasRest = {
  version: fc.constant('v1'),
};
const badAliasFields = fc.oneof(
  fc.record({
    ...aliasRest,
    version: fc.oneof(
      notMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,41}$/),
      fc.constantFrom('v404', 'nope'),
      notAString,
    ),
  }),
  fc.record({ ...aliasRest, description: bigString(513) }),
  fc.record({
    ...aliasRest,
    additional_version_weights: fc.oneof(
      fc.constant({ v2: 101 }),
      fc.constant({ v2: -1 }),
      fc.constant({ v1: 10 }),
      fc.constant({ v9: 10 }),
      fc.constant({ v2: 1.5 }),
      fc.integer(),
      fc.constant('w'),
      fc.constant([1]),
    ),
  }),
  fc.record({
    ...aliasRest,
    additional_version_strategy: fc.oneof(
      fc.constant({
        v2: { combine_type: 'xor', rules: [{ rule_type: 'Header', param: 'p', op: '=', value: 'v' }] },
      }),
      fc.constant({ v2: { combine_type: 'and', rules: [] } }),
      fc.constant({
        v2: { combine_type: 'and', rules: [{ rule_type: 'Cookie', param: 'p', op: '=', value: 'v' }] },
      }),
      fc.constant({
        v2: {
          combine_type: 'and',
          rules: [{ rule_type: 'Header', param: 'bad param', op: '=', value: 'v' }],
        },
      }),
      fc.constant({
        v2: { combine_type: 'and', rules: [{ rule_type: 'Header', param: 'p', op: '>', value: 'v' }] },
      }),
      fc.constant({
        v1: { combine_type: 'and', rules: [{ rule_type: 'Header', param: 'p', op: '=', value: 'v' }] },
      }),
    ),
  }),
);
const badAliasCreate = fc.oneof(
  badAliasFields.map((b) => ({ name: 'fresh', ...b })),
  fc.record({
    name: fc.oneof(notMatching(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/), fc.constant('latest'), notAString),
    version: fc.constant('v1'),
  }),
  fc.constant({ name: 'live', version: 'v1' }),
);

const tagKeyOk = /^[^\s_=,*<>\\|/][^=,*<>\\|/]*$/u;
const badTags = fc.oneof(
  fc.record({
    tags: fc.array(
      fc.record({
        key: fc.oneof(notMatching(tagKeyOk), bigString(129), fc.constant(' padded '), fc.constant('')),
        value: fc.constant('v'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.record({
    tags: fc.array(
      fc.record({
        key: fc.constant('k'),
        value: fc.oneof(bigString(256), fc.constant('a=b'), fc.constant('x/y')),
      }),
      { minLength: 1, maxLength: 1 },
    ),
  }),
  fc.constant({ tags: [] }),
  fc.constant({}),
  fc.constant({
    tags: [
      { key: 'a', value: '1' },
      { key: 'a', value: '2' },
    ],
  }),
  fc.constant({ tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${String(i)}`, value: 'v' })) }),
  fc.constant({ action: 'delete', tags: [{ key: 'k', value: 'v' }] }),
);

const badListQuery = fc.oneof(
  fc.record({
    maxitems: fc.oneof(
      fc.integer({ max: -1 }).map(String),
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\d{1,9}$/.test(s)),
    ),
  }),
  fc.record({
    marker: fc.oneof(
      fc.integer({ max: -1 }).map(String),
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\d{1,9}$/.test(s)),
    ),
  }),
);

/** The store before the current property's first request; every rejected request must leave it as it is. */
let baseline = '';

async function expectRejected(method: string, path: string, body?: unknown): Promise<void> {
  const response = await kit.request(method, path, body);
  const text = await response.text();
  const context = `${method} ${path} ${body === undefined ? '' : JSON.stringify(body).slice(0, 300)} → ${String(response.status)} ${text.slice(0, 300)}`;
  expect(response.status, context).toBeGreaterThanOrEqual(400);
  expect(response.status, context).toBeLessThan(500);
  const envelope = JSON.parse(text) as { error_code: string; error_msg: string };
  expect(envelope.error_code, context).toMatch(/^(FSS\.\d{4}|APIGW\.\d{4})$/);
  expect(typeof envelope.error_msg, context).toBe('string');
  expect(kit.dump(), context).toBe(baseline);
}

beforeAll(async () => {
  kit = createLifecycleKit();
  f = `${kit.base}/fgs/functions`;
  const ok = async (method: string, path: string, body: unknown) => {
    const r = await kit.request(method, path, body);
    expect(r.status, await r.clone().text()).toBeLessThan(300);
  };
  await ok('POST', f, { ...validCreate, func_name: 'target' });
  await ok('POST', `${f}/target/versions`, { version: 'v1' });
  await ok('PUT', `${f}/target/code`, {
    code_type: 'zip',
    func_code: { file: zipBase64({ 'index.js': '//2' }) },
  });
  await ok('POST', `${f}/target/versions`, { version: 'v2' });
  await ok('POST', `${f}/target/aliases`, { name: 'live', version: 'v1' });
  await ok('POST', `${kit.base}/functions/target/tags/create`, { tags: [{ key: 'k', value: 'v' }] });
});

afterAll(() => {
  kit.close();
});

const property = <T>(arb: fc.Arbitrary<T>, run: (value: T) => Promise<void>) => {
  baseline = kit.dump();
  return fc.assert(fc.asyncProperty(arb, run), { numRuns: RUNS });
};

describe(`${String(RUNS)} invalid requests per endpoint → 4xx FSS envelope, store unchanged`, () => {
  it('POST functions (7.6.2)', () => property(badCreate, (body) => expectRejected('POST', f, body)));
  it('PUT config (7.6.7)', () =>
    property(badUpdateConfig, (body) => expectRejected('PUT', `${f}/target/config`, body)));
  it('PUT code (7.6.5)', () =>
    property(badUpdateCode, (body) => expectRejected('PUT', `${f}/target/code`, body)));
  it('PUT config-max-instance (7.6.8)', () =>
    property(badMaxInstance, (body) => expectRejected('PUT', `${f}/target/config-max-instance`, body)));
  it('POST versions (7.7.7)', () =>
    property(badPublish, (body) => expectRejected('POST', `${f}/target/versions`, body)));
  it('POST aliases (7.7.2)', () =>
    property(badAliasCreate, (body) => expectRejected('POST', `${f}/target/aliases`, body)));
  it('PUT aliases (7.7.5)', () =>
    property(badAliasFields, (body) => expectRejected('PUT', `${f}/target/aliases/live`, body)));
  it('POST tags/create (7.6.16)', () =>
    property(badTags, (body) => expectRejected('POST', `${kit.base}/functions/target/tags/create`, body)));
  it('DELETE tags/delete (7.6.15)', () =>
    property(
      badTags.filter((b) => !('action' in b)),
      (body) =>
        expectRejected('DELETE', `${kit.base}/functions/target/tags/delete`, { ...body, action: 'create' }),
    ));
  it('GET functions and versions query (7.6.1 / 7.7.6)', () =>
    property(fc.tuple(badListQuery, fc.boolean()), ([query, versions]) => {
      const qs = new URLSearchParams(query).toString();
      return expectRejected('GET', `${versions ? `${f}/target/versions` : f}?${qs}`);
    }));
  it('function URNs in paths (delete 7.6.3, config 7.6.6, pin 7.6.19)', () =>
    property(
      fc.tuple(
        fc.oneof(
          notMatching(/^[A-Za-z0-9_-]*$/).filter((s) => s !== '' && !s.includes('/')),
          fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/).map((s) => `nofn${s}`),
          fc.constantFrom(
            'target:v404',
            'target:!nope',
            'a:b:c:d:e',
            'urn:fs:x:y:function:default:target',
            `p:default:target`,
          ),
        ),
        fc.constantFrom('DELETE', 'GET', 'PIN'),
      ),
      ([segment, op]) => {
        const enc = encodeURIComponent(segment);
        if (op === 'DELETE') return expectRejected('DELETE', `${f}/${enc}`);
        if (op === 'GET') return expectRejected('GET', `${f}/${enc}/config`);
        return expectRejected('PUT', `${f}/${enc}/collect/true`);
      },
    ));
  it('pin state (7.6.19) and resource instances (7.6.14)', () =>
    property(
      fc.oneof(
        fc
          .string({ minLength: 1, maxLength: 8 })
          .filter((s) => s !== 'true' && s !== 'false' && !s.includes('/'))
          .map((state) => ({ state })),
        fc.record({
          limit: fc.oneof(
            fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\d{1,4}$/.test(s)),
            fc.integer({ max: -1 }),
            fc.integer({ min: 1001 }),
            fc.double({ noInteger: true }),
            fc.boolean(),
            fc.constant({}),
          ),
        }),
      ),
      (input) =>
        'state' in input
          ? expectRejected('PUT', `${f}/target/collect/${encodeURIComponent(input.state)}`)
          : expectRejected('POST', `${kit.base}/functions/resource-instances/filter`, input),
    ));
});
