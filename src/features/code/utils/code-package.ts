/**
 * A function's code package (seed 7.6.4: `func_code.file`, a base64 ZIP) as an editable project: text files as
 * strings, binary files kept as bytes, and the original bytes of every file so that files the user did not
 * touch go back into the ZIP byte for byte.
 */
import { unzipSync, zipSync } from 'fflate';

/** Above this unpacked size the package opens read-only: Monaco and the tree would crawl (and fflate is sync). */
export const EDIT_LIMIT_BYTES = 20 * 1024 * 1024;
export const EDIT_LIMIT_FILES = 2000;

export interface PackageSnapshot {
  /** Editable text files, path → content. */
  texts: Record<string, string>;
  /** Binary files (not valid UTF-8 or containing NUL), path → bytes; shown but not editable. */
  binaries: Record<string, Uint8Array>;
  /** Folders the user created that hold no file yet (not written to the ZIP). */
  folders: string[];
}

export type UnpackResult =
  | { kind: 'ok'; snapshot: PackageSnapshot; originals: Record<string, Uint8Array> }
  | { kind: 'too-large'; unpackedBytes: number; files: number }
  | { kind: 'invalid'; message: string };

export const emptySnapshot = (): PackageSnapshot => ({ texts: {}, binaries: {}, folders: [] });

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Unpacks a ZIP; checks sizes from the central directory first, so a huge package is never inflated. */
export function unpackPackage(zip: Uint8Array): UnpackResult {
  if (zip.byteLength === 0) return { kind: 'ok', snapshot: emptySnapshot(), originals: {} };
  let unpackedBytes = 0;
  let files = 0;
  try {
    unzipSync(zip, {
      filter: (file) => {
        if (!file.name.endsWith('/')) {
          files += 1;
          unpackedBytes += file.originalSize;
        }
        return false;
      },
    });
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  if (unpackedBytes > EDIT_LIMIT_BYTES || files > EDIT_LIMIT_FILES)
    return { kind: 'too-large', unpackedBytes, files };
  const entries = unzipSync(zip);
  const snapshot = emptySnapshot();
  const originals: Record<string, Uint8Array> = {};
  const folders = new Set<string>();
  for (const [rawName, bytes] of Object.entries(entries)) {
    const name = rawName.replaceAll('\\', '/');
    if (name.endsWith('/')) {
      folders.add(name.slice(0, -1));
      continue;
    }
    originals[name] = bytes;
    const text = decodeText(bytes);
    if (text === null) snapshot.binaries[name] = bytes;
    else snapshot.texts[name] = text;
  }
  // Directory entries that hold files are implied by the paths; keep only the empty ones.
  const paths = [...Object.keys(snapshot.texts), ...Object.keys(snapshot.binaries)];
  snapshot.folders = [...folders].filter((f) => !paths.some((p) => p.startsWith(`${f}/`))).sort();
  return { kind: 'ok', snapshot, originals };
}

/**
 * Packs a snapshot into a ZIP. A text file equal to its baseline is written with its original bytes (line
 * endings, BOM and encoding stay exactly as uploaded); edited files are UTF-8.
 */
export function packPackage(
  snapshot: PackageSnapshot,
  baseline?: { snapshot: PackageSnapshot; originals: Record<string, Uint8Array> },
): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(snapshot.texts)) {
    const original = baseline?.originals[path];
    entries[path] = original && baseline.snapshot.texts[path] === text ? original : encoder.encode(text);
  }
  for (const [path, bytes] of Object.entries(snapshot.binaries)) entries[path] = bytes;
  // Fixed mtime: the same tree always gives the same ZIP (and the same digest on the server).
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

export function packageSize(snapshot: PackageSnapshot): number {
  let total = 0;
  for (const text of Object.values(snapshot.texts)) total += encoder.encode(text).byteLength;
  for (const bytes of Object.values(snapshot.binaries)) total += bytes.byteLength;
  return total;
}
