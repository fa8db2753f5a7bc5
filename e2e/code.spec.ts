/**
 * Code tab against the real stack: edit in Monaco, deploy with Ctrl+S, run a test event and see the new result
 * and the printed log line (Node.js and Python); a second file required by the handler; a draft run of unsaved
 * code while the deployed code stays; the leave-page guard. Each journey creates its own function.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { COMMONJS_PACKAGE, createFunction as createWith, unique, zipBase64 } from './support/local-api';
import type { LocalConnection } from './support/local-api';

/** A function with these files and a saved test event `hello` ({"who":"e2e"}). */
async function createFunction(
  request: APIRequestContext,
  name: string,
  runtime: string,
  files: Record<string, string>,
): Promise<LocalConnection> {
  const { connection } = await createWith(request, { name, runtime, files, codeType: 'zip' });
  const event = await request.post(`${connection.base}/functions/default:${name}/events`, {
    data: { name: 'hello', content: Buffer.from('{"who":"e2e"}').toString('base64') },
  });
  expect(event.ok(), await event.text()).toBe(true);
  return connection;
}

const NODE_PKG = COMMONJS_PACKAGE;

async function openCode(page: Page, connection: LocalConnection, name: string, file: string) {
  await page.goto(`/c/${connection.id}/functions/default/${name}/code`);
  const editor = page.getByRole('textbox', { name: `Code of ${file}` });
  await expect(editor).toBeAttached({ timeout: 20_000 });
  return editor;
}

/**
 * Replaces the whole buffer of a Monaco editor. One line per snippet: typed newlines get Monaco's auto-indent
 * and bracket completion, which a user would also get but would then fix by hand.
 */
async function replaceCode(page: Page, editor: ReturnType<Page['getByRole']>, code: string) {
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

async function runTest(page: Page) {
  await page.getByRole('button', { name: 'Test', exact: true }).click();
}

test('Node.js: change the return value, deploy with Ctrl+S, run the test event', async ({
  page,
  request,
}) => {
  const name = unique('e2e-code-node');
  const connection = await createFunction(request, name, 'Node.js18.15', {
    ...NODE_PKG,
    'index.js': 'exports.handler = async (event, context) => ({ greeting: "old" });\n',
  });
  const editor = await openCode(page, connection, name, 'index.js');
  await expect(page.getByLabel('Saved Test Events')).toHaveValue(/.+/);
  await replaceCode(
    page,
    editor,
    'exports.handler = async (event, context) => { console.log("printed-by-" + event.who); return { greeting: "new" }; };',
  );
  await expect(page.getByText('1 unsaved change')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByText('All changes deployed')).toBeVisible();
  await runTest(page);
  await expect(page.getByText('Execution successful')).toBeVisible();
  await expect(page.getByTestId('function-output')).toContainText('"greeting": "new"');
  await expect(page.getByTestId('log-output')).toContainText('printed-by-e2e');
});

test('Python: change the return value, deploy with Ctrl+S, run the test event', async ({ page, request }) => {
  const name = unique('e2e-code-py');
  const connection = await createFunction(request, name, 'Python3.10', {
    'index.py': 'def handler(event, context):\n    return {"greeting": "old"}\n',
  });
  const editor = await openCode(page, connection, name, 'index.py');
  await replaceCode(
    page,
    editor,
    'def handler(event, context): print("printed-by-" + event["who"]); return {"greeting": "new-py"}',
  );
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByText('All changes deployed')).toBeVisible();
  await runTest(page);
  await expect(page.getByTestId('function-output')).toContainText('"greeting": "new-py"');
  await expect(page.getByTestId('log-output')).toContainText('printed-by-e2e');
});

test('a second file that the handler requires is deployed and used', async ({ page, request }) => {
  const name = unique('e2e-code-two');
  const connection = await createFunction(request, name, 'Node.js18.15', {
    ...NODE_PKG,
    'index.js': 'exports.handler = async (event, context) => "one file";\n',
  });
  await openCode(page, connection, name, 'index.js');
  await page.getByRole('button', { name: 'New file' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New file' });
  await dialog.getByLabel('Path').fill('lib/greet.js');
  await dialog.getByRole('button', { name: 'Create' }).click();
  const greet = page.getByRole('textbox', { name: 'Code of lib/greet.js' });
  await expect(greet).toBeAttached();
  await replaceCode(page, greet, 'exports.greet = (who) => "hello " + who + " from lib";');
  await page
    .getByRole('navigation', { name: 'Package files' })
    .getByRole('button', { name: 'index.js', exact: true })
    .click();
  const index = page.getByRole('textbox', { name: 'Code of index.js' });
  await replaceCode(
    page,
    index,
    'const { greet } = require("./lib/greet"); exports.handler = async (event, context) => greet(event.who);',
  );
  await expect(page.getByText('2 unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Deploy', exact: true }).click();
  await expect(page.getByText('All changes deployed')).toBeVisible();
  await runTest(page);
  await expect(page.getByTestId('function-output')).toContainText('hello e2e from lib');
});

test('draft run executes unsaved code while the deployed code is unchanged', async ({ page, request }) => {
  const name = unique('e2e-code-draft');
  const connection = await createFunction(request, name, 'Node.js18.15', {
    ...NODE_PKG,
    'index.js': 'exports.handler = async (event, context) => "deployed-version";\n',
  });
  const editor = await openCode(page, connection, name, 'index.js');
  await replaceCode(page, editor, 'exports.handler = async (event, context) => "draft-version";');
  await page.getByRole('button', { name: 'Run draft' }).click();
  await expect(page.getByText('Draft run (not deployed)')).toBeVisible();
  await expect(page.getByTestId('function-output')).toContainText('draft-version');
  await runTest(page);
  await expect(page.getByText('Draft run (not deployed)')).toBeHidden();
  await expect(page.getByTestId('function-output')).toContainText('deployed-version');
  await expect(page.getByText('1 unsaved change')).toBeVisible();
});

test('leaving the page with unsaved edits asks first', async ({ page, request }) => {
  const name = unique('e2e-code-leave');
  const connection = await createFunction(request, name, 'Node.js18.15', {
    ...NODE_PKG,
    'index.js': 'exports.handler = async (event, context) => 1;\n',
  });
  const editor = await openCode(page, connection, name, 'index.js');
  await replaceCode(page, editor, 'exports.handler = async (event, context) => 2;');
  await page.getByRole('tab', { name: 'Configuration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without deploying?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(/\/code$/);
  await expect(page.getByText('1 unsaved change')).toBeVisible();
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without deploying?' })
    .getByRole('button', { name: 'Leave' })
    .click();
  await expect(page).toHaveURL(/\/configuration/);
});

test('a published version opens read-only with its own code; latest opens editable', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const files = (word: string) => ({
    'index.js': `exports.handler = async () => "${word}";\n`,
    ...NODE_PKG,
  });
  const fn = await createWith(request, { name: unique('e2e-pub'), files: files('one') });
  const published = await request.post(
    `${fn.connection.base}/functions/${encodeURIComponent(fn.urn)}/versions`,
    { data: { version: 'v1' } },
  );
  expect(published.ok(), await published.text()).toBe(true);
  const changed = await request.put(
    `${fn.connection.base}/functions/${encodeURIComponent(`${fn.urn}:latest`)}/code`,
    { data: { code_type: 'inline', func_code: { file: zipBase64(files('two')) } } },
  );
  expect(changed.ok(), await changed.text()).toBe(true);

  await page.goto(`${fn.path('code')}?qualifier=v1`);
  await expect(page.getByRole('textbox', { name: 'Code of index.js' })).toBeAttached({ timeout: 20_000 });
  await expect(
    page.getByText('Version v1 is published: its code cannot change.', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"one"');
  await expect(page.getByRole('button', { name: 'Deploy' })).toHaveCount(0);

  // The header's selector (not the test panel's native one) switches the tab to latest: its own code, editable.
  await page.getByRole('combobox', { name: 'Version/Alias' }).and(page.locator('input')).click();
  await page.getByRole('listbox', { name: 'Version/Alias' }).getByRole('option', { name: 'latest' }).click();
  await expect(page.getByRole('button', { name: 'Deploy' })).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"two"');
  await expect(page.getByText('is published', { exact: false })).toHaveCount(0);
});
