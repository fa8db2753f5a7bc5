/**
 * Turning a request's code (seed 7.6.2/7.6.5: `func_code.file` base64, or `code_url` for obs) into a stored blob.
 * Limits (seed 9.2): inline ≤ 10 KB (413 FSS.1072), package ≤ 50 MB (413 FSS.1071). Packages must be ZIP/JAR
 * archives with safe entry names (400 FSS.1011), because the runtime extracts them.
 */
import { unzipSync, zipSync } from 'fflate';
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import { sha512Hex } from '../store/blobs';
import type { PendingCode } from '../store/function-types';
import { badRequest } from './validation';
import { isScriptRuntime } from './function-schemas';

export const INLINE_LIMIT = 10 * 1024;
export const PACKAGE_LIMIT = 50 * 1024 * 1024;
const OBS_TIMEOUT_MS = 15_000;
/** Fixed entry time so the same default code always has the same digest. */
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

export interface CodeInput {
  codeType: string;
  codeUrl?: string | undefined;
  codeFilename?: string | undefined;
  file?: string | undefined;
}

function decodeBase64(file: string): Uint8Array {
  const compact = file.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw badRequest('FSS.1011', 'func_code.file must be base64.');
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** Validates the archive's central directory without inflating anything (no zip bombs). */
export function checkArchive(bytes: Uint8Array): void {
  let entries = 0;
  let problem: string | undefined;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        const name = file.name.replaceAll('\\', '/');
        if (
          name.startsWith('/') ||
          /^[A-Za-z]:/.test(name) ||
          name.split('/').includes('..') ||
          name.includes('\0')
        )
          problem = `unsafe entry name "${file.name.slice(0, 100)}"`;
        return false;
      },
    });
  } catch (error) {
    throw badRequest('FSS.1011', `The package is not a valid ZIP/JAR archive (${(error as Error).message}).`);
  }
  if (problem) throw badRequest('FSS.1011', `The package has an ${problem}.`);
  if (entries === 0) throw badRequest('FSS.1011', 'The package is an empty archive.');
}

function checkSize(codeType: string, size: number): void {
  if (codeType === 'inline' && size > INLINE_LIMIT)
    throw new HttpError(
      413,
      'FSS.1072',
      'The size of the inline code exceeds the maximum allowed limit (10 KB).',
    );
  if (size > PACKAGE_LIMIT)
    throw new HttpError(
      413,
      'FSS.1071',
      'The size of the code package to be uploaded exceeds the maximum allowed limit (50 MB).',
    );
}

function checkFilename(codeType: string, filename: string | undefined): void {
  if (!filename) return;
  if (!/^[^/\\\0]{1,255}$/.test(filename)) throw badRequest('FSS.1013', 'code_filename must be a file name.');
  if (codeType === 'zip' && !/\.zip$/i.test(filename))
    throw badRequest('FSS.1013', 'code_filename must end with .zip.');
  if (codeType === 'jar' && !/\.(jar|zip)$/i.test(filename))
    throw badRequest('FSS.1013', 'code_filename must end with .jar or .zip.');
}

/** Default hello-world code for the handler's file and function (seed: empty func_code.file → default code). */
export function defaultCode(runtime: string, handler: string): Uint8Array | undefined {
  const dot = handler.lastIndexOf('.');
  const file = handler.slice(0, dot);
  const method = handler.slice(dot + 1);
  if (runtime.startsWith('Node.js')) {
    const source = [
      `exports.${method} = async (event, context) => {`,
      `  const output = {`,
      `    statusCode: 200,`,
      `    headers: { 'Content-Type': 'application/json' },`,
      `    isBase64Encoded: false,`,
      `    body: JSON.stringify(event),`,
      `  };`,
      `  return output;`,
      `};`,
      ``,
    ].join('\n');
    return zipSync({ [`${file}.js`]: new TextEncoder().encode(source) }, { mtime: ZIP_MTIME });
  }
  if (runtime.startsWith('Python')) {
    const source = [
      `# -*- coding:utf-8 -*-`,
      `import json`,
      ``,
      ``,
      `def ${method}(event, context):`,
      `    return {`,
      `        "statusCode": 200,`,
      `        "isBase64Encoded": False,`,
      `        "body": json.dumps(event),`,
      `        "headers": {"Content-Type": "application/json"},`,
      `    }`,
      ``,
    ].join('\n');
    return zipSync({ [`${file}.py`]: new TextEncoder().encode(source) }, { mtime: ZIP_MTIME });
  }
  return undefined;
}

async function download(deps: LocalDeps, url: string): Promise<Uint8Array> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('FSS.1010', 'code_url is not a URL.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw badRequest('FSS.1010', 'code_url must be an http(s) link to the package.');
  let response: Response;
  try {
    response = await deps.fetch(parsed, { signal: AbortSignal.timeout(OBS_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new HttpError(
      503,
      'FSS.1115',
      `The network is unreachable: the local FunctionGraph could not download code_url from ${parsed.host} (${cause}). Upload the package as a ZIP instead.`,
    );
  }
  if (response.status === 404 || response.status === 403)
    throw new HttpError(
      404,
      'FSS.1054',
      `The function code package does not exist at code_url (HTTP ${String(response.status)}).`,
    );
  if (!response.ok) throw badRequest('FSS.1010', `code_url answered HTTP ${String(response.status)}.`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > PACKAGE_LIMIT) checkSize('obs', declared);
  const bytes = new Uint8Array(await response.arrayBuffer());
  checkSize('obs', bytes.byteLength);
  return bytes;
}

/**
 * Resolves and checks the code of a create/update-code request. Nothing is written: the store puts the bytes
 * into the blob store inside the transaction that references them, after its own checks passed.
 */
export async function prepareCode(
  deps: LocalDeps,
  input: CodeInput,
  /** Runtime and handler for the default code (create only); undefined → an empty file is FSS.1012. */
  defaults?: { runtime: string; handler: string },
): Promise<PendingCode> {
  const { codeType } = input;
  if (codeType === 'Custom-Image-Swr')
    return { codeType, codeUrl: '', codeFilename: '', digest: '', size: 0 };
  checkFilename(codeType, input.codeFilename);
  if (codeType === 'obs') {
    if (!input.codeUrl) throw badRequest('FSS.1010', 'code_url is required when code_type is obs.');
    const bytes = await download(deps, input.codeUrl);
    checkArchive(bytes);
    const ref = { digest: sha512Hex(bytes), size: bytes.byteLength, bytes };
    const fromUrl = decodeURIComponent(new URL(input.codeUrl).pathname.split('/').pop() ?? '') || 'code.zip';
    return { codeType, codeUrl: input.codeUrl, codeFilename: input.codeFilename ?? fromUrl, ...ref };
  }
  let bytes: Uint8Array;
  let filename = input.codeFilename;
  if (input.file) {
    bytes = decodeBase64(input.file);
  } else {
    const fallback =
      defaults && isScriptRuntime(defaults.runtime)
        ? defaultCode(defaults.runtime, defaults.handler)
        : undefined;
    if (!fallback)
      throw badRequest(
        'FSS.1012',
        defaults
          ? `func_code.file is empty and ${defaults.runtime} has no default code.`
          : 'func_code.file is empty.',
      );
    bytes = fallback;
    filename ??= 'index.zip';
  }
  checkSize(codeType, bytes.byteLength);
  checkArchive(bytes);
  const ref = { digest: sha512Hex(bytes), size: bytes.byteLength, bytes };
  return {
    codeType,
    codeUrl: '',
    codeFilename: filename ?? (codeType === 'jar' ? 'code.jar' : 'index.zip'),
    ...ref,
  };
}
