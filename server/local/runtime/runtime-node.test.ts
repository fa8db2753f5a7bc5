import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, specOf, tempManager } from './test-support';
import type { RuntimeManager } from './runtime-manager';

let rm: RuntimeManager;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(() => {
  ({ rm, dir, cleanup } = tempManager());
});
afterAll(async () => {
  await cleanup();
});

const node = (source: string, overrides = {}) => specOf('Node.js18.15', { 'index.js': source }, overrides);

describe('Node.js host', () => {
  it('returns an async handler result as JSON and captures console and logger lines with the request id', async () => {
    const spec = node(
      `exports.handler = async (event, context) => {
         console.log('hello', event.name);
         console.error('oops');
         context.getLogger().info('via logger %d', 7);
         context.getLogger().debug('hidden at INFO');
         return { greeting: 'hi ' + event.name };
       };`,
    );
    const req = call({ name: 'ada' });
    const out = await rm.invoke(spec, req);
    expect(out.status).toBe('success');
    expect(JSON.parse(out.result)).toEqual({ greeting: 'hi ada' });
    expect(out.coldStart).toBe(true);
    expect(out.initDurationMs).toBeGreaterThan(0);
    const text = out.logs.map((l) => l.message);
    expect(text).toContain('hello ada');
    expect(out.logs.find((l) => l.message === 'oops')?.level).toBe('ERROR');
    expect(text.some((m) => m.endsWith(`${req.requestId} INFO via logger 7`))).toBe(true);
    expect(text.some((m) => m.includes('hidden'))).toBe(false);
    // Platform lines of RUNTIME-CONTRACT §6.1, in order.
    const start = text.findIndex((m) =>
      m.includes(`Start invoke request '${req.requestId}', version: latest`),
    );
    const finish = text.findIndex((m) => m.includes(`Finish invoke request '${req.requestId}', duration: `));
    expect(text[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ Start load request '/);
    expect(start).toBeGreaterThan(0);
    expect(finish).toBe(text.length - 1);
    expect(text[finish]).toMatch(
      /billing duration: \d+ms, memory used: \d+\.\d{3}MB, billing memory: 256MB$/,
    );
    expect(out.maxMemoryUsedMB).toBeGreaterThan(1);
    const warm = await rm.invoke(spec, call({ name: 'bob' }));
    expect(warm.coldStart).toBe(false);
    expect(warm.instanceId).toBe(out.instanceId);
    expect(warm.logs.some((l) => l.message.includes('Start load'))).toBe(false);
  });

  it('supports the callback style, the sync style and string results as is', async () => {
    const cb = await rm.invoke(
      node(
        `exports.handler = function (e, ctx, callback) { setTimeout(() => callback(null, 'plain text'), 5); };`,
      ),
      call(),
    );
    expect(cb).toMatchObject({ status: 'success', result: 'plain text' });
    const sync = await rm.invoke(node(`exports.handler = (e, ctx) => ({ n: e.n * 2 });`), call({ n: 21 }));
    expect(sync).toMatchObject({ status: 'success', result: '{"n":42}' });
    const legacy = await rm.invoke(
      specOf(
        'Node.js6.10',
        { 'src/app.js': `exports.main = function (e, c, cb) { cb(null, 'legacy'); };` },
        { handler: 'src/app.main' },
      ),
      call(),
    );
    expect(legacy).toMatchObject({ status: 'success', result: 'legacy' });
    // ESM is a local extra (contract §1.2).
    const esm = await rm.invoke(
      specOf('Node.js18.15', { 'index.mjs': "export const handler = async (e, c) => 'esm';" }),
      call(),
    );
    expect(esm).toMatchObject({ status: 'success', result: 'esm' });
  });

  it('exposes the context methods of RUNTIME-CONTRACT §2.1', async () => {
    const spec = node(
      `exports.handler = async (event, c) => ({
         id: c.getRequestID(), rem: c.getRemainingTimeInMilliSeconds(), run: c.getRunningTimeInSeconds(),
         fn: c.getFunctionName(), ver: c.getVersion(), alias: c.getAlias(), pkg: c.getPackage(),
         proj: c.getProjectID(), mem: c.getMemorySize(), cpu: c.getCPUNumber(),
         ud: c.getUserData('COLOR'), secret: c.getUserData('TOKEN'), none: c.getUserData('NOPE') === undefined,
         envSecret: process.env.TOKEN === undefined, ak: c.getSecurityAccessKey(),
         userdata: JSON.parse(process.env.RUNTIME_USERDATA), rtMem: process.env.RUNTIME_MEMORY,
       });`,
      { env: { COLOR: 'blue' }, encryptedEnv: { TOKEN: 's3cret' }, memoryMB: 256, timeoutS: 5 },
    );
    const req = call({}, { alias: 'prod' });
    const out = await rm.invoke(spec, req);
    expect(out.status).toBe('success');
    const r = JSON.parse(out.result) as Record<string, unknown>;
    expect(r).toMatchObject({
      id: req.requestId,
      run: 5,
      fn: spec.meta.functionName,
      ver: 'latest',
      alias: 'prod',
      pkg: 'default',
      proj: 'p1',
      mem: 256,
      cpu: 400,
      ud: 'blue',
      secret: 's3cret',
      none: true,
      envSecret: true,
      ak: '',
      userdata: { COLOR: 'blue' },
      rtMem: '256',
    });
    expect(r.rem).toBeGreaterThan(4000);
    expect(r.rem).toBeLessThanOrEqual(5000);
  });

  it('maps thrown errors, rejected promises and callback errors to FSS.4002 with the error JSON', async () => {
    const thrown = await rm.invoke(
      node(`exports.handler = async (e, c) => { throw new TypeError('bad input'); };`),
      call(),
    );
    expect(thrown).toMatchObject({ status: 'function_error', errorCode: 'FSS.4002' });
    const err = JSON.parse(thrown.result) as {
      errorMessage: string;
      errorType: string;
      stackTrace: string[];
    };
    expect(err.errorMessage).toBe('function invocation exception, error: bad input');
    expect(err.errorType).toBe('TypeError');
    expect(err.stackTrace[0]).toMatch(/\(\.\/index\.js:\d+:\d+\)$/);
    expect(thrown.result).toContain('\n    "errorMessage"'); // 4-space indent (contract §6.2)
    const viaCallback = await rm.invoke(
      node(`exports.handler = (e, c, cb) => cb(new Error('nope'));`),
      call(),
    );
    expect(viaCallback.errorCode).toBe('FSS.4002');
    expect(viaCallback.result).toContain('function invocation exception, error: nope');
    // The instance survives a function error.
    const circular = await rm.invoke(
      node(`exports.handler = async (e, c) => { const a = {}; a.a = a; return a; };`),
      call(),
    );
    expect(circular).toMatchObject({ status: 'function_error', errorCode: 'FSS.4007' });
    expect(circular.result).toContain(
      'function result is invalid, error: Converting circular structure to JSON',
    );
  });

  it('splits very long log lines at 90 KB and refuses results over 6 MB (FSS.4004)', async () => {
    const spec = node(
      `exports.handler = async (e, c) => { console.log('y'.repeat(200 * 1024)); return 'x'.repeat(e.size); };`,
    );
    const big = await rm.invoke(spec, call({ size: 6291457 }));
    expect(big).toMatchObject({ status: 'function_error', errorCode: 'FSS.4004' });
    expect(big.logs.filter((l) => /^y+$/.test(l.message)).map((l) => l.message.length)).toEqual([
      92160, 92160, 20480,
    ]);
    const fits = await rm.invoke(spec, call({ size: 6291456 }));
    expect(fits.status).toBe('success');
    expect(fits.result).toHaveLength(6291456);
  });

  it('fails the load with FunctionLoadError / FunctionConfigError (FSS.4001)', async () => {
    const missing = await rm.invoke(
      node(`exports.handler = async (e, c) => 1;`, { handler: 'main.handler' }),
      call(),
    );
    expect(missing).toMatchObject({ status: 'init_error', errorCode: 'FSS.4001' });
    expect(JSON.parse(missing.result)).toMatchObject({
      errorType: 'FunctionLoadError',
      errorMessage: "function entry exception, error: not found module './main.js'",
    });
    const noExport = await rm.invoke(node(`exports.other = async (e, c) => 1;`), call());
    expect(JSON.parse(noExport.result)).toMatchObject({
      errorType: 'FunctionConfigError',
      errorMessage: "function entry exception, error: handler 'handler' not found in module './index.js'",
    });
    const syntax = await rm.invoke(node(`exports.handler = async (e, c) => {;`), call());
    expect(syntax).toMatchObject({ status: 'init_error', errorCode: 'FSS.4001' });
    expect(JSON.parse(syntax.result)).toMatchObject({ errorType: 'FunctionLoadError' });
    expect(syntax.result).toContain('function entry exception, error: SyntaxError: ');
    const arity = await rm.invoke(node(`exports.handler = async (event) => 1;`), call());
    expect(JSON.parse(arity.result)).toMatchObject({
      errorType: 'FunctionLoadError',
      errorMessage:
        'function entry exception, error: handler expect to have 2 or 3 parameters, but received 1',
    });
  });

  it('runs the initializer once per instance before the first invocation', async () => {
    const spec = node(
      `let inits = 0;
       exports.init = function (context, callback) { inits++; console.log('init ran'); callback(null, ''); };
       exports.handler = async (e, c) => inits;`,
      { initializer: { handler: 'index.init', timeoutS: 3 } },
    );
    const first = await rm.invoke(spec, call());
    expect(first.result).toBe('1');
    const lines = first.logs.map((l) => l.message);
    const initStart = lines.findIndex((m) => m.includes('Start initialize request'));
    expect(lines.indexOf('init ran')).toBeGreaterThan(initStart);
    expect(lines.some((m) => m.includes('Finish initialize request'))).toBe(true);
    expect((await rm.invoke(spec, call())).result).toBe('1');
    const badArity = await rm.invoke(
      node(`exports.init = async (context) => {}; exports.handler = async (e, c) => 1;`, {
        initializer: { handler: 'index.init', timeoutS: 3 },
      }),
      call(),
    );
    expect(badArity).toMatchObject({ status: 'init_error', errorCode: 'FSS.4009' });
    expect(badArity.result).toContain('initializer expect to have 2 parameters, but received 1');
    // Up to 3 attempts per cold start (contract §1.4): fails twice, then the third instance serves.
    const marks = `${dir}/init-attempts`;
    const flaky = node(
      `const fs = require('fs');
       exports.init = (ctx, cb) => {
         fs.appendFileSync(process.env.MARKS, 'x');
         cb(fs.readFileSync(process.env.MARKS, 'utf8').length < 3 ? new Error('not yet') : null, '');
       };
       exports.handler = async (e, c) => fs.readFileSync(process.env.MARKS, 'utf8').length;`,
      { initializer: { handler: 'index.init', timeoutS: 3 }, env: { MARKS: marks } },
    );
    expect(await rm.invoke(flaky, call())).toMatchObject({ status: 'success', result: '3' });
    const failing = await rm.invoke(
      node(
        `exports.init = (ctx, cb) => { require('fs').appendFileSync(process.env.MARKS, 'x'); cb(new Error('db down')); };
         exports.handler = async (e, c) => 1;`,
        { initializer: { handler: 'index.init', timeoutS: 3 }, env: { MARKS: `${dir}/db-attempts` } },
      ),
      call(),
    );
    expect(failing.result).toContain('function initialization exception, error: db down');
    expect(fs.readFileSync(`${dir}/db-attempts`, 'utf8')).toBe('xxx');
  });

  it('answers an unsupported runtime with a clear FSS error naming it', async () => {
    const out = await rm.invoke(specOf('Java11', { 'index.js': '' }), call());
    expect(out).toMatchObject({ status: 'unsupported_runtime', errorCode: 'FSS.4202', instanceId: '' });
    expect(out.result).toContain("runtime 'Java11' is not supported");
    expect((await rm.invoke(specOf('Python2.7', {}), call())).status).toBe('unsupported_runtime');
  });
});
