/**
 * The real `npm start` stack: the local SK is in no file the browser can load (HTML, every built asset), in no
 * API response the console gives it, and the console refuses foreign Host headers and cross-site writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const credentials = () =>
  JSON.parse(fs.readFileSync(path.resolve('.fgdata-e2e/credentials.json'), 'utf8')) as {
    sk: string;
    projectId: string;
  };

test('the secret key is not in the served page, bundle or API answers', async ({ request }) => {
  const { sk, projectId } = credentials();
  expect(sk.length).toBeGreaterThan(10);
  const manifest = JSON.parse(fs.readFileSync(path.resolve('dist/.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; css?: string[] }
  >;
  const files = new Set<string>(['/', '/c/local/functions']);
  for (const chunk of Object.values(manifest)) {
    files.add('/' + chunk.file);
    for (const css of chunk.css ?? []) files.add('/' + css);
  }
  expect(files.size).toBeGreaterThan(5);
  for (const file of files) {
    const res = await request.get(file);
    expect(res.status(), file).toBe(200);
    expect(await res.text(), file).not.toContain(sk);
  }
  for (const api of [
    '/api/connections',
    `/api/connections/local/v2/${projectId}/fgs/functions`,
    '/api/nope',
  ]) {
    const res = await request.get(api);
    expect(await res.text(), api).not.toContain(sk);
    expect(JSON.stringify(res.headers()), api).not.toContain(sk);
  }
});

test('foreign Host and cross-site writes are refused', async ({ request }) => {
  const { projectId } = credentials();
  const foreign = await request.get('/api/connections', { headers: { host: 'attacker.example' } });
  expect(foreign.status()).toBe(403);
  const crossSite = await request.post(`/api/connections/local/v2/${projectId}/fgs/functions`, {
    headers: { origin: 'https://attacker.example', 'content-type': 'application/json' },
    data: {},
  });
  expect(crossSite.status()).toBe(403);
});
