import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { eventFor } from '../triggers/event-templates';
import { VALID_EVENT_DATA } from '../triggers/event-data-samples';
import { TRIGGER_TYPE_CODES } from '../triggers/trigger-types';
import { loadTemplates, PACKAGES_DIR } from './catalog';

const requireFrom = createRequire(import.meta.url);
const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8',
}).trim();

interface NodeHandlerModule {
  handler: (event: unknown, context: unknown) => Promise<Record<string, unknown>>;
}

function fakeContext(userData: Record<string, string> = {}) {
  const lines: string[] = [];
  const log = (text: string) => lines.push(text);
  return {
    lines,
    context: {
      getLogger: () => ({ info: log, warn: log, error: log, debug: log }),
      getRequestID: () => 'req-1',
      getFunctionName: () => 'demo',
      getVersion: () => 'latest',
      getRemainingTimeInMilliSeconds: () => 3000,
      getUserData: (key: string) => userData[key],
    },
  };
}

const nodeTemplate = (name: string) =>
  requireFrom(path.join(PACKAGES_DIR, name, 'index.js')) as NodeHandlerModule;

function runPython(name: string, event: unknown): Record<string, unknown> {
  const script = `
import json, logging, sys
sys.path.insert(0, sys.argv[1])
import index
class Ctx:
    def getLogger(self): return logging.getLogger("t")
    def getRequestID(self): return "req-1"
    def getFunctionName(self): return "demo"
    def getVersion(self): return "latest"
print(json.dumps(index.handler(json.loads(sys.argv[2]), Ctx())))
`;
  const out = execFileSync(PYTHON, ['-c', script, path.join(PACKAGES_DIR, name), JSON.stringify(event)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe('template catalog (seed 7.10 fields)', () => {
  const templates = loadTemplates();

  it('ships code packages whose handler file is at the zip root', () => {
    expect(templates.length).toBeGreaterThanOrEqual(6);
    for (const t of templates) {
      const files = Object.keys(unzipSync(Buffer.from(t.code, 'base64')));
      const ext = t.runtime.startsWith('Python') ? '.py' : '.js';
      expect(files).toContain(`${t.handler.slice(0, t.handler.lastIndexOf('.'))}${ext}`);
      expect(t.code_type).toBe('zip');
      expect(t.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      for (const trigger of t.trigger_metadata_list)
        expect(() => JSON.parse(trigger.event_data) as unknown).not.toThrow();
    }
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it('zips deterministically (same sources, same bytes)', () => {
    expect(loadTemplates(PACKAGES_DIR)).toBe(loadTemplates());
    const again = loadTemplates(path.join(PACKAGES_DIR, '.', ''));
    expect(again.map((t) => t.code)).toEqual(templates.map((t) => t.code));
  });
});

describe('template code runs', () => {
  it('hello-world-nodejs greets', async () => {
    const { context } = fakeContext();
    const result = await nodeTemplate('hello-world-nodejs').handler({ name: 'FG' }, context);
    expect(result).toMatchObject({ message: 'Hello, FG!', function: 'demo', version: 'latest' });
  });

  it('apig-static-html-nodejs returns the four APIG response fields with escaped HTML', async () => {
    const { context } = fakeContext({ PAGE_TITLE: 'Shop <1>' });
    const event = eventFor('APIG', VALID_EVENT_DATA.APIG);
    const result = await nodeTemplate('apig-static-html-nodejs').handler(event, context);
    expect(Object.keys(result).sort()).toEqual(['body', 'headers', 'isBase64Encoded', 'statusCode']);
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('<h1>Shop &lt;1&gt;</h1>');
  });

  it('event-transformer-nodejs flattens every trigger type’s event template', async () => {
    const { context } = fakeContext();
    const mod = nodeTemplate('event-transformer-nodejs');
    for (const type of TRIGGER_TYPE_CODES) {
      const result = await mod.handler(eventFor(type, VALID_EVENT_DATA[type]), context);
      expect(result.count).toBeGreaterThan(0);
    }
    const obs = await mod.handler(eventFor('OBS', VALID_EVENT_DATA.OBS), context);
    expect(obs.records).toEqual([
      expect.objectContaining({ source: 'OBS', key: 'input-picture2/image.png' }),
    ]);
  });

  it('hello-world-python greets', () => {
    expect(runPython('hello-world-python', { name: 'Py' })).toMatchObject({
      message: 'Hello, Py!',
      function: 'demo',
    });
  });

  it('timer-job-python reads the task from user_event', () => {
    const event = eventFor('TIMER', { name: 'Timer-job', user_event: '{"task":"report"}' });
    expect(runPython('timer-job-python', event)).toMatchObject({ task: 'report', status: 'done' });
  });

  it('apig-json-api-python lists, creates (base64 body) and 404s', () => {
    const get = runPython('apig-json-api-python', {
      httpMethod: 'GET',
      path: '/items',
      isBase64Encoded: false,
    });
    expect(get.statusCode).toBe(200);
    expect(JSON.parse(get.body as string)).toEqual({ items: [{ id: '1', name: 'first item' }] });
    const post = runPython('apig-json-api-python', {
      httpMethod: 'POST',
      path: '/items',
      isBase64Encoded: true,
      body: Buffer.from('{"name":"second"}').toString('base64'),
    });
    expect([post.statusCode, JSON.parse(post.body as string)]).toEqual([201, { id: '2', name: 'second' }]);
    expect(runPython('apig-json-api-python', { httpMethod: 'GET', path: '/items/9' }).statusCode).toBe(404);
  });
});
