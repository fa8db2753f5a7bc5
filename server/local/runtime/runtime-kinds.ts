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

let python: string | null | undefined;

/**
 * The python3 interpreter as an absolute path, resolved once: a pyenv shim on PATH costs ~100 ms per
 * spawn (common.md). `null` when there is none.
 */
export function resolvePython(): string | null {
  if (python !== undefined) return python;
  try {
    const out = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
      timeout: 10_000,
    }).trim();
    python = out || null;
  } catch {
    python = null;
  }
  return python;
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
