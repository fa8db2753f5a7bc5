/**
 * Headless Chromium for the browser benchmarks: Debian's /usr/bin/chromium when present (Playwright cannot
 * download its own browser here), else Playwright's. The same flags as playwright.config.ts: without the
 * background-networking ones Chromium keeps trying hosts this machine cannot reach, during the measurements.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: CHROMIUM_ARGS,
  });
}
