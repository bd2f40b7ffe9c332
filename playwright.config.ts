// End-to-end tests: the browser shell (loopback host + built renderer) in a real Chromium,
// and the Electron window where an Electron binary exists. Build the renderer first:
//   npx vite build && npx playwright test --project=chromium
// Specs live beside their domain: tests/<domain>/e2e/*.spec.ts.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, defineConfig } from '@playwright/test';

// Key files of the databases the tests make, in a folder of this run's own (electron/hosts/paths.ts
// keysDir): the hosts the fixtures start inherit it. Never the person's real key folder.
process.env.LIANQING_KEY_DIR ??= mkdtempSync(join(tmpdir(), 'lianqing-e2e-keys-'));

/** Playwright's own Chromium when it was downloaded; otherwise the system's (Debian's). */
function chromiumPath(): string | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // not installed
  }
  return '/usr/bin/chromium';
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests',
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: process.env.LIANQING_E2E_OUTPUT ?? 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: process.env.LIANQING_E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests',
      testMatch: '**/e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      testMatch: '*.spec.ts',
    },
  ],
});
