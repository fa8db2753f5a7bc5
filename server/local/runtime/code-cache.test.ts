import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeCache, CodePackageError, safeEntryPath } from './code-cache';
import { zipOf } from './test-support';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.mkdtempSync(`${os.tmpdir()}/fg-`);
  dirs.push(d);
  return d;
}

describe('code cache', () => {
  it('accepts ordinary relative entry names and rejects every escaping form', () => {
    expect(safeEntryPath('src/index.js')).toBe('src/index.js');
    expect(safeEntryPath('./a//b.js')).toBe('a/b.js');
    for (const bad of ['../x.js', 'a/../../x.js', '/etc/passwd', '..\\x.js', 'C:/x.js', 'a/..']) {
      expect(() => safeEntryPath(bad)).toThrow(CodePackageError);
    }
  });

  it('extracts once into <root>/<digest>, leaves no temporary dir, and writes nothing for a zip-slip package', async () => {
    const root = `${tempDir()}/code`;
    const cache = new CodeCache(root);
    let loads = 0;
    const zip = zipOf({ 'index.js': 'ok', 'lib/util.js': 'util' });
    const [a, b] = await Promise.all([
      cache.ensure('abc', () => (loads++, zip)),
      cache.ensure('abc', () => (loads++, zip)),
    ]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    expect(fs.readFileSync(`${a}/lib/util.js`, 'utf8')).toBe('util');
    expect(fs.readdirSync(root).sort()).toEqual(['abc', 'package.json']); // the CommonJS boundary beside the code dirs
    await expect(cache.ensure('evil', () => zipOf({ 'ok.js': 'x', '../../pwned.js': 'x' }))).rejects.toThrow(
      /escapes the code root/,
    );
    expect(fs.readdirSync(root).sort()).toEqual(['abc', 'package.json']);
    await expect(cache.ensure('junk', () => new Uint8Array([1, 2, 3]))).rejects.toThrow(CodePackageError);
    // A digest that is not a plain token never becomes a path segment as is.
    expect(cache.dirFor('../../x')).not.toContain('..');
  });
});
