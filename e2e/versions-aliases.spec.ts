/**
 * Versions and aliases against the real stack: publish v1, change the code, publish v2 and see the changed line
 * in the diff; an alias at v1 with 20 % to v2 serves both versions, is promoted to v2 and deleted.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { COMMONJS_PACKAGE, createFunction as createWith, unique, zipBase64 } from './support/local-api';

interface Fn {
  connectionId: string;
  base: string;
  urn: string;
  name: string;
}

/** Code whose first line differs between versions; the function answers with that word. */
function codeFiles(word: string): Record<string, string> {
  const code = `const answer = "${word}";\nexports.handler = async (event, context) => answer;\n`;
  return { 'index.js': code, ...COMMONJS_PACKAGE };
}

async function createFunction(request: APIRequestContext, name: string): Promise<Fn> {
  const fn = await createWith(request, { name, files: codeFiles('one') });
  return { connectionId: fn.connection.id, base: fn.connection.base, urn: fn.urn, name };
}

async function updateCode(request: APIRequestContext, fn: Fn, word: string) {
  const res = await request.put(`${fn.base}/functions/${encodeURIComponent(`${fn.urn}:latest`)}/code`, {
    data: {
      code_type: 'inline',
      code_filename: 'index.zip',
      func_code: { file: zipBase64(codeFiles(word)) },
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

async function publish(request: APIRequestContext, fn: Fn, version: string) {
  const res = await request.post(`${fn.base}/functions/${encodeURIComponent(fn.urn)}/versions`, {
    data: { version },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

async function publishInUi(page: Page, version: string) {
  await page.getByRole('button', { name: 'Publish New Version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish New Version' });
  await dialog.getByLabel('Version (optional)').fill(version);
  await dialog.getByLabel('Description').fill(`release ${version}`);
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Versions' }).getByRole('row', { name: new RegExp(`^${version} `) }),
  ).toBeVisible();
}

test('publish v1, change code, publish v2, see the changed line in the diff', async ({ page, request }) => {
  test.setTimeout(60_000);
  const fn = await createFunction(request, unique('e2e-ver'));
  await page.goto(`/c/${fn.connectionId}/functions/default/${fn.name}/versions`);
  await publishInUi(page, 'v1');
  await updateCode(request, fn, 'two');
  await publishInUi(page, 'v2');

  await page.getByLabel('Original').selectOption('v1');
  await page.getByLabel('Modified').selectOption('v2');
  // Both snapshots (config + code ZIP) load first; generous on a shared, busy machine.
  await expect(page.getByRole('button', { name: /index\.js.*modified/ })).toBeVisible({ timeout: 30_000 });
  const changed = page.getByRole('list', { name: 'Code' });
  await expect(changed.getByRole('listitem')).toHaveText([
    '−1: const answer = "one";',
    '+1: const answer = "two";',
  ]);
  // Monaco's diff editor shows both sides of the selected file.
  await expect(page.getByText('const answer = "two";').first()).toBeVisible();
});

test('an alias at v1 with 20 % to v2 serves both versions, is promoted, then deleted', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const fn = await createFunction(request, unique('e2e-alias'));
  await publish(request, fn, 'v1');
  await updateCode(request, fn, 'two');
  await publish(request, fn, 'v2');

  await page.goto(`/c/${fn.connectionId}/functions/default/${fn.name}/aliases`);
  await page.getByRole('button', { name: 'Create Alias' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Alias' });
  await dialog.getByLabel(/^Alias/).fill('canary');
  await dialog.getByLabel('Version', { exact: true }).selectOption('v1');
  await dialog.getByText('Percentage').click();
  await dialog.getByLabel('Additional Version', { exact: true }).selectOption('v2');
  await dialog.getByLabel('Weight (%) of v2').fill('20');
  await expect(dialog.getByText('v1: 80% · v2: 20%')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create Alias' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'Aliases' }).getByRole('row', { name: /canary/ });
  await expect(row).toContainText('v1: 80% · v2: 20%');

  const served = { one: 0, two: 0 } as Record<string, number>;
  const aliasUrn = encodeURIComponent(`${fn.urn}:!canary`);
  for (let i = 0; i < 80 && (i < 20 || !(served.one && served.two)); i += 1) {
    const res = await request.post(`${fn.base}/functions/${aliasUrn}/invocations`, { data: {} });
    expect(res.ok(), await res.text()).toBe(true);
    const body = (await res.text()).replace(/"/g, '');
    served[body] = (served[body] ?? 0) + 1;
  }
  expect(Object.keys(served).sort()).toEqual(['one', 'two']);
  expect(served.one).toBeGreaterThan(0);
  expect(served.two).toBeGreaterThan(0);

  const health = page.getByRole('table', { name: /Canary health \(last hour\) · canary/ });
  await expect(health.getByRole('columnheader', { name: 'v1 (80%)' })).toBeVisible();
  await expect(health.getByRole('columnheader', { name: 'v2 (20%)' })).toBeVisible();
  // The last hour's invocations per version (metrics API) match what each version served.
  await expect(async () => {
    await page.reload();
    const invocations = health
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Invocations' }) });
    await expect(invocations.getByRole('cell')).toHaveText([String(served.one), String(served.two)], {
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Promote v2' }).click();
  await expect(row).toContainText('v2: 100%');
  await expect(health).toBeHidden();

  await page.getByRole('button', { name: 'Actions for alias canary' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete alias' })
    .getByRole('button', { name: 'Delete alias' })
    .click();
  await expect(page.getByText(/No aliases yet/)).toBeVisible();
});
