/**
 * The code a blank function starts with, per runtime family (RUNTIME-CONTRACT.md: handler `(event, context)`),
 * and packing it as the base64 ZIP the create API takes (seed 7.6.2 `func_code.file`; inline code is a ZIP).
 */
import { strToU8, zipSync } from 'fflate';

export interface StarterCode {
  file: string;
  source: string;
}

export function starterCode(runtime: string, handler: string): StarterCode | undefined {
  const [file = 'index', method = 'handler'] = splitHandler(handler);
  if (runtime.startsWith('Node.js'))
    return {
      file: `${file}.js`,
      source: `exports.${method} = async (event, context) => {
  const output = {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    isBase64Encoded: false,
    body: JSON.stringify(event),
  };
  return output;
};
`,
    };
  if (runtime.startsWith('Python'))
    return {
      file: `${file}.py`,
      source: `# -*- coding:utf-8 -*-
import json


def ${method}(event, context):
    return {
        "statusCode": 200,
        "isBase64Encoded": False,
        "body": json.dumps(event),
        "headers": {"Content-Type": "application/json"},
    }
`,
    };
  return undefined;
}

/** `dir/index.handler` → [`dir/index`, `handler`]. */
function splitHandler(handler: string): [string, string] | [] {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0 || dot === handler.length - 1) return [];
  return [handler.slice(0, dot), handler.slice(dot + 1)];
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * The package of a blank function. Node.js code is CommonJS (`exports.handler`); a package.json says so, so
 * that no enclosing `"type": "module"` (e.g. where a local runtime unpacks code) turns it into ESM.
 */
export function zipBase64(file: string, source: string): string {
  const files: Record<string, Uint8Array> = { [file]: strToU8(source) };
  if (file.endsWith('.js')) files['package.json'] = strToU8('{"type":"commonjs"}\n');
  return bytesToBase64(zipSync(files));
}
