/** Files of two code packages (base64 ZIPs), paired by path for the diff view. */
import { unzipSync } from 'fflate';

export type FileStatus = 'added' | 'removed' | 'modified' | 'unchanged';

export interface FileDiff {
  path: string;
  status: FileStatus;
  original: string;
  modified: string;
  /** Not UTF-8 text: shown as changed/unchanged without a line diff. */
  binary: boolean;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function readFiles(
  zipBase64: string | undefined,
): Map<string, { text: string; binary: boolean; bytes: Uint8Array }> {
  const files = new Map<string, { text: string; binary: boolean; bytes: Uint8Array }>();
  if (!zipBase64) return files;
  const entries = unzipSync(base64ToBytes(zipBase64));
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.endsWith('/')) continue; // directory entries
    try {
      files.set(path, { text: decoder.decode(bytes), binary: false, bytes });
    } catch {
      files.set(path, { text: '', binary: true, bytes });
    }
  }
  return files;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Every path in either package, sorted, changed files first. */
export function diffPackages(original: string | undefined, modified: string | undefined): FileDiff[] {
  const a = readFiles(original);
  const b = readFiles(modified);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const rows = paths.map((path): FileDiff => {
    const left = a.get(path);
    const right = b.get(path);
    const status: FileStatus = !left
      ? 'added'
      : !right
        ? 'removed'
        : sameBytes(left.bytes, right.bytes)
          ? 'unchanged'
          : 'modified';
    return {
      path,
      status,
      original: left?.text ?? '',
      modified: right?.text ?? '',
      binary: Boolean(left?.binary ?? right?.binary),
    };
  });
  const rank = (s: FileStatus) => (s === 'unchanged' ? 1 : 0);
  return rows.sort((x, y) => rank(x.status) - rank(y.status) || x.path.localeCompare(y.path));
}
