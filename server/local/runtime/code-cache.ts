import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** A ZIP that cannot become a code dir (zip-slip entry, corrupt archive). */
export class CodePackageError extends Error {
  override name = 'CodePackageError';
}

/** A ZIP entry name as a safe relative path, or an error when it would escape the extraction root. */
export function safeEntryPath(name: string): string {
  const unified = name.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified) || unified.includes('\0')) {
    throw new CodePackageError(`code package entry '${name}' is an absolute path`);
  }
  const parts = unified.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new CodePackageError(`code package entry '${name}' escapes the code root`);
  return parts.join('/');
}

function dirName(digest: string): string {
  // Digests come from our own store (hex); anything else is hashed so it can never shape a path.
  return /^[A-Za-z0-9_-]{1,160}$/.test(digest) ? digest : createHash('sha256').update(digest).digest('hex');
}

/**
 * Extracts ZIPs once into `<root>/<digest>/`, shared by every instance. Extraction goes to a temporary
 * sibling and is renamed into place, so a crash never leaves a half-written code dir behind.
 */
export class CodeCache {
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly root: string) {}

  dirFor(digest: string): string {
    return path.join(this.root, dirName(digest));
  }

  async ensure(digest: string, load: () => Promise<Uint8Array> | Uint8Array): Promise<string> {
    const dir = this.dirFor(digest);
    if (fs.existsSync(dir)) return dir;
    let job = this.pending.get(dir);
    if (!job) {
      job = this.extract(dir, load).finally(() => this.pending.delete(dir));
      this.pending.set(dir, job);
    }
    return job;
  }

  private async extract(dir: string, load: () => Promise<Uint8Array> | Uint8Array): Promise<string> {
    const bytes = await load();
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (e) {
      throw new CodePackageError(`code package is not a valid ZIP: ${(e as Error).message}`);
    }
    // Validate every name before writing anything.
    const files: [string, Uint8Array][] = [];
    for (const [name, data] of Object.entries(entries)) {
      const rel = safeEntryPath(name);
      if (rel && !name.endsWith('/')) files.push([rel, data]);
    }
    fs.mkdirSync(this.root, { recursive: true });
    // Node looks for the nearest package.json above a .js file to decide between CommonJS and ESM. The code root
    // is /opt/function/code on FunctionGraph, with nothing above it; here the data dir may sit inside a project
    // whose package.json says "type": "module". This boundary makes packages without their own package.json
    // CommonJS, as they are on the platform.
    const boundary = path.join(this.root, 'package.json');
    if (!fs.existsSync(boundary)) fs.writeFileSync(boundary, '{"type":"commonjs"}\n');
    const tmp = `${dir}.tmp-${randomBytes(6).toString('hex')}`;
    try {
      fs.mkdirSync(tmp);
      for (const [rel, data] of files) {
        const target = path.join(tmp, rel);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, data);
      }
      try {
        fs.renameSync(tmp, dir);
      } catch (e) {
        // Another process extracted the same digest first: theirs is identical.
        if (!fs.existsSync(dir)) throw e;
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    return dir;
  }
}
