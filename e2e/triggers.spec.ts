/**
 * Triggers tab against the real stack: a TIMER trigger with a 1-minute rate runs the function (fired now
 * through the local extension), an APIG trigger's URL answers with the function's body, and a trigger is
 * disabled and re-enabled. Each journey creates its own function through the API (unique names).
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { COMMONJS_PACKAGE, createFunction as createWith, unique } from './support/local-api';
import type { LocalConnection } from './support/local-api';

/** A Node.js function that answers like an APIG backend and says which trigger ran it. */
async function createFunction(request: APIRequestContext, name: string): Promise<LocalConnection> {
  const code =
    'exports.handler = async (event, context) => ({ statusCode: 200, headers: { "content-type": "text/plain" }, ' +
    `body: "hello from ${name} " + (event.trigger_type || "http") });\n`;
  const fn = await createWith(request, { name, files: { 'index.js': code, ...COMMONJS_PACKAGE } });
  return fn.connection;
}

async function openTriggers(page: Page, connection: LocalConnection, name: string) {
  await page.goto(`/c/${connection.id}/functions/default/${name}/triggers`);
  await expect(page.getByRole('button', { name: 'Create Trigger' }).first()).toBeVisible();
}

async function createTimer(page: Page, timerName: string) {
  await page.getByRole('button', { name: 'Create Trigger' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create Trigger' });
  await expect(dialog.getByLabel('Trigger type')).toHaveValue('TIMER');
  await dialog.getByLabel(/^Name/).fill(timerName);
  await expect(dialog.getByLabel(/^Schedule/)).toHaveValue('1m');
  await expect(dialog.getByRole('list', { name: /Next five runs/ }).getByRole('listitem')).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(timerName) });
  await expect(row).toContainText('Rate 1m');
  return row;
}

test('a TIMER trigger with a 1-minute rate runs the function (fire now)', async ({ page, request }) => {
  const name = unique('e2e-timer');
  const connection = await createFunction(request, name);
  await openTriggers(page, connection, name);
  const timerName = unique('every-minute');
  const row = await createTimer(page, timerName);
  await expect(row.getByText('Enabled')).toBeVisible();

  await page.getByRole('button', { name: `Actions for trigger ${timerName}` }).click();
  await page.getByRole('menuitem', { name: 'Fire now' }).click();
  const fired = page.getByRole('dialog', { name: 'Fired Timer trigger' });
  await expect(fired.getByText('Status 200')).toBeVisible();
  await expect(fired.getByLabel('Result')).toContainText(`hello from ${name} TIMER`);
});

test('an APIG trigger shows its URL, which answers with the function body', async ({ page, request }) => {
  const name = unique('e2e-apig');
  const connection = await createFunction(request, name);
  await openTriggers(page, connection, name);
  await page.getByRole('button', { name: 'Create Trigger' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create Trigger' });
  await dialog.getByLabel('Trigger type').selectOption({ label: 'API Gateway (APIG)' });
  await expect(dialog.getByLabel(/^Path/)).toHaveValue(`/${name}`);
  await dialog.getByRole('button', { name: 'Create' }).click();

  const created = page.getByRole('dialog', { name: 'Trigger created' });
  const url = (await created.getByLabel('Invoke URL').textContent()) ?? '';
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/apig/.+/default/${name}/${name}$`));
  await expect(created.getByRole('button', { name: 'Copy URL' })).toBeVisible();

  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(await res.text()).toBe(`hello from ${name} http`);
  await created.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`GET|ANY .*${name}`) })).toBeVisible();
});

test('disable and re-enable a trigger', async ({ page, request }) => {
  const name = unique('e2e-toggle');
  const connection = await createFunction(request, name);
  await openTriggers(page, connection, name);
  const timerName = unique('toggle');
  const row = await createTimer(page, timerName);
  const menu = page.getByRole('button', { name: `Actions for trigger ${timerName}` });

  await menu.click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  await expect(row.getByText('Disabled')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(timerName) }).getByText('Disabled')).toBeVisible();

  await menu.click();
  await page.getByRole('menuitem', { name: 'Enable' }).click();
  await expect(page.getByRole('row', { name: new RegExp(timerName) }).getByText('Enabled')).toBeVisible();
});
