'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS host: require() is its module system and how user code is loaded */
// Node.js function host: one per instance. Loads the handler once, runs the initializer once, then serves
// invocations framed as 4-byte big-endian length + JSON on fd 3 (a socket pair set up by the runtime
// manager). Kept dependency-free and plain JS so that a cold start costs one `node` boot and nothing more.
// Behaviour follows docs/RUNTIME-CONTRACT.md (§1.1 handler string, §1.2 arity rules, §1.4 initializer,
// §2 context, §6.2 error shapes).

const net = require('node:net');
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { AsyncLocalStorage } = require('node:async_hooks');

const MAX_RESULT_BYTES = 6291456; // RUNTIME_MAX_RESP_BODY_SIZE, contract §7
const chan = new net.Socket({ fd: 3, readable: true, writable: true });
const als = new AsyncLocalStorage();
// The request a log line or a stray error belongs to. With one request per instance (the default) it is the one
// running, as on FunctionGraph, whose instance captures its output per request. Only an instance that serves
// several at once tracks it through async context: once used, AsyncLocalStorage hooks every promise the
// process creates, which makes each call dearer.
let tracksContext = false;
function inRequest(id, fn) {
  return tracksContext ? als.run({ id }, fn) : fn();
}
let config = null;
let handlerFn = null;
const active = new Map(); // request id → { settle }
// Calls handed off behind the running one on a one-call instance (function-pool.ts, hand-off.ts): each starts
// when the one before it ends. The manager may take one back (`withdraw`) as long as it has not started.
const backlog = [];

// Results sent in one event-loop turn leave in one write (the manager wakes once per batch, frame-codec.ts);
// the last result of a batch, when no other request is running, leaves at once (nothing more can join it, and
// a turn of the event loop is saved). Log lines, and anything queued before user code runs again, leave at
// once: a handler that then loops forever must not keep an earlier line or another request's result from the
// manager.
let outbox = [];
function flush() {
  const frames = outbox;
  outbox = [];
  if (frames.length) chan.write(frames.length === 1 ? frames[0] : Buffer.concat(frames));
}
function send(msg) {
  const json = JSON.stringify(msg);
  const length = Buffer.byteLength(json);
  const frame = Buffer.allocUnsafe(4 + length);
  frame.writeUInt32BE(length, 0);
  frame.write(json, 4);
  const queued = outbox.push(frame);
  if (msg.t !== 'result' || active.size === 0) flush();
  else if (queued === 1) setImmediate(flush);
}

function currentId() {
  const store = als.getStore();
  if (store) return store.id;
  return active.size === 1 ? active.keys().next().value : '';
}

function emit(id, level, msg) {
  send({ t: 'log', id, level, msg, time: Date.now() });
}

// console.* output is stored verbatim, tagged with the request id (contract §2.2).
const consoleLevels = {
  log: 'INFO',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  debug: 'DEBUG',
  trace: 'DEBUG',
};
for (const [name, level] of Object.entries(consoleLevels)) {
  console[name] = (...args) => emit(currentId(), level, util.format(...args));
}

const LEVELS = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40 };
function makeLogger(id) {
  let threshold = LEVELS.INFO;
  const line =
    (level) =>
    (...args) => {
      if (LEVELS[level] < threshold) return;
      emit(id, level, `${new Date().toISOString()} ${id} ${level} ${util.format(...args)}`);
    };
  return {
    info: line('INFO'),
    warn: line('WARN'),
    error: line('ERROR'),
    debug: line('DEBUG'),
    setLevel(level) {
      const v = LEVELS[String(level).toUpperCase()];
      if (v !== undefined) threshold = v;
    },
  };
}

function makeContext(id, alias, startedAt) {
  const c = config;
  const timeoutMs = c.timeoutS * 1000;
  const userData = c.userData;
  const logger = makeLogger(id);
  return {
    getRequestID: () => id,
    getRemainingTimeInMilliSeconds: () => Math.max(timeoutMs - (Date.now() - startedAt), 0),
    getRunningTimeInSeconds: () => c.timeoutS,
    getFunctionName: () => c.meta.functionName,
    getVersion: () => c.meta.version,
    getAlias: () => alias || '',
    getPackage: () => c.meta.package,
    getProjectID: () => c.meta.projectId,
    getMemorySize: () => c.memoryMB,
    getCPUNumber: () => c.cpu,
    getUserData: (key) => (Object.prototype.hasOwnProperty.call(userData, key) ? userData[key] : undefined),
    // No agency locally: credentials are empty strings (contract §2.1).
    getAccessKey: () => '',
    getSecretKey: () => '',
    getSecurityAccessKey: () => '',
    getSecuritySecretKey: () => '',
    getSecurityToken: () => '',
    getToken: () => '',
    getInstanceID: () => c.instanceId,
    getLogger: () => logger,
  };
}

function stackOf(err) {
  if (!err || typeof err.stack !== 'string') return [];
  const root = config.codeDir;
  return err.stack
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('at ') && !l.includes(__filename) && !l.includes('node:internal'))
    .map((l) => l.split(root + path.sep).join('./'));
}

function errorJson(prefix, err, type) {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : util.inspect(err);
  const errorType = type || (err instanceof Error ? err.name : 'Error');
  return {
    errorMessage: `${prefix}, error: ${message}`,
    errorType,
    stackTrace: err instanceof Error ? stackOf(err) : [],
  };
}

function configError(type, message) {
  const e = new Error(message);
  e.name = type;
  e.stack = '';
  return e;
}

async function loadExport(handlerString, kind) {
  const dot = handlerString.lastIndexOf('.');
  const rel = handlerString.slice(0, dot);
  const name = handlerString.slice(dot + 1);
  let file = null;
  for (const ext of ['.js', '.cjs', '.mjs']) {
    const candidate = path.join(config.codeDir, rel + ext);
    if (fs.existsSync(candidate)) {
      file = candidate;
      break;
    }
  }
  if (dot <= 0 || !file) throw configError('FunctionLoadError', `not found module './${rel}.js'`);
  let mod;
  try {
    mod = require(file);
  } catch (e) {
    // ESM is a local extra (contract §1.2): fall back to import() when require() cannot load the file.
    if (!e || (e.code !== 'ERR_REQUIRE_ESM' && e.code !== 'ERR_REQUIRE_ASYNC_MODULE')) throw e;
    mod = await import(require('node:url').pathToFileURL(file).href);
  }
  const fn = mod && typeof mod[name] === 'function' ? mod[name] : mod && mod.default && mod.default[name];
  if (typeof fn !== 'function') {
    throw configError(
      'FunctionConfigError',
      `${kind} '${name}' not found in module './${path.relative(config.codeDir, file)}'`,
    );
  }
  return fn;
}

// Calls fn(...args, callback) and settles on the callback, a returned Promise, or (sync style, when the
// function does not take the callback) its return value.
function callStyled(fn, args, takesCallback) {
  return new Promise((resolve, reject) => {
    let done = false;
    const cb = (err, data) => {
      if (done) return;
      done = true;
      if (err !== null && err !== undefined) reject(err);
      else resolve(data);
    };
    let r;
    try {
      r = fn(...args, cb);
    } catch (e) {
      done = true;
      reject(e);
      return;
    }
    if (r && typeof r.then === 'function') {
      r.then(
        (v) => cb(null, v),
        (e) => cb(e === null || e === undefined ? new Error(String(e)) : e),
      );
    } else if (!takesCallback) {
      done = true;
      resolve(r);
    }
  });
}

async function start(msg) {
  config = msg;
  tracksContext = msg.concurrency > 1;
  const t0 = performance.now();
  try {
    handlerFn = await loadExport(msg.handler, 'handler');
    const n = handlerFn.length;
    const ok = msg.legacyNode ? n === 3 : n === 2 || n === 3;
    if (!ok) {
      const want = msg.legacyNode ? '3' : '2 or 3';
      throw configError('FunctionLoadError', `handler expect to have ${want} parameters, but received ${n}`);
    }
  } catch (e) {
    const own = e && (e.name === 'FunctionConfigError' || e.name === 'FunctionLoadError');
    // The user's module failed while loading (syntax error, bad require): keep its error class visible.
    const shown =
      own || !(e instanceof Error)
        ? e
        : Object.assign(new Error(`${e.name}: ${e.message}`), { stack: e.stack });
    send({
      t: 'ready',
      code: 'FSS.4001',
      error: errorJson('function entry exception', shown, own ? e.name : 'FunctionLoadError'),
    });
    return;
  }
  const loadMs = performance.now() - t0;
  send({ t: 'loaded', loadMs });
  if (!msg.initializer) {
    send({ t: 'ready' });
    return;
  }
  const t1 = performance.now();
  try {
    const init = await loadExport(msg.initializer.handler, 'initializer');
    if (init.length !== 2) {
      throw configError(
        'FunctionConfigError',
        `initializer expect to have 2 parameters, but received ${init.length}`,
      );
    }
    const ctx = makeContext('', '', Date.now());
    await inRequest('', () => callStyled(init, [ctx], true));
  } catch (e) {
    send({ t: 'ready', code: 'FSS.4009', error: errorJson('function initialization exception', e) });
    return;
  }
  send({ t: 'ready', initMs: performance.now() - t1 });
}

function serialise(value) {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

async function invoke(msg) {
  flush();
  const id = msg.id;
  const startedAt = Date.now();
  const t0 = performance.now();
  let settleExternal;
  const external = new Promise((_, reject) => (settleExternal = reject));
  active.set(id, { fail: settleExternal });
  const ctx = makeContext(id, msg.alias, startedAt);
  let reply;
  try {
    const value = await Promise.race([
      inRequest(id, () => callStyled(handlerFn, [msg.event, ctx], handlerFn.length >= 3)),
      external,
    ]);
    let body;
    try {
      body = serialise(value);
    } catch (e) {
      reply = { code: 'FSS.4007', error: errorJson('function result is invalid', e, 'TypeError') };
    }
    if (!reply && Buffer.byteLength(body) > MAX_RESULT_BYTES) {
      reply = {
        code: 'FSS.4004',
        error: {
          errorMessage: 'the return value of the function exceeds the maximum allowed limit',
          errorType: '',
          stackTrace: [],
        },
      };
    }
    if (!reply) reply = { ok: true, body };
  } catch (e) {
    reply = { code: 'FSS.4002', error: errorJson('function invocation exception', e) };
  }
  active.delete(id);
  send({ t: 'result', id, ms: performance.now() - t0, ...reply });
  const next = backlog.shift();
  if (next) void invoke(next);
}

function withdraw(id) {
  const i = backlog.findIndex((m) => m.id === id);
  if (i < 0) return; // started already: its result comes as usual
  backlog.splice(i, 1);
  send({ t: 'withdrawn', id });
}

// An error thrown outside the handler's promise chain fails the request it belongs to, if any.
function stray(err) {
  const store = als.getStore();
  const id = store ? store.id : currentId();
  const entry = id ? active.get(id) : undefined;
  if (entry) entry.fail(err);
  else emit('', 'ERROR', err instanceof Error ? err.stack || err.message : util.inspect(err));
}
process.on('uncaughtException', stray);
process.on('unhandledRejection', stray);

// Chunks of a large frame (a 6 MB event) are joined once, when the frame is complete.
let chunks = [];
let size = 0;
let need = -1;
function joined() {
  if (chunks.length > 1) chunks = [Buffer.concat(chunks, size)];
  return chunks[0];
}
chan.on('data', (chunk) => {
  chunks.push(chunk);
  size += chunk.length;
  for (;;) {
    if (need < 0) {
      if (size < 4) return;
      need = joined().readUInt32BE(0);
    }
    if (size < 4 + need) return;
    const buf = joined();
    const msg = JSON.parse(buf.toString('utf8', 4, 4 + need));
    const rest = buf.subarray(4 + need);
    chunks = rest.length ? [rest] : [];
    size = rest.length;
    need = -1;
    if (msg.t === 'invoke') {
      if (!tracksContext && active.size > 0) backlog.push(msg);
      else void invoke(msg);
    } else if (msg.t === 'withdraw') withdraw(msg.id);
    else if (msg.t === 'start') void start(msg);
  }
});
// The manager went away: nothing can be answered any more.
chan.on('close', () => process.exit(0));
chan.on('error', () => process.exit(0));
