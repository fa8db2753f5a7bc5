/**
 * Function list, create and configuration against the real `npm start` stack (local FunctionGraph). Each
 * journey makes its own functions with unique names (other specs share the server). Role/label locators only.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { createFunction, unique } from './support/local-api';
import type { LocalConnection } from './support/local-api';

/** A Python function without code (the list journeys only need names). */
async function createViaApi(request: APIRequestContext, name: string): Promise<LocalConnection> {
  const fn = await createFunction(request, { name, runtime: 'Python3.9' });
  return fn.connection;
}

async function openFunctions(page: Page) {
  await page.goto('/c/local/functions');
  await expect(page.getByRole('heading', { level: 1, name: 'Functions' })).toBeVisible();
}

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search functions' });
  await box.fill(text);
}

test('create a Node.js function from blank and land on it', async ({ page }) => {
  const name = unique('blank-node');
  await page.goto('/c/local/functions/new');
  await page.getByRole('textbox', { name: 'Function Name' }).fill(name);
  await page.getByRole('button', { name: 'Create Function' }).click();
  await expect(page).toHaveURL(new RegExp(`/functions/default/${name}/code`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Node.js18.15' })).toBeVisible();
});

test('create a Python function from a template', async ({ page }) => {
  const name = unique('tpl-py');
  await page.goto('/c/local/functions/new');
  await page.getByText('Use a template').click();
  await page.getByRole('combobox', { name: 'Template runtime' }).click();
  await page.getByRole('option', { name: 'Python3.9' }).click();
  await page.getByRole('radio', { name: /hello-world-python/ }).check();
  await expect(page.getByRole('region', { name: 'Code preview' })).toContainText('def handler');
  await page.getByRole('textbox', { name: 'Function Name' }).fill(name);
  await page.getByRole('button', { name: 'Create Function' }).click();
  await expect(page).toHaveURL(new RegExp(`/functions/default/${name}/code`));
  await expect(page.getByRole('definition').filter({ hasText: 'Python3.9' })).toBeVisible();
});

test('a duplicate name shows the FSS code and keeps the form filled', async ({ page, request }) => {
  const name = unique('dup');
  await createViaApi(request, name);
  await page.goto('/c/local/functions/new');
  await page.getByRole('textbox', { name: 'Function Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Description' }).fill('still here');
  await page.getByRole('button', { name: 'Create Function' }).click();
  await expect(page.getByRole('alert')).toContainText('FSS.1061');
  await expect(page.getByRole('textbox', { name: 'Function Name' })).toHaveValue(name);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('still here');
  await expect(page).toHaveURL(/\/functions\/new$/);
});

test('find a function by typing part of its name', async ({ page, request }) => {
  const name = unique('findme');
  await createViaApi(request, name);
  await openFunctions(page);
  await search(page, name.slice(2, 12));
  const table = page.getByRole('table', { name: 'Functions' });
  await expect(table.getByRole('link', { name })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('change memory, timeout and an environment variable; they survive a reload', async ({
  page,
  request,
}) => {
  const name = unique('cfg');
  await createViaApi(request, name);
  await page.goto(`/c/local/functions/default/${name}/configuration`);
  const basic = page.getByRole('region', { name: 'Basic Settings' });
  await basic.getByRole('combobox', { name: 'Memory (MB)' }).click();
  await page.getByRole('option', { name: '512', exact: true }).click();
  await basic.getByRole('textbox', { name: 'Execution Timeout (s)' }).fill('45');
  await expect(basic.getByText('Execution Timeout (s): 30 → 45')).toBeVisible();
  await basic.getByRole('button', { name: 'Save Basic Settings' }).click();
  await expect(basic.getByText('Unsaved changes')).toBeHidden();

  const env = page.getByRole('region', { name: 'Environment Variables' });
  await env.getByRole('button', { name: 'Add' }).click();
  await env.getByRole('textbox', { name: 'Key 1' }).fill('GREETING');
  await env.getByRole('textbox', { name: 'Value 1' }).fill('hello');
  await env.getByRole('button', { name: 'Save Environment Variables' }).click();
  await expect(env.getByText('Unsaved changes')).toBeHidden();

  await page.reload();
  const basicAfter = page.getByRole('region', { name: 'Basic Settings' });
  await expect(basicAfter.getByRole('textbox', { name: 'Execution Timeout (s)' })).toHaveValue('45');
  await expect(basicAfter.getByRole('combobox', { name: 'Memory (MB)' })).toHaveValue('512');
  const envAfter = page.getByRole('region', { name: 'Environment Variables' });
  await expect(envAfter.getByRole('textbox', { name: 'Key 1' })).toHaveValue('GREETING');
  await expect(envAfter.getByRole('textbox', { name: 'Value 1' })).toHaveValue('hello');
  await expect(page.getByRole('definition').filter({ hasText: '512 MB' })).toBeVisible();
});

test('set max instances and async retries', async ({ page, request }) => {
  const name = unique('limits');
  await createViaApi(request, name);
  await page.goto(`/c/local/functions/default/${name}/configuration`);
  const c = page.getByRole('region', { name: 'Concurrency' });
  await c.getByRole('textbox', { name: 'Max. Instances per Function' }).fill('7');
  await c.getByRole('button', { name: 'Save Concurrency' }).click();
  await expect(c.getByText('Unsaved changes')).toBeHidden();
  const a = page.getByRole('region', { name: 'Asynchronous Invocation' });
  await a.getByRole('textbox', { name: 'Max. retries' }).fill('2');
  await a.getByRole('button', { name: 'Save Asynchronous Invocation' }).click();
  await expect(a.getByText('Unsaved changes')).toBeHidden();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Concurrency' })
      .getByRole('textbox', { name: 'Max. Instances per Function' }),
  ).toHaveValue('7');
  await expect(
    page
      .getByRole('region', { name: 'Asynchronous Invocation' })
      .getByRole('textbox', { name: 'Max. retries' }),
  ).toHaveValue('2');
});

test('pin a function and see it first', async ({ page, request }) => {
  const prefix = unique('pin');
  await createViaApi(request, `${prefix}-a`);
  await createViaApi(request, `${prefix}-b`);
  await page.goto('/c/local/functions?sort=name&dir=asc');
  await search(page, prefix);
  const table = page.getByRole('table', { name: 'Functions' });
  await expect(table.getByRole('row').nth(1)).toContainText(`${prefix}-a`);
  const pinned = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().includes(`${prefix}-b/collect/true`),
  );
  await table.getByRole('button', { name: `Pin ${prefix}-b` }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(`${prefix}-b`);
  expect((await pinned).ok()).toBe(true);
  await page.reload();
  await search(page, prefix);
  await expect(page.getByRole('table', { name: 'Functions' }).getByRole('row').nth(1)).toContainText(
    `${prefix}-b`,
  );
});

test('bulk-delete two functions with the impact summary first', async ({ page, request }) => {
  const prefix = unique('bulk');
  const l = await createViaApi(request, `${prefix}-one`);
  await createViaApi(request, `${prefix}-two`);
  const urn = `urn:fss:${l.region}:${l.projectId}:function:default:${prefix}-one`;
  const published = await request.post(`${l.base}/functions/${encodeURIComponent(urn)}/versions`, {
    data: { version: 'v1' },
  });
  expect(published.ok(), await published.text()).toBe(true);
  await openFunctions(page);
  await search(page, prefix);
  await page.getByRole('checkbox', { name: 'Select all shown functions' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 functions?' });
  await expect(dialog).toContainText(`${prefix}-one: 1 versions, 0 aliases, 0 triggers`);
  await expect(dialog).toContainText('In total 1 versions, 0 aliases and 0 triggers will be deleted.');
  await dialog.getByRole('button', { name: 'Delete 2 functions' }).click();
  await expect(page.getByRole('list', { name: 'Delete results' }).getByText('Deleted')).toHaveCount(2);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No function matches the search or filters.')).toBeVisible();
});
