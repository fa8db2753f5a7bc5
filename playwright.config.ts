/**
 * End-to-end journeys against the real stack: `npm start` (console server + embedded local FunctionGraph)
 * on its own ports and a data dir wiped at every run, in headless Chromium (the system one when installed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const FG_LOCAL_PORT = Number(process.env.E2E_FG_LOCAL_PORT ?? 18181);
// `.fgdata-*/` is git-ignored. Wiped by the web server command (not here: this file is also loaded by every
// worker, and a reused server must keep its files), so every started stack begins empty.
const DATA_DIR = path.resolve('.fgdata-e2e');

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    colorScheme: 'light',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node -e "require('fs').rmSync(process.argv[1], { recursive: true, force: true })" ${JSON.stringify(DATA_DIR)} && npm start`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    // The first start may build the SPA.
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      FG_LOCAL_PORT: String(FG_LOCAL_PORT),
      FG_DATA_DIR: DATA_DIR,
      FG_DEMO_DATA: '0',
    },
  },
});
