/**
 * The console frame, against the real `npm start` stack: loading, keyboard navigation, language switch,
 * theme persistence, command palette, shortcut sheet, deep links, not-found. Role and label locators only.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { enUS } from '../src/i18n/en-US';
import { zhCN } from '../src/i18n/zh-CN';

/** Every catalogue string without interpolation, paired with its zh-CN counterpart. */
function pairs(en: object, zh: object): { en: string; zh: string }[] {
  return Object.entries(en).flatMap(([key, value]: [string, unknown]) => {
    const other: unknown = (zh as Record<string, unknown>)[key];
    if (typeof value === 'string') return typeof other === 'string' ? [{ en: value, zh: other }] : [];
    return typeof value === 'object' && value !== null && typeof other === 'object' && other !== null
      ? pairs(value, other)
      : [];
  });
}

/** English UI strings that must not remain visible in zh-CN mode (those whose translation differs). */
const ENGLISH_ONLY = pairs(enUS, zhCN)
  .filter((p) => p.en !== p.zh && !p.en.includes('{{'))
  .map((p) => p.en);

test.afterEach(() => {
  expect(pageErrors, 'errors in the browser console').toEqual([]);
});

async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  // Uncaught exceptions and console errors (CSP violations included) fail the journey.
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // Each test starts from the defaults: language from the browser (en-US), color scheme from the system.
  await page.goto('/');
  await page.evaluate(() => {
    window.localStorage.clear();
  });
});

test('the shell loads on the first connection with navigation, header and breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/c\/local\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Functions' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Logs' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Connection' })).toHaveValue('local');
  await expect(page.getByText('Local', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Dashboard');
  await expect(page).toHaveTitle('Dashboard · FunctionGraph Console');
});

test('navigation works from the keyboard: Tab to a nav link, Enter opens the page', async ({ page }) => {
  await page.goto('/c/local/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const target = page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Logs' });
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the Logs link').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/c\/local\/logs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logs' })).toBeVisible();
  await expect(target).toHaveAttribute('aria-current', 'page');
});

test('the language switch turns every visible string to zh-CN and back, without a reload', async ({
  page,
}) => {
  await page.goto('/c/local/functions');
  await expect(page.getByRole('heading', { level: 1, name: 'Functions' })).toBeVisible();
  // A marker on window survives only if the page is not reloaded.
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');

  await expect(page.getByRole('heading', { level: 1, name: '函数' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '总览' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '日志' })).toBeVisible();
  await expect(
    page
      .getByRole('link', { name: '创建函数' })
      .or(page.getByRole('button', { name: '创建函数' }))
      .first(),
  ).toBeVisible();
  await expect(page.getByText('本地', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  await expect(page.getByRole('button', { name: '搜索页面和操作' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);

  const text = await visibleText(page);
  const lines = text.split('\n').map((l) => l.trim());
  const leftovers = ENGLISH_ONLY.filter((s) => lines.includes(s) || (s.includes(' ') && text.includes(s)));
  expect(leftovers, 'English UI strings still visible in zh-CN mode').toEqual([]);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en-US');
  await expect(page.getByRole('heading', { level: 1, name: 'Functions' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('the chosen language survives a reload', async ({ page }) => {
  await page.goto('/c/local/logs');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '日志' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '日志' })).toBeVisible();
});

test('the theme switch applies at once and persists over reload', async ({ page }) => {
  await page.goto('/c/local/overview');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

  // A radio group: arrow keys move the choice, as a keyboard user would do it.
  await page.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await page.getByRole('radio', { name: 'Dark' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('Ctrl+K opens the command palette and moves to another page', async ({ page }) => {
  await page.goto('/c/local/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search pages and actions' });
  await expect(search).toBeFocused();
  await search.fill('logs');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/c\/local\/logs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logs' })).toBeVisible();
  await expect(search).toBeHidden();
});

test('? shows the keyboard shortcut sheet and Esc closes it', async ({ page }) => {
  await page.goto('/c/local/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('cell', { name: 'Open the command palette' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('a function page deep link shows its tab and breadcrumbs', async ({ page, request }) => {
  const { connections } = (await (await request.get('/api/connections')).json()) as {
    connections: { id: string; projectId: string }[];
  };
  const local = connections.find((c) => c.id === 'local');
  expect(local).toBeDefined();
  // Idempotent: an existing `hello` (another run on a reused server) answers 409, which is fine here.
  const created = await request.post(`/api/connections/local/v2/${local?.projectId ?? ''}/fgs/functions`, {
    data: {
      func_name: 'hello',
      package: 'default',
      runtime: 'Node.js18.15',
      handler: 'index.handler',
      memory_size: 128,
      timeout: 30,
      code_type: 'inline',
    },
  });
  expect([200, 409]).toContain(created.status());
  await page.goto('/c/local/functions/default/hello/triggers');
  await expect(page.getByRole('heading', { level: 1, name: 'hello' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Triggers' })).toHaveAttribute('aria-selected', 'true');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('link', { name: 'Functions' })).toBeVisible();
  await expect(crumbs.getByRole('link', { name: 'hello' })).toBeVisible();
  await expect(crumbs.getByText('Triggers')).toHaveAttribute('aria-current', 'page');
  await page.getByRole('tab', { name: 'Monitoring' }).click();
  await expect(page).toHaveURL(/\/functions\/default\/hello\/monitoring$/);
});

test('unknown pages and connections say so', async ({ page }) => {
  await page.goto('/c/local/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('/c/nope/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Connection not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Open Local FunctionGraph' }).click();
  await expect(page).toHaveURL(/\/c\/local\/overview$/);
});
