/**
 * Demo functions for a newcomer: on the first start of an empty data dir (unless FG_DEMO_DATA=0) the local
 * FunctionGraph creates a Node.js and a Python hello world, an APIG static page with its gateway route, and a
 * timer job that fires every minute, through its own API (same validation as every client), then runs each once so
 * that metrics and logs show something straight away.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import { signRequest } from '../shared/signing';
import type { LocalEnv } from './deps';
import type { LocalSettings } from './settings';
import { loadTemplates } from './templates/catalog';

const MARKER = '.demo-data-created';

interface DemoFunction {
  name: string;
  template: string;
  description: string;
  trigger?: { trigger_type_code: string; event_data: Record<string, unknown> };
  event: unknown;
}

const DEMO: DemoFunction[] = [
  {
    name: 'hello-nodejs',
    template: 'hello-world-nodejs',
    description: 'Demo: hello world in Node.js',
    event: { name: 'FunctionGraph' },
  },
  {
    name: 'hello-python',
    template: 'hello-world-python',
    description: 'Demo: hello world in Python',
    event: { name: 'FunctionGraph' },
  },
  {
    name: 'static-page',
    template: 'apig-static-html-nodejs',
    description: 'Demo: a static HTML page behind the local API gateway',
    trigger: {
      trigger_type_code: 'APIG',
      event_data: {
        name: 'static_page',
        group_id: 'local-demo-group',
        env_id: 'DEFAULT_ENVIRONMENT_RELEASE_ID',
        env_name: 'RELEASE',
        auth: 'NONE',
        protocol: 'HTTP',
        path: '/',
        match_mode: 'SWA',
        req_method: 'GET',
        type: 1,
        func_info: { timeout: 5000 },
        backend_type: 'FUNCTION',
      },
    },
    event: {
      httpMethod: 'GET',
      path: '/',
      headers: {},
      queryStringParameters: {},
      body: '',
      isBase64Encoded: true,
    },
  },
  {
    name: 'timer-job',
    template: 'timer-job-python',
    description: 'Demo: a job that a timer trigger runs every minute',
    trigger: {
      trigger_type_code: 'TIMER',
      event_data: {
        name: 'every-minute',
        schedule_type: 'Rate',
        schedule: '1m',
        user_event: '{"task":"cleanup"}',
      },
    },
    event: { trigger_type: 'TIMER', trigger_name: 'manual', user_event: '{"task":"cleanup"}' },
  },
];

type App = Hono<LocalEnv>;

async function call(app: App, settings: LocalSettings, method: string, pathname: string, body?: unknown) {
  const url = `http://127.0.0.1:${settings.port}${pathname}`;
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-project-id': settings.projectId,
  };
  const signed = signRequest({ method, url, headers, body: text, ak: settings.ak, sk: settings.sk });
  const res = await app.request(url, {
    method,
    headers: { ...headers, ...signed, host: `127.0.0.1:${settings.port}` },
    ...(text ? { body: text } : {}),
  });
  if (res.status >= 300) throw new Error(`${method} ${pathname}: ${res.status} ${await res.text()}`);
  return res;
}

/** True when it created the demo data (first start of an empty data dir). */
export async function seedDemoData(
  app: App,
  settings: LocalSettings,
  hasFunctions: boolean,
): Promise<boolean> {
  const marker = path.join(settings.dataDir, MARKER);
  if (!settings.demoData || hasFunctions || fs.existsSync(marker)) return false;
  fs.writeFileSync(marker, new Date().toISOString() + '\n');
  const templates = new Map(loadTemplates().map((t) => [t.template_name, t]));
  const base = `/v2/${settings.projectId}/fgs`;
  for (const demo of DEMO) {
    const template = templates.get(demo.template);
    if (!template) continue;
    await call(app, settings, 'POST', `${base}/functions`, {
      func_name: demo.name,
      package: 'default',
      runtime: template.runtime,
      handler: template.handler,
      memory_size: template.memory_size,
      timeout: template.timeout,
      description: demo.description,
      code_type: 'inline',
      func_code: { file: template.code },
    });
    const urn = `urn:fss:${settings.region}:${settings.projectId}:function:default:${demo.name}:latest`;
    if (demo.trigger) {
      await call(app, settings, 'POST', `${base}/triggers/${urn}`, {
        ...demo.trigger,
        trigger_status: 'ACTIVE',
      });
    }
    await call(app, settings, 'POST', `${base}/functions/${urn}/invocations`, demo.event);
  }
  return true;
}
