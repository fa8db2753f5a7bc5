import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FunctionTemplate } from '../templates/catalog';
import { createHarness } from '../triggers/test-harness';
import type { Harness } from '../triggers/test-harness';
import { registerTemplateRoutes } from './routes-templates';

interface ListBody {
  func_templates: FunctionTemplate[];
  next_marker: number;
}

let h: Harness;
beforeEach(() => {
  h = createHarness([registerTemplateRoutes]);
});
afterEach(async () => {
  await h.close();
});

const names = (body: ListBody) => body.func_templates.map((t) => t.template_name);

describe('templates (seed 7.10)', () => {
  it('answers the seed’s list example (marker=0&maxitems=500&ispublic=true) with next_marker and no count', async () => {
    const r = await h.json<ListBody>('GET', 'fgs/templates?marker=0&maxitems=500&ispublic=true');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(['func_templates', 'next_marker']);
    expect(r.body.next_marker).toBe(r.body.func_templates.length);
    expect(r.body.func_templates.length).toBeGreaterThanOrEqual(6);
  });

  it('filters by runtime family or exact runtime, scene and service; pages with marker/maxitems', async () => {
    const node = (await h.json<ListBody>('GET', 'fgs/templates?runtime=Node.js')).body;
    expect(node.func_templates.every((t) => t.runtime.startsWith('Node.js'))).toBe(true);
    const py39 = (await h.json<ListBody>('GET', 'fgs/templates?runtime=Python3.9')).body;
    expect(names(py39).sort()).toEqual(['apig-json-api-python', 'hello-world-python', 'timer-job-python']);
    expect(names((await h.json<ListBody>('GET', 'fgs/templates?runtime=Python3.6')).body)).toEqual([]);
    const apig = (await h.json<ListBody>('GET', 'fgs/templates?service=APIG&scene=web_application')).body;
    expect(names(apig).sort()).toEqual(['apig-json-api-python', 'apig-static-html-nodejs']);
    const page = (await h.json<ListBody>('GET', 'fgs/templates?marker=2&maxitems=2')).body;
    expect(page.func_templates).toHaveLength(2);
    expect(page.next_marker).toBe(4);
    expect((await h.json<ListBody>('GET', 'fgs/templates?ispublic=false')).body.func_templates).toEqual([]);
  });

  it('gets one template by id and 404s FSS.1059 otherwise', async () => {
    const [first] = (await h.json<ListBody>('GET', 'fgs/templates')).body.func_templates;
    if (!first) throw new Error('no templates');
    const one = await h.json<FunctionTemplate>('GET', `fgs/templates/${first.id}`);
    expect(one.body).toEqual(first);
    const missing = await h.json<{ error_code: string }>('GET', 'fgs/templates/nope');
    expect([missing.status, missing.body.error_code]).toEqual([404, 'FSS.1059']);
  });

  it('rejects bad query values with 400 FSS.1001', async () => {
    for (const q of ['marker=-1', 'maxitems=x', 'ispublic=maybe']) {
      const r = await h.json<{ error_code: string }>('GET', `fgs/templates?${q}`);
      expect([r.status, r.body.error_code]).toEqual([400, 'FSS.1001']);
    }
  });
});
