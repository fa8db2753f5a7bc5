/**
 * A function's `.js` files are CommonJS, as on FunctionGraph, even when the data dir lies inside a project whose
 * package.json says `"type": "module"` (`.fgdata/` in this repository); a package that ships its own
 * package.json with `"type": "module"` still gets ESM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuntimeManager } from './runtime-manager';
import { call, specOf } from './test-support';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-esm-project-'));
fs.writeFileSync(path.join(project, 'package.json'), '{"type":"module"}\n');
const rm = new RuntimeManager({ dataDir: path.join(project, '.fgdata', 'runtime') });

afterAll(async () => {
  await rm.close();
  fs.rmSync(project, { recursive: true, force: true });
});

describe('module type of function code', () => {
  it('loads CommonJS handlers inside an ESM project', async () => {
    const out = await rm.invoke(
      specOf('Node.js18.15', { 'index.js': 'exports.handler = async (event, context) => "cjs ok";' }),
      call(),
    );
    expect(out).toMatchObject({ status: 'success', result: 'cjs ok' });
  });

  it('still honours a package.json of the function itself', async () => {
    const out = await rm.invoke(
      specOf('Node.js18.15', {
        'package.json': '{"type":"module"}',
        'index.js': 'export const handler = async (event, context) => "esm ok";',
      }),
      call(),
    );
    expect(out).toMatchObject({ status: 'success', result: 'esm ok' });
  });
});
