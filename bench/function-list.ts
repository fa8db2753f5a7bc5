/**
 * Function list benchmark (issue #5): 10,000 functions already in the query cache, the real list page
 * (FunctionListPage: toolbar, virtualized table) in headless Chromium, production build.
 * Targets: rows painted ≤ 100 ms after render starts; ≤ 500 DOM elements inside the list whatever the count
 * (measured at the top and after scrolling to the middle); a search keystroke → filtered rows painted ≤ 50 ms.
 */
import { runInBrowser } from './charts';

const ENTRY = `
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '@/i18n/i18n';
import { ActiveConnectionProvider } from '@/lib/active-connection';
import { functionListQueryOptions } from '@/features/functions/api/list-functions';
import { FunctionListPage } from '@/features/functions/components/list/function-list-page';

const N = 10_000;
const RUNTIMES = ['Node.js18.15', 'Python3.9', 'Python3.10', 'Node.js16.17', 'Java11', 'Go1.x'];
const connection = { id: 'local', name: 'Local', kind: 'local', region: 'local-1', projectId: 'p'.repeat(32), endpoint: 'http://127.0.0.1', authType: 'aksk' };
const scope = { connectionId: 'local', projectId: connection.projectId };
const functions = Array.from({ length: N }, (_, i) => ({
  func_urn: 'urn:fss:local-1:' + connection.projectId + ':function:app-' + (i % 25) + ':svc-' + String(i).padStart(5, '0'),
  func_name: 'svc-' + String(i).padStart(5, '0'),
  package: 'app-' + (i % 25),
  runtime: RUNTIMES[i % RUNTIMES.length],
  handler: 'index.handler',
  memory_size: [128, 256, 512, 1024][i % 4],
  timeout: 30,
  description: 'Function number ' + i + ' of the benchmark',
  last_modified: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  strategy_config: { concurrency: -1, concurrent_num: 1 },
}));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
const listKey = functionListQueryOptions(scope).queryKey;
queryClient.setQueryData(listKey, { pages: [{ functions, next_marker: N, count: N }], pageParams: [0] });
queryClient.setQueryData([...listKey, 'tags'], new Map());
const i18n = createI18n();
const router = createMemoryRouter([{ path: '*', element: <FunctionListPage /> }], { initialEntries: ['/c/local/functions'] });

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const rows = () => document.querySelectorAll('[data-function-list] tbody tr:not([aria-hidden])');
const listElements = () => document.querySelector('[data-function-list]')?.querySelectorAll('*').length ?? 0;

window.runBench = async () => {
  const t0 = performance.now();
  createRoot(document.getElementById('root')).render(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ActiveConnectionProvider connection={connection}>
            <RouterProvider router={router} />
          </ActiveConnectionProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
  while (rows().length === 0) await frame();
  const paintMs = performance.now() - t0;
  const rowsShown = rows().length;
  const domTop = listElements();
  const scroller = document.querySelector('[data-function-list]');
  scroller.scrollTop = scroller.scrollHeight / 2;
  await frame(); await frame();
  const domMiddle = listElements();
  scroller.scrollTop = 0;
  await frame();

  const input = document.querySelector('input[type=search]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const keystrokes = [];
  for (const ch of 'svc-0012') {
    const before = rows()[0]?.textContent;
    const t = performance.now();
    setValue.call(input, input.value + ch);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    keystrokes.push({ ch, ms: performance.now() - t, rows: rows().length, changed: rows()[0]?.textContent !== before });
  }
  const matches = document.querySelectorAll('[data-function-list] tbody tr:not([aria-hidden])').length;
  return { paintMs, rowsShown, domTop, domMiddle, keystrokes, matches };
};
`;

interface ListFigures {
  paintMs: number;
  rowsShown: number;
  domTop: number;
  domMiddle: number;
  keystrokes: { ch: string; ms: number; rows: number; changed: boolean }[];
  matches: number;
}

export async function runFunctionListBench(): Promise<ListFigures> {
  const figures = await runInBrowser('function-list', ENTRY, async (page) => {
    await page.waitForFunction(() => 'runBench' in window);
    return page.evaluate(() => (window as unknown as { runBench: () => Promise<ListFigures> }).runBench());
  });
  const worst = Math.max(...figures.keystrokes.map((k) => k.ms));
  const median = [...figures.keystrokes.map((k) => k.ms)].sort((a, b) => a - b)[
    Math.floor(figures.keystrokes.length / 2)
  ];
  const dom = Math.max(figures.domTop, figures.domMiddle);
  const ok = (pass: boolean) => (pass ? 'OK' : 'OVER');
  console.log(
    [
      '\nFunction list (10,000 functions in the cache, Chromium, production build)',
      `  rows painted          ${figures.paintMs.toFixed(1)} ms (${String(figures.rowsShown)} rows in the DOM)  target ≤ 100 ms  ${ok(figures.paintMs <= 100)}`,
      `  DOM elements in list  ${String(figures.domTop)} at top, ${String(figures.domMiddle)} mid-scroll  target ≤ 500  ${ok(dom <= 500)}`,
      `  search keystroke      median ${(median ?? 0).toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${String(figures.keystrokes.length)} keys  target ≤ 50 ms  ${ok(worst <= 50)}`,
      `  last query matched    ${String(figures.matches)} rows`,
    ].join('\n'),
  );
  return figures;
}
