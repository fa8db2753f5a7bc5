/**
 * Content-addressed code blobs under `<dataDir>/blobs/<aa>/<sha512 hex>`. The digest is the seed's `digest`
 * field (SHA-512 hex of the package, seed 7.6.4). Writes are atomic: temp file + fsync + rename + directory fsync,
 * so a blob named in the database is complete even after `kill -9`.
 *
 * @example
 * const blobs = createBlobStore(settings.dataDir);
 * const { digest, size } = blobs.putBlob(zipBytes);
 * const bytes = blobs.readBlob(digest);
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface BlobRef {
  digest: string;
  size: number;
}

export interface BlobStore {
  readonly root: string;
  putBlob: (bytes: Uint8Array) => BlobRef;
  readBlob: (digest: string) => Buffer;
  blobPath: (digest: string) => string;
  hasBlob: (digest: string) => boolean;
  /** Every stored digest (sorted); for diagnostics, tests and the sweeper (blob-sweeper.ts). */
  listBlobs: () => string[];
  /** Removes a blob (no error when it is already gone). */
  deleteBlob: (digest: string) => void;
}

const DIGEST = /^[0-9a-f]{128}$/;

export function sha512Hex(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('hex');
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function createBlobStore(dataDir: string): BlobStore {
  const root = path.join(dataDir, 'blobs');
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });

  const blobPath = (digest: string): string => {
    if (!DIGEST.test(digest)) throw new Error(`not a SHA-512 hex digest: ${digest.slice(0, 20)}`);
    return path.join(root, digest.slice(0, 2), digest);
  };

  return {
    root,
    blobPath,
    hasBlob: (digest) => DIGEST.test(digest) && fs.existsSync(blobPath(digest)),
    putBlob(bytes) {
      const digest = sha512Hex(bytes);
      const target = blobPath(digest);
      if (fs.existsSync(target)) return { digest, size: bytes.byteLength };
      const dir = path.dirname(target);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const tmp = path.join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
      const fd = fs.openSync(tmp, 'w', 0o600);
      try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, target);
      fsyncDir(dir);
      return { digest, size: bytes.byteLength };
    },
    readBlob: (digest) => fs.readFileSync(blobPath(digest)),
    deleteBlob: (digest) => {
      fs.rmSync(blobPath(digest), { force: true });
    },
    listBlobs() {
      const out: string[] = [];
      for (const sub of fs.readdirSync(root)) {
        const dir = path.join(root, sub);
        if (!fs.statSync(dir).isDirectory()) continue;
        for (const name of fs.readdirSync(dir)) if (DIGEST.test(name)) out.push(name);
      }
      return out.sort();
    },
  };
}
