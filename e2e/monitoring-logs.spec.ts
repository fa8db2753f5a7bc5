/**
 * Issue #8 journeys against the real stack: metrics after real invocations, a failure in the error chart and
 * on the Dashboard, keyword search in the logs, live tail, and stopping a slow async request.
 * Data is created through the API with unique names (other journeys share the server).
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { createFunction as createWith, unique } from './support/local-api';

const CODE = `exports.handler = async (event, context) => {
  console.log('marker-' + event.word);
  if (event.fail) throw new Error('planned failure ' + event.word);
  if (event.sleep) await new Promise((r) => setTimeout(r, event.sleep));
  return { ok: true };
};`;

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors, 'errors in the browser').toEqual([]);
});

async function createFunction(request: APIRequestContext, name: string) {
  const fn = await createWith(request, { name, timeout: 60, files: { 'index.js': CODE } });
  const { base } = fn.connection;
  const urn = `${fn.urn}:latest`;
  const invoke = async (event: object) => {
    const r = await request.post(`${base}/functions/${encodeURIComponent(urn)}/invocations`, {
      data: event,
      headers: { 'X-CFF-Request-Version': 'v1' },
    });
    return (await r.json()) as { request_id: string; status: number };
  };
  const invokeAsync = async (event: object) => {
    const r = await request.post(`${base}/functions/${encodeURIComponent(urn)}/invocations-async`, {
      data: event,
    });
    expect(r.status()).toBe(202);
    return ((await r.json()) as { request_id: string }).request_id;
  };
  return { invoke, invokeAsync, path: fn.path };
}

function total(page: Page, label: string) {
  return page.getByRole('group', { name: label }).getByText(/^\d+$/);
}

test('invocations and errors of the last 15 minutes show in Monitoring and the failure on the Dashboard', async ({
  page,
  request,
}) => {
  const name = unique('mon');
  const fn = await createFunction(request, name);
  for (let i = 0; i < 3; i++) expect((await fn.invoke({ word: `ok${i}` })).status).toBe(200);
  const failed = await fn.invoke({ word: 'bad', fail: true });
  expect(failed.status).toBe(500);

  await page.goto(`${fn.path('monitoring')}?range=15m`);
  await expect(total(page, 'Invocations')).toHaveText('4');
  await expect(total(page, 'Errors')).toHaveText('1');
  const errorsChart = page.getByRole('figure', { name: 'Errors' });
  await expect(errorsChart).toBeVisible();
  await expect(errorsChart.getByText('No data in this time range')).toHaveCount(0);

  await page.goto('/c/local/overview');
  const failures = page.getByRole('table', { name: 'Recent failed requests' });
  await expect(failures.getByRole('link', { name: failed.request_id })).toBeVisible();
  await failures.getByRole('link', { name: failed.request_id }).click();
  await expect(page).toHaveURL(new RegExp(`/${name}/logs\\?requestId=${failed.request_id}`));
  await expect(page.getByRole('dialog', { name: `Request ${failed.request_id}` })).toContainText(
    'Execution failed',
  );
});

test('a word the function printed is found in the logs with its request id', async ({ page, request }) => {
  const name = unique('logq');
  const fn = await createFunction(request, name);
  const word = unique('needle');
  const { request_id: id } = await fn.invoke({ word });
  await fn.invoke({ word: 'other' });

  await page.goto(fn.path('logs'));
  const form = page.getByRole('form', { name: 'Log query' });
  await form.getByLabel('Keyword').fill(`marker-${word}`);
  await form.getByRole('button', { name: 'Search' }).click();
  const lines = page.getByRole('log', { name: 'Log lines' });
  await expect(lines).toContainText(`marker-${word}`);
  await expect(lines).not.toContainText('marker-other');
  await lines.getByRole('button', { name: `Open request ${id}` }).click();
  const timeline = page.getByRole('dialog', { name: `Request ${id}` });
  await expect(timeline).toContainText('Invocation started');
  await expect(timeline).toContainText(`marker-${word}`);
  await expect(timeline).toContainText('Execution successful');
});

test('live tail shows a new request as it happens', async ({ page, request }) => {
  const name = unique('tail');
  const fn = await createFunction(request, name);
  await page.goto(fn.path('logs'));
  await page.getByText('Live tail').click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  const { request_id: id } = await fn.invoke({ word: 'tailed' });
  await expect(page.getByRole('button', { name: id })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
});

test('a slow async request is stopped from the Async tab', async ({ page, request }) => {
  const name = unique('async');
  const fn = await createFunction(request, name);
  const id = await fn.invokeAsync({ word: 'slow', sleep: 45_000 });
  await page.goto(fn.path('async'));
  const table = page.getByRole('table', { name: 'Asynchronous invocations' });
  const stop = table.getByRole('button', { name: `Stop ${id}` });
  await expect(stop).toBeVisible();
  await stop.click();
  const dialog = page.getByRole('dialog', { name: `Stop request ${id}` });
  await expect(dialog).toContainText('FSS.4208');
  await dialog.getByRole('button', { name: 'Stop request' }).click();
  await expect(stop).toHaveCount(0);
  const row = table.getByRole('row').filter({ hasText: id });
  await expect(row).not.toContainText('Running');
  await expect(row.getByRole('link', { name: `Logs ${id}` })).toBeVisible();
});
