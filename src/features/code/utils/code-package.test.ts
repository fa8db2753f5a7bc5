import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDIT_LIMIT_BYTES, packPackage, unpackPackage } from './code-package';

/** Path → hex of the bytes: compares content, not the Uint8Array's realm (jsdom and Node each have one). */
const hex = (files: Record<string, Uint8Array>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString('hex')]));

function unpackOk(zip: Uint8Array) {
  const result = unpackPackage(zip);
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}`);
  return result;
}

describe('code package zip/unzip', () => {
  it('round-trips every file byte for byte, text and binary, BOM and CRLF included', () => {
    const files: Record<string, Uint8Array> = {
      'index.js': strToU8("exports.handler = async () => 'hi';\n"),
      'lib/util.js': strToU8('\uFEFFmodule.exports = 1;\r\n'),
      'data/blob.bin': new Uint8Array([0, 1, 2, 255, 254, 0]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]), // not UTF-8: kept as binary
    };
    const first = unpackOk(zipSync(files));
    expect(Object.keys(first.snapshot.texts).sort()).toEqual(['index.js', 'lib/util.js']);
    expect(Object.keys(first.snapshot.binaries).sort()).toEqual(['data/blob.bin', 'latin1.txt']);
    const again = unpackOk(packPackage(first.snapshot, first));
    expect(hex(again.originals)).toEqual(hex(files));
  });

  it('round-trips generated packages (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}(\/[a-z][a-z0-9_]{0,8}){0,2}\.(js|py|bin)$/);
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.uint8Array({ maxLength: 300 }), { minKeys: 1, maxKeys: 6 }),
        (files) => {
          // A path cannot be both a file and a folder in a ZIP tree.
          const paths = Object.keys(files);
          fc.pre(!paths.some((a) => paths.some((b) => b.startsWith(`${a}/`))));
          const first = unpackOk(zipSync(files));
          expect(hex(unpackOk(packPackage(first.snapshot, first)).originals)).toEqual(hex(files));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes edited files as UTF-8 and keeps empty folders out of the ZIP', () => {
    const first = unpackOk(zipSync({ 'index.py': strToU8('def handler(e, c):\n    return 1\n') }));
    const edited = {
      ...first.snapshot,
      texts: { ...first.snapshot.texts, 'index.py': 'def handler(e, c):\n    return "é"\n' },
      folders: ['empty'],
    };
    const out = unpackOk(packPackage(edited, first));
    expect(out.snapshot.texts['index.py']).toBe('def handler(e, c):\n    return "é"\n');
    expect(Object.keys(out.originals)).toEqual(['index.py']);
  });

  it('refuses to inflate a package above the edit limit (read-only instead)', () => {
    const big = new Uint8Array(EDIT_LIMIT_BYTES + 1); // zeros compress to almost nothing
    const result = unpackPackage(zipSync({ 'big.bin': big }, { level: 9 }));
    expect(result).toEqual({ kind: 'too-large', unpackedBytes: EDIT_LIMIT_BYTES + 1, files: 1 });
  });

  it('reports a package that is not a ZIP', () => {
    expect(unpackPackage(strToU8('not a zip at all')).kind).toBe('invalid');
  });
});
