/**
 * Dependencies against the real stack: create a dependency from a ZIP on the Dependencies page, add it to a
 * function on its Code tab, and the function's next run loads the dependency's module (it could not before).
 */
import { expect, test } from '@playwright/test';
import { COMMONJS_PACKAGE, createFunction, unique, zipBase64 } from './support/local-api';

const HANDLER =
  'exports.handler = async (event, context) => { try { return require("greet-dep").greet(event.who); } ' +
  'catch (e) { return "missing: " + e.code; } };\n';

/** A dependency ZIP in FunctionGraph's Node.js layout (node_modules/… on the module path). */
const DEPENDENCY_ZIP = Buffer.from(
  zipBase64({
    'node_modules/greet-dep/package.json': '{"type":"commonjs","main":"index.js"}',
    'node_modules/greet-dep/index.js': 'exports.greet = (who) => "hello " + who + " from a dependency";\n',
  }),
  'base64',
);

test('create a dependency, add it on the Code tab, and the function uses it', async ({ page, request }) => {
  const dependency = unique('e2e-dep');
  const fn = await createFunction(request, {
    name: unique('e2e-uses-dep'),
    files: { ...COMMONJS_PACKAGE, 'index.js': HANDLER },
    codeType: 'zip',
  });
  const event = await request.post(`${fn.connection.base}/functions/default:${fn.name}/events`, {
    data: { name: 'hello', content: Buffer.from('{"who":"e2e"}').toString('base64') },
  });
  expect(event.ok(), await event.text()).toBe(true);

  await page.goto(`/c/${fn.connection.id}/dependencies`);
  await page.getByRole('button', { name: 'Create Dependency' }).first().click();
  const create = page.getByRole('dialog', { name: 'Create Dependency' });
  await create.getByLabel('Dependency Name').fill(dependency);
  await create.getByLabel('Runtime').selectOption('Node.js18.15');
  await create
    .getByLabel('ZIP file')
    .setInputFiles({ name: 'greet-dep.zip', mimeType: 'application/zip', buffer: DEPENDENCY_ZIP });
  await create.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(dependency) })).toBeVisible();

  await page.goto(fn.path('code'));
  await expect(page.getByLabel('Saved Test Events')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByTestId('function-output')).toContainText('missing: MODULE_NOT_FOUND');

  const section = page.getByRole('region', { name: 'Dependencies' });
  await section.getByRole('button', { name: 'Add Dependency' }).click();
  const picker = page.getByRole('dialog', { name: 'Add Dependency' });
  await picker.getByRole('combobox', { name: 'Dependency' }).selectOption({ label: dependency });
  const version = picker.getByRole('combobox', { name: 'Version' });
  await expect(version).toBeEnabled();
  await expect(version.getByRole('option', { name: /^Version 1 · / })).toBeAttached();
  await version.selectOption({ index: 1 });
  await picker.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(picker).toBeHidden();
  await expect(section.getByText(`${dependency} · version 1`)).toBeVisible();

  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByTestId('function-output')).toContainText('hello e2e from a dependency');
});
