import { afterAll, describe, expect, it } from 'vitest';
import { execution } from './execution';
import { eventually, startTestServer } from './testing/sdk-harness';
import type { TestServer } from './testing/sdk-harness';

describe('demo data', () => {
  let server: TestServer | undefined;
  const telemetry = () => {
    const ex = execution(server!.fg.deps);
    ex.metrics.flush();
    return ex.telemetry;
  };
  afterAll(async () => {
    await server?.close();
  });

  it('creates runnable demo functions on the first start only', async () => {
    server = await startTestServer({ env: { FG_DEMO_DATA: '1' } });
    const names = await eventually(async () => {
      const list = await server!.client.listFunctions({});
      const fns = (list.functions as { func_name: string }[]).map((f) => f.func_name).sort();
      const ran = telemetry()
        .prepare('SELECT COUNT(DISTINCT func_urn) AS n FROM invocation_records')
        .get() as { n: number };
      return fns.length === 4 && ran.n === 4 ? fns : undefined;
    }, 60_000);
    expect(names).toEqual(['hello-nodejs', 'hello-python', 'static-page', 'timer-job']);
    const failures = telemetry()
      .prepare(`SELECT COUNT(*) AS n FROM invocation_records WHERE outcome != 'success'`)
      .get() as { n: number };
    expect(failures.n).toBe(0);
    const page = await fetch(
      `${server.fg.endpoint}/apig/${server.fg.settings.projectId}/default/static-page/`,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');

    await server.client.deleteFunction({
      function_urn: `urn:fss:${server.fg.settings.region}:${server.fg.settings.projectId}:function:default:hello-python`,
    });
    server = await server.restart();
    const after = await server.client.listFunctions({});
    expect((after.functions as unknown[]).length).toBe(3);
  }, 90_000);
});
