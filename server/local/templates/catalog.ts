/**
 * The local FunctionGraph's function templates (seed 7.10, response fields T7-505). Each template is a real code
 * package under `templates/packages/<template_name>/`, zipped with fflate when the catalog is first loaded; `code`
 * is that zip in base64 (`code_type: zip`), so "create function from template" is a plain create-function call
 * with `func_code.file = template.code`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { VALID_EVENT_DATA } from '../triggers/event-data-samples';

export interface TriggerMetadata {
  trigger_name: string;
  trigger_type: string;
  event_type: string;
  /** JSON text of the trigger's event_data (the seed types it String). */
  event_data: string;
}

export interface FunctionTemplate {
  id: string;
  type: number;
  title: string;
  template_name: string;
  description: string;
  runtime: string;
  handler: string;
  code_type: string;
  code: string;
  timeout: number;
  memory_size: number;
  trigger_metadata_list: TriggerMetadata[];
  temp_detail: { input: string; output: string; warning: string };
  user_data: string;
  encrypted_user_data: string;
  dependencies: string[];
  scene: string;
  service: string;
}

type TemplateSpec = Omit<
  FunctionTemplate,
  'id' | 'code' | 'code_type' | 'encrypted_user_data' | 'dependencies'
>;

const PACKAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'packages');

const timerTrigger: TriggerMetadata = {
  trigger_name: 'Timer-job',
  trigger_type: 'TIMER',
  event_type: 'MessageCreated',
  event_data: JSON.stringify({
    name: 'Timer-job',
    schedule_type: 'Rate',
    schedule: '5m',
    user_event: '{"task":"cleanup"}',
  }),
};

const apigTrigger = (name: string, path: string, method: string): TriggerMetadata => ({
  trigger_name: name,
  trigger_type: 'APIG',
  event_type: 'APICreated',
  event_data: JSON.stringify({ ...VALID_EVENT_DATA.APIG, name, path, req_method: method, protocol: 'HTTP' }),
});

/** `type`: 1 = event function template (the seed example's value). */
const SPECS: TemplateSpec[] = [
  {
    type: 1,
    title: 'hello-world',
    template_name: 'hello-world-nodejs',
    description: 'Returns a greeting built from the event and the context.',
    runtime: 'Node.js18.15',
    handler: 'index.handler',
    timeout: 3,
    memory_size: 128,
    trigger_metadata_list: [],
    temp_detail: {
      input: '{"name": "FunctionGraph"}',
      output: '{"message": "Hello, FunctionGraph!", …}',
      warning: '',
    },
    user_data: '',
    scene: 'basic_function_usage',
    service: 'FunctionGraph',
  },
  {
    type: 1,
    title: 'hello-world',
    template_name: 'hello-world-python',
    description: 'Returns a greeting built from the event and the context.',
    runtime: 'Python3.9',
    handler: 'index.handler',
    timeout: 3,
    memory_size: 128,
    trigger_metadata_list: [],
    temp_detail: {
      input: '{"name": "FunctionGraph"}',
      output: '{"message": "Hello, FunctionGraph!", …}',
      warning: '',
    },
    user_data: '',
    scene: 'basic_function_usage',
    service: 'FunctionGraph',
  },
  {
    type: 1,
    title: 'apig-static-html',
    template_name: 'apig-static-html-nodejs',
    description: 'Serves a static HTML page through an API gateway trigger.',
    runtime: 'Node.js18.15',
    handler: 'index.handler',
    timeout: 5,
    memory_size: 128,
    trigger_metadata_list: [apigTrigger('API_static_html', '/html', 'GET')],
    temp_detail: {
      input: 'an APIG request event',
      output:
        '{"statusCode": 200, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": "<!doctype html>…"}',
      warning: 'Set the PAGE_TITLE environment variable to change the heading.',
    },
    user_data: JSON.stringify({ PAGE_TITLE: 'Hello from FunctionGraph' }),
    scene: 'web_application',
    service: 'APIG',
  },
  {
    type: 1,
    title: 'apig-json-api',
    template_name: 'apig-json-api-python',
    description: 'A small JSON API (list, get, create items) behind an API gateway trigger.',
    runtime: 'Python3.9',
    handler: 'index.handler',
    timeout: 5,
    memory_size: 128,
    trigger_metadata_list: [apigTrigger('API_items', '/items', 'ANY')],
    temp_detail: {
      input: 'an APIG request event for GET /items, GET /items/<id> or POST /items',
      output:
        '{"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{\\"items\\": […]}"}',
      warning: 'Items are kept in the instance memory only.',
    },
    user_data: '',
    scene: 'web_application',
    service: 'APIG',
  },
  {
    type: 1,
    title: 'timer-job',
    template_name: 'timer-job-python',
    description: 'A scheduled job started by a timer trigger; reads its parameters from user_event.',
    runtime: 'Python3.9',
    handler: 'index.handler',
    timeout: 30,
    memory_size: 128,
    trigger_metadata_list: [timerTrigger],
    temp_detail: {
      input: 'the TIMER event {"trigger_type": "TIMER", "user_event": "{\\"task\\": \\"cleanup\\"}", …}',
      output: '{"task": "cleanup", "status": "done", …}',
      warning: '',
    },
    user_data: '',
    scene: 'scheduled_task',
    service: 'FunctionGraph',
  },
  {
    type: 1,
    title: 'event-transformer',
    template_name: 'event-transformer-nodejs',
    description: 'Normalises OBS, SMN, Kafka/DMS, LTS, TIMER and APIG events into one list of records.',
    runtime: 'Node.js18.15',
    handler: 'index.handler',
    timeout: 10,
    memory_size: 256,
    trigger_metadata_list: [],
    temp_detail: {
      input: 'any trigger event (use the event templates)',
      output:
        '{"count": 1, "records": [{"source": "OBS", "time": "…", "key": "bucket/object", "data": {…}}]}',
      warning: '',
    },
    user_data: '',
    scene: 'data_processing',
    service: 'FunctionGraph',
  },
];

/** Zips every file of a package directory (sorted, fixed mtime) so the same sources give the same bytes. */
export function zipPackage(dir: string): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const walk = (current: string) => {
    for (const entry of fs
      .readdirSync(current, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files[path.relative(dir, full).split(path.sep).join('/')] = [
          fs.readFileSync(full),
          { mtime: new Date('2026-01-01T00:00:00Z') },
        ];
    }
  };
  walk(dir);
  return zipSync(files);
}

/** Stable id per template name (UUID-shaped, like the seed's template ids). */
function templateId(name: string): string {
  const hex = createHash('sha256').update(`fg-local-template:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

let cache: FunctionTemplate[] | undefined;

/** All templates, code included (loaded and zipped once per process). */
export function loadTemplates(packagesDir = PACKAGES_DIR): FunctionTemplate[] {
  if (cache && packagesDir === PACKAGES_DIR) return cache;
  const templates = SPECS.map((spec) => ({
    id: templateId(spec.template_name),
    ...spec,
    code_type: 'zip',
    code: Buffer.from(zipPackage(path.join(packagesDir, spec.template_name))).toString('base64'),
    encrypted_user_data: '',
    dependencies: [],
  }));
  if (packagesDir === PACKAGES_DIR) cache = templates;
  return templates;
}

export { PACKAGES_DIR };
