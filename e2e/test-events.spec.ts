/**
 * Test tab against the real stack: create, edit and delete a test event through the UI; invoke async and
 * follow the request until it reaches a final state. Each journey creates its own function.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { COMMONJS_PACKAGE, createFunction as createWith, unique } from './support/local-api';
import type { LocalConnection } from './support/local-api';

async function createFunction(request: APIRequestContext, name: string): Promise<LocalConnection> {
  const code = 'exports.handler = async (event, context) => ({ echoed: event });\n';
  const fn = await createWith(request, {
    name,
    codeType: 'zip',
    files: { 'index.js': code, ...COMMONJS_PACKAGE },
  });
  return fn.connection;
}

test('create, edit and delete a test event', async ({ page, request }) => {
  const name = unique('e2e-events');
  const connection = await createFunction(request, name);
  await page.goto(`/c/${connection.id}/functions/default/${name}/test`);

  await page.getByRole('button', { name: 'Create new test event' }).click();
  let dialog = page.getByRole('dialog', { name: 'Create new test event' });
  await dialog.getByLabel('Event Template').selectOption('TIMER');
  await expect(dialog.getByLabel('Event data')).toHaveValue(/"trigger_type": "TIMER"/);
  await dialog.getByLabel(/^Event Name/).fill('timer-event');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const picker = page.getByLabel('Saved Test Events');
  await expect(picker.locator('option:checked')).toHaveText('timer-event');

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Edit saved test event' });
  await dialog.getByLabel('Event data').fill('{"edited": true}');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Event data')).toHaveValue(/"edited": true/);

  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByTestId('function-output')).toContainText('"edited": true');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Delete test event timer-event?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(picker.locator('option', { hasText: 'timer-event' })).toHaveCount(0);
});

test('invoke async and follow the request to a final state', async ({ page, request }) => {
  const name = unique('e2e-async');
  const connection = await createFunction(request, name);
  await page.goto(`/c/${connection.id}/functions/default/${name}/test`);
  await page.getByLabel('Event data').fill('{"async": 1}');
  await page.getByRole('button', { name: 'Invoke async' }).click();
  const status = page.getByLabel('Invocation Status');
  await expect(status).toBeVisible();
  await expect(status).toHaveText('Succeeded', { timeout: 20_000 });
  await expect(page.getByTestId('request-id')).not.toBeEmpty();
  await expect(page.getByRole('link', { name: 'View logs' })).toHaveAttribute('href', /\/logs\?requestId=/);
});
