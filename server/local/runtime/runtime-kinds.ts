import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export type HostKind = 'node' | 'python';

/**
 * Which host runs a seed runtime (api-digest §2.0). Every Node.js version runs on the server's own Node,
 * every Python 3 on the local python3; the rest (Java, Go, C#, PHP, Cangjie, Python 2.7, Custom, http,
 * Custom Image) is not executed locally.
 */
export function hostKindOf(runtime: string): HostKind | null {
  if (runtime.startsWith('Node.js')) return 'node';
  if (/^Python3\.\d+$/.test(runtime)) return 'python';
  return null;
}

/** Node.js 6.10 handlers must declare exactly 3 parameters (RUNTIME-CONTRACT §1.2). */
export function isLegacyNode(runtime: string): boolean {
  return runtime === 'Node.js6.10';
}

export interface PythonInfo {
  executable: string;
  /** site-packages dirs; the host appends them itself because it runs with -S (see below). */
  sitePaths: string[];
}

const pythons = new Map<string, PythonInfo | null>();

/**
 * A python3 interpreter as an absolute path and its site-packages, resolved once per command: a pyenv
 * shim on PATH costs ~100 ms per spawn (common.md). Hosts run with `-S` because `.pth` files in
 * site-packages may import whole packages at every start (80 ms on the dev machine); the site dirs are
 * put on sys.path by the host instead. `null` when there is no such interpreter.
 */
export function resolvePython(command = 'python3'): PythonInfo | null {
  const known = pythons.get(command);
  if (known !== undefined) return known;
  let info: PythonInfo | null = null;
  try {
    const out = execFileSync(
      command,
      ['-c', 'import json, site, sys; print(json.dumps([sys.executable, site.getsitepackages()]))'],
      { encoding: 'utf8', timeout: 10_000 },
    );
    const [executable, sitePaths] = JSON.parse(out) as [string, string[]];
    if (executable) info = { executable, sitePaths };
  } catch {
    info = null;
  }
  pythons.set(command, info);
  return info;
}

let setpriv: string | null | undefined;

/**
 * util-linux `setpriv`, used as `setpriv --pdeathsig KILL <interpreter> …` so that a function process
 * dies with the server even when the server is killed outright (no 'exit' handler runs then, and a
 * busy host never reads the EOF on its channel). `null` when absent: hosts then rely on that EOF.
 */
export function resolveSetpriv(): string | null {
  if (setpriv === undefined)
    setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p)) ?? null;
  return setpriv;
}
