/**
 * Chart benchmark (issue #8): three series of 10,000 points each drawn by the TimeSeriesChart wrapper in headless
 * Chromium, production build. Target: painted ≤ 500 ms, no long task over 200 ms.
 * Also exports the small browser harness the logs benchmark uses: a page built with Vite from an entry module,
 * served from a temp dir, opened in Chromium.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { launchChromium } from './lib/browser';

/** Builds `entry` (TSX source, may import `@/…`) into a page, serves it, runs `measure` in Chromium. */
export async function runInBrowser<T>(
  name: string,
  entry: string,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  // Inside the repo so bare imports resolve from node_modules.
  fs.mkdirSync(path.resolve('node_modules/.cache'), { recursive: true });
  const root = fs.mkdtempSync(path.resolve(`node_modules/.cache/fg-bench-${name}-`));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-bench-'));
  fs.writeFileSync(path.join(root, 'main.tsx'), entry);
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { '@': path.resolve('src') } },
    // Readable function names in profiles: FG_BENCH_PROFILE, or FG_BENCH_MINIFY=0 alone.
    build: {
      outDir,
      emptyOutDir: true,
      minify: !process.env.FG_BENCH_PROFILE && process.env.FG_BENCH_MINIFY !== '0',
    },
  });
  const server = http.createServer((req, res) => {
    const file = path.join(
      outDir,
      (req.url ?? '/') === '/' ? 'index.html' : ((req.url ?? '').split('?')[0] ?? ''),
    );
    if (!file.startsWith(outDir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`);
    // FG_BENCH_PROFILE=<dir>: a trace (<name>.trace.json, Chrome DevTools' Performance panel; performance.mark()s
    // show) and a CPU profile (<name>.cpuprofile) of the measured part.
    const profileDir = process.env.FG_BENCH_PROFILE;
    if (!profileDir) return await measure(page);
    fs.mkdirSync(profileDir, { recursive: true });
    // The (unminified) build next to the profile, to read its line numbers.
    fs.cpSync(outDir, path.join(profileDir, `${name}-build`), { recursive: true });
    // FG_BENCH_PROFILE_CPU=0: the trace alone (the sampling profiler slows the page down).
    const sampling = process.env.FG_BENCH_PROFILE_CPU !== '0';
    const cdp = await page.context().newCDPSession(page);
    if (sampling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, {
      path: path.join(profileDir, `${name}.trace.json`),
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    const result = await measure(page);
    await browser.stopTracing();
    if (sampling) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    return result;
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

const CHART_ENTRY = `
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';

const N = 10_000;
const T0 = Date.UTC(2026, 0, 1);
const make = (key, color, f) => ({ key, label: key, color, points: Array.from({ length: N }, (_, i) => ({ t: T0 + i * 60_000, v: i % 997 === 0 ? null : f(i) })) });
const series = [
  make('min', '#40c057', (i) => 5 + Math.sin(i / 40) * 3),
  make('avg', '#15aabf', (i) => 20 + Math.sin(i / 70) * 10 + (i % 13)),
  make('max', '#7950f2', (i) => (i === 7777 ? 900 : 60 + Math.cos(i / 30) * 25)),
];
const longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e); }).observe({ type: 'longtask', buffered: true });
// The app frame (Mantine) is already on screen when a chart arrives: mount it first, measure the chart alone.
let show;
function App() {
  const [on, setOn] = useState(false);
  show = () => setOn(true);
  return <MantineProvider>{on ? <TimeSeriesChart title="Duration" unit="ms" series={series} emptyLabel="none" timeZoneLabel="local" width={1100} height={300} /> : null}</MantineProvider>;
}
createRoot(document.getElementById('root')).render(<App />);
window.runBench = () => new Promise((resolve) => {
  const t0 = performance.now();
  show();
  const wait = () => {
    // Every line drawn (a chart may draw its series in several passes), then the frame that shows them.
    const paths = document.querySelectorAll('path.recharts-line-curve');
    const path = paths[0];
    if (paths.length < series.length) { requestAnimationFrame(wait); return; }
    requestAnimationFrame(() => setTimeout(() => {
      const paintedMs = performance.now() - t0;
      setTimeout(() => resolve({ paintedMs, longTasks: longTasks.filter((e) => e.startTime + e.duration >= t0).map((e) => e.duration), drawnPoints: (path.getAttribute('d') || '').split(/[ML]/).length - 1 }), 300);
    }, 0));
  };
  requestAnimationFrame(wait);
});
`;

export interface ChartBenchResult {
  paintedMs: number;
  longestTaskMs: number;
  drawnPointsPerSeries: number;
}

export async function runChartsBench(): Promise<ChartBenchResult> {
  const raw = await runInBrowser('charts', CHART_ENTRY, async (page) => {
    await page.waitForFunction(() => 'runBench' in window);
    return page.evaluate(() =>
      (
        window as unknown as {
          runBench: () => Promise<{ paintedMs: number; longTasks: number[]; drawnPoints: number }>;
        }
      ).runBench(),
    );
  });
  const result = {
    paintedMs: Math.round(raw.paintedMs),
    longestTaskMs: Math.round(Math.max(0, ...raw.longTasks)),
    drawnPointsPerSeries: raw.drawnPoints,
  };
  const ok = result.paintedMs <= 500 && result.longestTaskMs <= 200;
  console.log(
    `\nCharts: 3 series × 10,000 points painted in ${String(result.paintedMs)} ms (target ≤ 500), longest task ${String(result.longestTaskMs)} ms (target ≤ 200), ${String(result.drawnPointsPerSeries)} points drawn per line — ${ok ? 'OK' : 'OVER TARGET'}`,
  );
  return result;
}
