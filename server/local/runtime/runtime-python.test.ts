import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePython } from './runtime-kinds';
import { call, specOf, tempManager } from './test-support';
import type { RuntimeManager } from './runtime-manager';

let rm: RuntimeManager;
let cleanup: () => Promise<void>;
beforeAll(() => {
  ({ rm, cleanup } = tempManager());
});
afterAll(async () => {
  await cleanup();
});

const py = (source: string, overrides = {}) => specOf('Python3.10', { 'index.py': source }, overrides);

describe('Python host', () => {
  it('maps return values per RUNTIME-CONTRACT §1.3 and captures print and logger lines', async () => {
    const spec = py(
      [
        'def handler(event, context):',
        '    print("hello", event["name"])',
        '    import sys',
        '    sys.stdout.buffer.write(b"raw bytes\\n")',
        '    logger = context.getLogger()',
        '    logger.info("via logger %s", 7)',
        '    logger.warning("careful")',
        '    logger.debug("hidden at INFO")',
        '    kind = event["kind"]',
        '    if kind == "none": return None',
        '    if kind == "str": return "plain"',
        '    return {"greeting": "hi " + event["name"], "n": [1, 2]}',
      ].join('\n'),
    );
    const req = call({ name: 'ada', kind: 'dict' });
    const out = await rm.invoke(spec, req);
    expect(out.status).toBe('success');
    expect(JSON.parse(out.result)).toEqual({ greeting: 'hi ada', n: [1, 2] });
    const text = out.logs.map((l) => l.message);
    expect(text).toContain('hello ada');
    expect(text).toContain('raw bytes');
    expect(text.some((m) => m.endsWith(`${req.requestId} INFO via logger 7`))).toBe(true);
    expect(out.logs.find((l) => l.message.endsWith('careful'))?.level).toBe('WARN');
    expect(text.some((m) => m.includes('hidden'))).toBe(false);
    expect(text.at(-1)).toContain(`Finish invoke request '${req.requestId}'`);
    expect((await rm.invoke(spec, call({ name: 'x', kind: 'none' }))).result).toBe('');
    expect((await rm.invoke(spec, call({ name: 'x', kind: 'str' }))).result).toBe('plain');
  });

  it('exposes the context methods and the environment', async () => {
    const spec = specOf(
      'Python3.9',
      {
        'src/app.py': [
          'import os',
          'def main(event, c):',
          '    return {"id": c.getRequestID(), "rem": c.getRemainingTimeInMilliSeconds(), "run": c.getRunningTimeInSeconds(),',
          '            "fn": c.getFunctionName(), "ver": c.getVersion(), "pkg": c.getPackage(), "proj": c.getProjectID(),',
          '            "mem": c.getMemorySize(), "ud": c.getUserData("COLOR"), "secret": c.getUserData("TOKEN"),',
          '            "dflt": c.getUserData("NOPE", "d"), "env": os.environ.get("COLOR"), "envSecret": os.environ.get("TOKEN"),',
          '            "cwd": os.getcwd() == os.environ["RUNTIME_CODE_ROOT"], "token": c.getSecurityToken()}',
        ].join('\n'),
      },
      {
        handler: 'src/app.main',
        env: { COLOR: 'red' },
        encryptedEnv: { TOKEN: 'hidden' },
        memoryMB: 512,
        timeoutS: 4,
      },
    );
    const req = call();
    const out = await rm.invoke(spec, req);
    expect(out.status).toBe('success');
    const r = JSON.parse(out.result) as Record<string, unknown>;
    expect(r).toMatchObject({
      id: req.requestId,
      run: 4,
      fn: spec.meta.functionName,
      ver: 'latest',
      pkg: 'default',
      proj: 'p1',
      mem: 512,
      ud: 'red',
      secret: 'hidden',
      dflt: 'd',
      env: 'red',
      envSecret: null,
      cwd: true,
      token: '',
    });
    expect(r.rem).toBeGreaterThan(3000);
  });

  it('maps an exception to FSS.4002 and keeps the instance', async () => {
    const spec = py(
      'def handler(event, context):\n    if event.get("fail"):\n        raise ValueError("bad value")\n    return "ok"\n',
    );
    const out = await rm.invoke(spec, call({ fail: true }));
    expect(out).toMatchObject({ status: 'function_error', errorCode: 'FSS.4002' });
    const err = JSON.parse(out.result) as { errorMessage: string; errorType: string; stackTrace: string[] };
    expect(err).toMatchObject({
      errorMessage: 'function invocation exception, error: bad value',
      errorType: 'ValueError',
    });
    expect(err.stackTrace.join('\n')).toContain('File "./index.py", line 3, in handler');
    const again = await rm.invoke(spec, call());
    expect(again).toMatchObject({ status: 'success', result: 'ok', instanceId: out.instanceId });
    const unserialisable = await rm.invoke(py('def handler(e, c):\n    return {1, 2}\n'), call());
    expect(unserialisable).toMatchObject({ status: 'function_error', errorCode: 'FSS.4007' });
  });

  it('reports load failures with FSS.4001', async () => {
    const missing = await rm.invoke(
      py('def handler(e, c):\n    return 1\n', { handler: 'main.handler' }),
      call(),
    );
    expect(missing).toMatchObject({ status: 'init_error', errorCode: 'FSS.4001' });
    expect(JSON.parse(missing.result)).toMatchObject({
      errorType: 'FunctionLoadError',
      errorMessage: "function entry exception, error: not found module './main.py'",
    });
    const noFn = await rm.invoke(py('def other(e, c):\n    return 1\n'), call());
    expect(JSON.parse(noFn.result)).toMatchObject({ errorType: 'FunctionConfigError' });
    const syntax = await rm.invoke(py('def handler(e, c)\n    return 1\n'), call());
    expect(syntax).toMatchObject({ status: 'init_error', errorCode: 'FSS.4001' });
    expect(syntax.result).toContain('SyntaxError');
  });

  it('runs the initializer once per instance, with its own timeout', async () => {
    const spec = py(
      [
        'count = 0',
        'def init(context):',
        '    global count',
        '    count += 1',
        '    print("initializing")',
        'def handler(event, context):',
        '    return count',
      ].join('\n'),
      { initializer: { handler: 'index.init', timeoutS: 3 } },
    );
    const first = await rm.invoke(spec, call());
    expect(first.result).toBe('1');
    expect(first.logs.map((l) => l.message)).toContain('initializing');
    expect((await rm.invoke(spec, call())).result).toBe('1');
    const slow = py('import time\ndef init(c):\n    time.sleep(30)\ndef handler(e, c):\n    return 1\n', {
      initializer: { handler: 'index.init', timeoutS: 1 },
    });
    const timedOut = await rm.invoke(slow, call());
    expect(timedOut).toMatchObject({ status: 'init_error', errorCode: 'FSS.4011' });
  });

  it('keeps the interpreter site-packages importable although the host starts with -S', async () => {
    const info = resolvePython();
    expect(info?.sitePaths.length).toBeGreaterThan(0);
    const out = await rm.invoke(py('import sys\ndef handler(e, c):\n    return sys.path\n'), call());
    const sysPath = JSON.parse(out.result) as string[];
    for (const p of info?.sitePaths ?? []) expect(sysPath).toContain(p);
  });

  it('gives each dependency package a place on the import path', async () => {
    const dep = (await import('./test-support')).zipOf({
      'python/helperlib.py': 'def shout(s):\n    return s.upper()\n',
    });
    const spec = py('import helperlib\ndef handler(e, c):\n    return helperlib.shout("dep ok")\n', {
      dependencyZips: [{ digest: 'dep-py-1', load: () => dep }],
    });
    expect(await rm.invoke(spec, call())).toMatchObject({ status: 'success', result: 'DEP OK' });
  });
});
