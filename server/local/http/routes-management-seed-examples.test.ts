/**
 * The seed's own request examples (read from ../seed/functiongraph-api-reference.zh.txt) for the management
 * endpoints are accepted. Fixes applied, as api-digest §7 says: the OCR'd test-event content (`eyJrljoidi9` →
 * `eyJrIjoidiJ9`) and the placeholders `"xxx"` where a real base64 zip is required (dependency and import files).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, sampleZip } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerAsyncConfigRoutes } from './routes-async-config';
import { registerDependencyRoutes } from './routes-dependencies';
import { registerImportExportRoutes } from './routes-import-export';
import { registerReservedRoutes } from './routes-reserved';
import { registerTestEventRoutes } from './routes-test-events';
import { registerTracingRoutes } from './routes-tracing';
import { registerTriggerRoutes } from './routes-triggers';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/seed/functiongraph-api-reference.zh.txt',
);
const seedAvailable = fs.existsSync(SEED);
const lines = seedAvailable ? fs.readFileSync(SEED, 'utf8').split('\n') : [];

/**
 * The JSON bodies of the "请求示例" (request example) block that follows `fromLine` (1-based, the seed line of the
 * endpoint's heading): every POST/PUT line starts an example; its JSON may be split over several code fences.
 */
function examplesAfter(fromLine: number): { method: string; body: Record<string, unknown> }[] {
  const start = lines.findIndex((line, i) => i >= fromLine - 1 && line.includes('请求示例'));
  const end = lines.findIndex((line, i) => i > start && line.includes('响应示例'));
  const examples: { method: string; text: string[] }[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const method = /^\s*(POST|PUT)\s/.exec(line);
    if (method?.[1]) examples.push({ method: method[1], text: [] });
    else if (!line.startsWith('```') && !line.startsWith('- ')) examples.at(-1)?.text.push(line);
  }
  return examples
    .map(({ method, text }) => {
      const joined = text.join('\n');
      return { method, json: joined.slice(joined.indexOf('{'), joined.lastIndexOf('}') + 1) };
    })
    .filter(({ json }) => json !== '')
    .map(({ method, json }) => ({ method, body: JSON.parse(json) as Record<string, unknown> }));
}

const zip64 = Buffer.from(sampleZip()).toString('base64');
/** api-digest §7: OCR fix of the test-event content; real files for the `xxx` placeholders. */
function fixed(body: Record<string, unknown>): Record<string, unknown> {
  const out = { ...body };
  if (typeof out.content === 'string') out.content = 'eyJrIjoidiJ9';
  if (typeof out.depend_file === 'string') out.depend_file = zip64;
  if (typeof out.file_code === 'string') out.file_code = zip64;
  return out;
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function fresh(): { h: Harness; fn: string } {
  h = createHarness([
    registerTriggerRoutes,
    registerTestEventRoutes,
    registerTracingRoutes,
    registerAsyncConfigRoutes,
    registerReservedRoutes,
    registerDependencyRoutes,
    registerImportExportRoutes,
  ]);
  return { h, fn: encodeURIComponent(h.createFunction('seedfn')) };
}

describe.runIf(seedAvailable)('seed request examples', () => {
  it('7.13.3 create trigger: all eight examples → 201', async () => {
    const examples = examplesAfter(23454);
    expect(examples.map((e) => e.body.trigger_type_code)).toEqual([
      'OBS',
      'APIG',
      'DEDICATEDGATEWAY',
      'KAFKA',
      'TIMER',
      'LTS',
      'SMN',
      'EVENTGRID',
    ]);
    const { h: server, fn } = fresh();
    for (const example of examples) {
      // Two APIG examples share a path; the second one (dedicated gateway) gets its own so both can coexist.
      const body =
        example.body.trigger_type_code === 'DEDICATEDGATEWAY'
          ? { ...example.body, event_data: { ...(example.body.event_data as object), path: '/dedicated' } }
          : example.body;
      const r = await server.json<{ trigger_type_code: string }>('POST', `fgs/triggers/${fn}`, body);
      expect([r.status, r.body.trigger_type_code]).toEqual([201, example.body.trigger_type_code]);
    }
  });

  it('7.4.2 / 7.4.5 create and update a test event', async () => {
    const { h: server, fn } = fresh();
    const [create] = examplesAfter(5436);
    const created = await server.json<{ id: string }>(
      'POST',
      `fgs/functions/${fn}/events`,
      fixed(create?.body ?? {}),
    );
    expect(created.status).toBe(200);
    const [update] = examplesAfter(6158);
    const updated = await server.json(
      'PUT',
      `fgs/functions/${fn}/events/${created.body.id}`,
      fixed(update?.body ?? {}),
    );
    expect(updated.status).toBe(200);
  });

  it('7.5.2 tracing, 7.11.2 reserved instances, 7.15.3 async config', async () => {
    const { h: server, fn } = fresh();
    const [tracing] = examplesAfter(6724);
    expect((await server.json('PUT', `fgs/functions/${fn}/tracing`, tracing?.body)).status).toBe(200);
    const [reserved] = examplesAfter(21500);
    expect((await server.json('PUT', `fgs/functions/${fn}/reservedinstances`, reserved?.body)).status).toBe(
      200,
    );
    const [asyncConfig] = examplesAfter(31838);
    expect(
      (await server.json('PUT', `fgs/functions/${fn}/async-invoke-config`, asyncConfig?.body)).status,
    ).toBe(200);
  });

  it('7.3.2 / 7.3.3 / 7.3.9 dependencies (zip and obs)', async () => {
    for (const [line, target] of [
      [3287, 'fgs/dependencies'],
      [3464, 'fgs/dependencies/version'],
    ] as const) {
      const examples = examplesAfter(line);
      expect(examples.map((e) => e.body.depend_type)).toEqual(['zip', 'obs']);
      for (const example of examples) {
        const { h: server } = fresh();
        expect((await server.json('POST', target, fixed(example.body))).status).toBe(200);
        await server.close();
        h = undefined;
      }
    }
    const { h: server } = fresh();
    const created = await server.json<{ dep_id: string }>(
      'POST',
      'fgs/dependencies/version',
      fixed(examplesAfter(3464)[0]?.body ?? {}),
    );
    const [update] = examplesAfter(4999);
    expect(
      (await server.json('PUT', `fgs/dependencies/${created.body.dep_id}`, fixed(update?.body ?? {}))).status,
    ).toBe(200);
  });

  it('7.12.2 import', async () => {
    const { h: server } = fresh();
    const [example] = examplesAfter(22408);
    expect((await server.json('POST', 'fgs/functions/import', fixed(example?.body ?? {}))).status).toBe(200);
  });
});
