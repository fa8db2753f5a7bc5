/** Cross-group rules enforced through the store hooks: FSS.1154 (alias with triggers) and FSS.1077 (reserved latest). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFunctionBody, startTestServer } from '../testing/sdk-harness';
import type { TestServer } from '../testing/sdk-harness';

let server: TestServer;
const urn = (q = 'latest') =>
  `urn:fss:${server.fg.settings.region}:${server.fg.settings.projectId}:function:default:guarded:${q}`;

beforeAll(async () => {
  server = await startTestServer();
  await server.client.createFunction({
    body: nodeFunctionBody('guarded', 'exports.handler = async (event, context) => 1;'),
  });
}, 60_000);
afterAll(async () => {
  await server.close();
});

describe('store guards', () => {
  it('refuses to delete an alias that triggers are bound to (FSS.1154), and allows it once they are gone', async () => {
    await server.client.createFunctionVersion({ function_urn: urn(), body: { version: 'v1' } });
    await server.client.createVersionAlias({ function_urn: urn(), body: { name: 'live', version: 'v1' } });
    const trigger = await server.client.createFunctionTrigger({
      function_urn: urn('!live'),
      body: {
        trigger_type_code: 'TIMER',
        trigger_status: 'DISABLED',
        event_data: { name: 'nightly', schedule_type: 'Rate', schedule: '60m' },
      },
    });
    await expect(
      server.client.deleteVersionAlias({ function_urn: urn(), alias_name: 'live' }),
    ).rejects.toMatchObject({
      httpStatusCode: 403,
      errorCode: 'FSS.1154',
    });
    await server.client.deleteFunctionTrigger({
      function_urn: urn('!live'),
      trigger_type_code: 'TIMER',
      trigger_id: trigger.trigger_id,
    });
    const deleted = await server.client.deleteVersionAlias({ function_urn: urn(), alias_name: 'live' });
    expect(deleted.httpStatusCode).toBe(204);
  });

  it('refuses code and config updates while latest keeps reserved instances (FSS.1077)', async () => {
    await server.client.updateFunctionReservedInstancesCount({ function_urn: urn(), body: { count: 1 } });
    await expect(
      server.client.updateFunctionConfig({
        function_urn: urn(),
        body: {
          func_name: 'guarded',
          runtime: 'Node.js18.15',
          handler: 'index.handler',
          memory_size: 256,
          timeout: 10,
        },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 400, errorCode: 'FSS.1077' });
    await server.client.updateFunctionReservedInstancesCount({ function_urn: urn(), body: { count: 0 } });
    const ok = await server.client.updateFunctionConfig({
      function_urn: urn(),
      body: {
        func_name: 'guarded',
        runtime: 'Node.js18.15',
        handler: 'index.handler',
        memory_size: 256,
        timeout: 10,
      },
    });
    expect(ok.memory_size).toBe(256);
  });
});
