/**
 * Logs view benchmark (issue #8): 50,000 loaded lines in the virtualized LogLineList, scrolled from top to
 * bottom in headless Chromium (production build). Target: never more than 1,000 DOM nodes in the document.
 * Also reports the longest frame while scrolling.
 */
import { runInBrowser } from './charts';

const LOGS_ENTRY = `
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';
import { LogLineList } from '@/features/logs/components/log-line-list';
import { toLogLine } from '@/features/logs/utils/log-lines';

const N = 50_000;
const T0 = Date.UTC(2026, 10, 28);
const lines = Array.from({ length: N }, (_, i) => {
  const id = 'req-' + Math.floor(i / 5);
  const content = i % 5 === 0 ? "2026-11-28T00:00:00Z Start invoke request '" + id + "', version: latest" : 'line ' + i + ' of the <HighLightTag>bench</HighLightTag> output';
  return toLogLine({ content, line_num: String((T0 + N - i) * 1_000_000 + 1), labels: { requestId: id, level: i % 50 === 0 ? 'ERROR' : 'INFO' } });
});
const labels = { list: 'Log lines', time: 'Time', level: 'Level', requestId: 'Request ID', openRequest: (id) => 'Open ' + id };
createRoot(document.getElementById('root')).render(
  <MantineProvider><LogLineList lines={lines} labels={labels} onOpenRequest={() => {}} onEndReached={() => {}} /></MantineProvider>,
);
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
window.runBench = async () => {
  const viewport = document.querySelector('[role="log"]');
  while (!viewport.querySelector('[data-line]')) await frame();
  let maxNodes = document.getElementsByTagName('*').length;
  let longestFrame = 0;
  const steps = 200;
  let last = await frame();
  for (let s = 1; s <= steps; s++) {
    viewport.scrollTop = (viewport.scrollHeight * s) / steps;
    const now = await frame();
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
    maxNodes = Math.max(maxNodes, document.getElementsByTagName('*').length);
  }
  const lastShown = viewport.querySelector('[data-line]:last-child')?.getAttribute('data-line');
  return { maxNodes, longestFrame, reachedEnd: lastShown === lines[N - 1].lineNum, rows: viewport.querySelectorAll('[data-line]').length };
};
`;

export interface LogsBenchResult {
  lines: number;
  maxDomNodes: number;
  longestFrameMs: number;
  reachedEnd: boolean;
}

export async function runLogsBench(): Promise<LogsBenchResult> {
  const raw = await runInBrowser('logs', LOGS_ENTRY, async (page) => {
    await page.waitForFunction(() => 'runBench' in window);
    return page.evaluate(() =>
      (
        window as unknown as {
          runBench: () => Promise<{
            maxNodes: number;
            longestFrame: number;
            reachedEnd: boolean;
            rows: number;
          }>;
        }
      ).runBench(),
    );
  });
  const result = {
    lines: 50_000,
    maxDomNodes: raw.maxNodes,
    longestFrameMs: Math.round(raw.longestFrame),
    reachedEnd: raw.reachedEnd,
  };
  console.log(
    `\nLogs view: 50,000 lines scrolled top to bottom; at most ${String(result.maxDomNodes)} DOM nodes (target ≤ 1,000), ` +
      `longest frame ${String(result.longestFrameMs)} ms, last line reached: ${String(result.reachedEnd)} — ${result.maxDomNodes <= 1000 && result.reachedEnd ? 'OK' : 'OVER TARGET'}`,
  );
  return result;
}
