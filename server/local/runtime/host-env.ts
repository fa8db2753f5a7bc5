import path from 'node:path';
import type { FunctionInstanceSpec } from './types';

/** CPU share in millicores: about 200 + memory/128×100 (RUNTIME-CONTRACT §2.1, 256 MB → 400). */
export function cpuMillicores(memoryMB: number): number {
  return Math.round(200 + (memoryMB / 128) * 100);
}

/**
 * The complete environment of a function process: the user's variables, the preset RUNTIME_* variables
 * (RUNTIME-CONTRACT §3.1) and a minimal PATH/HOME/TMPDIR. Nothing of the server's own environment
 * (credentials, FG_LOCAL_SK, HUAWEICLOUD_*) is inherited.
 */
export function functionEnv(
  spec: FunctionInstanceSpec,
  opts: {
    interpreterDir: string;
    tmpDir: string;
    codeDir: string;
    depPaths: string[];
    kind: 'node' | 'python';
  },
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: [opts.interpreterDir, '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
    HOME: opts.tmpDir,
    TMPDIR: opts.tmpDir,
    LANG: 'C.UTF-8',
  };
  if (opts.depPaths.length) {
    env[opts.kind === 'node' ? 'NODE_PATH' : 'PYTHONPATH'] = opts.depPaths.join(path.delimiter);
  }
  Object.assign(env, spec.env);
  // Preset variables win over user ones: users cannot define them (RUNTIME-CONTRACT §3.1).
  Object.assign(env, {
    RUNTIME_PROJECT_ID: spec.meta.projectId,
    RUNTIME_FUNC_NAME: spec.meta.functionName,
    RUNTIME_FUNC_VERSION: spec.meta.version,
    RUNTIME_PACKAGE: spec.meta.package,
    RUNTIME_HANDLER: spec.handler,
    RUNTIME_TIMEOUT: String(spec.timeoutS),
    RUNTIME_USERDATA: JSON.stringify(spec.env),
    RUNTIME_CPU: String(cpuMillicores(spec.memoryMB)),
    RUNTIME_MEMORY: String(spec.memoryMB),
    RUNTIME_MAX_RESP_BODY_SIZE: '6291456',
    RUNTIME_ROOT: '/home/snuser/runtime',
    // The real service's root is /opt/function/code; locally code that locates its files must find them.
    RUNTIME_CODE_ROOT: opts.codeDir,
    RUNTIME_LOG_DIR: '/home/snuser/log',
  });
  if (spec.initializer) {
    env.RUNTIME_INITIALIZER_HANDLER = spec.initializer.handler;
    env.RUNTIME_INITIALIZER_TIMEOUT = String(spec.initializer.timeoutS);
  }
  return env;
}

/** Identity of a spec's content: a change under the same key means new instances are needed. */
export function specFingerprint(spec: FunctionInstanceSpec): string {
  // Every invocation asks; the invoker reuses its spec objects, whose content fields are never changed in place.
  let fp = fingerprints.get(spec);
  if (fp === undefined) {
    fp = computeFingerprint(spec);
    fingerprints.set(spec, fp);
  }
  return fp;
}

const fingerprints = new WeakMap<FunctionInstanceSpec, string>();

function computeFingerprint(spec: FunctionInstanceSpec): string {
  return JSON.stringify([
    spec.runtime,
    spec.handler,
    spec.codeDigest,
    spec.memoryMB,
    spec.timeoutS,
    spec.env,
    spec.encryptedEnv ?? {},
    spec.initializer ?? null,
    spec.concurrencyPerInstance,
    (spec.dependencyZips ?? []).map((d) => d.digest),
    spec.meta,
  ]);
}
