/**
 * The file format of function export/import (seed 7.12; the seed leaves the export body unspecified, api-digest
 * §2.20). The local server uses:
 * - code only (`type=code`, `code=true`): the function's code package as is (a zip);
 * - config only (`type=config`, `config=true`): a JSON document (`ExportedConfig`);
 * - both (`code=true&config=true`): a zip with `function.json` (the config) and the code files under `code/`.
 * Import accepts the last form, or a plain code zip (then runtime and handler are inferred from the files).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FunctionConfig } from '../store/function-types';

export const CONFIG_FILE = 'function.json';
export const CODE_DIR = 'code/';
const MTIME = new Date('2020-01-01T00:00:00Z');

export interface ExportedConfig extends Record<string, unknown> {
  func_name: string;
  package: string;
  runtime: string;
  handler: string;
  memory_size: number;
  timeout: number;
}

/** Config as exported: the stored config without secrets (`encrypted_user_data` stays in the source account). */
export function exportedConfig(
  name: string,
  pkg: string,
  config: FunctionConfig,
  codeFilename: string,
): ExportedConfig {
  const { encrypted_user_data: _secret, ...rest } = config;
  return { func_name: name, package: pkg, ...rest, code_type: 'zip', code_filename: codeFilename };
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** `function.json` + `code/…` from the config and the code package (a zip; other bytes become one file). */
export function bundle(config: ExportedConfig, code: Uint8Array, codeFilename: string): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    [CONFIG_FILE]: [strToU8(JSON.stringify(config, null, 2) + '\n'), { mtime: MTIME }],
  };
  if (isZip(code)) {
    for (const [name, bytes] of Object.entries(unzipSync(code))) {
      if (!name.endsWith('/')) files[CODE_DIR + name] = [bytes, { mtime: MTIME }];
    }
  } else {
    files[CODE_DIR + (codeFilename || 'code')] = [code, { mtime: MTIME }];
  }
  return zipSync(files);
}

export interface ImportedPackage {
  /** Config from `function.json`, when the zip has one. */
  config?: Record<string, unknown>;
  /** The code package to store (a zip). */
  code: Uint8Array;
}

export class PackageFormatError extends Error {}

/** Splits an imported zip into config and code. */
export function unbundle(bytes: Uint8Array): ImportedPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new PackageFormatError('file_code is not a zip file');
  }
  const configBytes = files[CONFIG_FILE];
  if (!configBytes) return { code: bytes };
  let config: unknown;
  try {
    config = JSON.parse(strFromU8(configBytes));
  } catch {
    throw new PackageFormatError(`${CONFIG_FILE} is not valid JSON`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    throw new PackageFormatError(`${CONFIG_FILE} must hold a JSON object`);
  const code: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, content] of Object.entries(files)) {
    if (name.startsWith(CODE_DIR) && name.length > CODE_DIR.length && !name.endsWith('/'))
      code[name.slice(CODE_DIR.length)] = [content, { mtime: MTIME }];
  }
  if (Object.keys(code).length === 0)
    throw new PackageFormatError(`the zip has ${CONFIG_FILE} but no ${CODE_DIR} files`);
  return { config: config as Record<string, unknown>, code: zipSync(code) };
}

/** Runtime and handler for a plain code zip: `index.py` → Python, `index.js` → Node.js (the first script otherwise). */
export function inferRuntime(code: Uint8Array): { runtime: string; handler: string } | undefined {
  const names = Object.keys(unzipSync(code, { filter: (f) => !f.name.includes('/') }));
  const pick = (ext: string) =>
    names.includes(`index${ext}`) ? 'index' : names.find((n) => n.endsWith(ext))?.slice(0, -ext.length);
  const py = pick('.py');
  if (py) return { runtime: 'Python3.9', handler: `${py}.handler` };
  const js = pick('.js');
  if (js) return { runtime: 'Node.js18.15', handler: `${js}.handler` };
  return undefined;
}
