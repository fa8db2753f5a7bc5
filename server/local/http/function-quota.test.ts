import { afterAll, describe, expect, it } from 'vitest';
import { createLifecycleKit } from './lifecycle-kit';

const kit = createLifecycleKit();
afterAll(() => {
  kit.close();
});

const body = (name: string) => ({
  func_name: name,
  package: 'default',
  runtime: 'Node.js18.15',
  handler: 'index.handler',
  memory_size: 128,
  timeout: 3,
  code_type: 'inline',
});

describe('function quota (seed 9.2 FSS.1041)', () => {
  it('accepts the 400th function and refuses the 401st without writing anything', async () => {
    const insert = kit.deps.db.prepare(
      'INSERT INTO functions (id, package, name, created_at, pinned) VALUES (?, ?, ?, ?, 0)',
    );
    kit.deps.db.transaction(() => {
      for (let i = 0; i < 399; i++) insert.run(`filler-${i}`, 'filler', `f${i}`, new Date().toISOString());
    })();
    expect((await kit.json('POST', `${kit.base}/fgs/functions`, body('last-one'))).status).toBe(200);
    const before = kit.dump();
    const refused = await kit.json('POST', `${kit.base}/fgs/functions`, body('one-too-many'));
    expect(refused).toMatchObject({ status: 403, body: { error_code: 'FSS.1041' } });
    expect(kit.dump()).toBe(before);
  });
});
