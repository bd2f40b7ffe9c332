// Per test: a fresh temporary database and its own loopback host (the real services), whose
// first line of output is the address to open. The demo fixture starts from a database
// prepared once per worker with the CLI's `demo` command (≈200 units, 2000 people), copied.
// Time: every host runs on the tests' clock (TEST_NOW, from LIANQING_TEST_TODAY) through
// `serve --clock-file`, the demo is made for that day (`demo --today`), and the browser's clock
// starts at the same moment — nothing depends on the day the suite happens to run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';
import { TEST_NOW, TEST_TODAY } from '../testDate.ts';
import { stopProcess } from '../processes.ts';
import { copyStore } from '../store.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'electron', 'hosts', 'cli.ts');

export const ADMIN = { username: 'admin', password: 'Admin12345', displayName: '王管理' };

export interface Host {
  url: string;
  dir: string;
  dbFile: string;
}

function startHost(dbFile: string, clockFile: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  // The host keeps the machine's time zone: its dates are the office's (settings) whatever TZ is.
  const child = spawn(process.execPath, [CLI, 'serve', '--db', dbFile, '--port', '0', '--clock-file', clockFile], {
    cwd: ROOT,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start in 60 s:\n${output}`)), 60_000);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (/^http:\/\/127\.0\.0\.1:\d+\//.test(line)) resolveUrl({ url: line.trim(), child, output: () => output });
      else reject(new Error(`unexpected first line from host: ${line}\n${output}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code}) before printing its address:\n${output}`));
    });
  });
}


async function withHost(dir: string, dbFile: string, use: (host: Host) => Promise<void>, clockFile = testClockFile(dir)): Promise<void> {
  const { url, child } = await startHost(dbFile, clockFile);
  try {
    await use({ url, dir, dbFile });
  } finally {
    await stopProcess(child);
  }
}

/** A clock file holding TEST_NOW: the host's "now" until the test moves it. */
function testClockFile(dir: string): string {
  const file = join(dir, 'clock.txt');
  writeFileSync(file, TEST_NOW.toISOString());
  return file;
}

/** A host whose clock the test moves (serve --clock-file): deadlines without waiting. */
export interface ClockHost extends Host {
  /** Moves the service's and the browser's clocks to whole days after TEST_NOW. */
  setDaysAhead(days: number): Promise<void>;
}

interface Fixtures {
  /** A host over an empty database (first start). */
  host: Host;
  /** A host over a copy of the demo database (admin / ADMIN.password). */
  demoHost: Host;
  /** demoHost with a clock the test moves. */
  clockHost: ClockHost;
}

interface WorkerFixtures {
  demoTemplate: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  demoTemplate: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'lianqing-demo-'));
      const file = join(dir, 'demo.sqlite');
      const made = spawnSync(process.execPath, [CLI, 'demo', '--db', file, '--admin-password', ADMIN.password, '--today', TEST_TODAY], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (made.status !== 0) throw new Error(`demo database not created:\n${made.stdout}\n${made.stderr}`);
      await use(file);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  // The browser's clock starts at the tests' "now" and runs on from there.
  page: async ({ page }, use) => {
    await page.clock.install({ time: TEST_NOW });
    await use(page);
  },

  host: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lianqing-e2e-'));
    try {
      await withHost(dir, join(dir, 't.sqlite'), use);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

  demoHost: async ({ demoTemplate }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lianqing-e2e-'));
    const dbFile = copyDemo(demoTemplate, dir);
    try {
      await withHost(dir, dbFile, use);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

  clockHost: async ({ demoTemplate, page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lianqing-e2e-'));
    const dbFile = copyDemo(demoTemplate, dir);
    const clockFile = testClockFile(dir);
    const setDaysAhead = async (days: number) => {
      const at = new Date(TEST_NOW.getTime() + days * 86_400_000);
      writeFileSync(clockFile, at.toISOString());
      await page.clock.setSystemTime(at);
    };
    try {
      await withHost(dir, dbFile, (host) => use({ ...host, setDaysAhead }), clockFile);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

/** A copy of the demo database with its key (the demo command closes it with its WAL folded in). */
function copyDemo(template: string, dir: string): string {
  const dbFile = join(dir, 't.sqlite');
  copyStore(template, dbFile);
  return dbFile;
}

export { expect };

/** Opens the app's address and signs in through the login screen, as a person would. */
export async function login(page: Page, url: string, username = ADMIN.username, password = ADMIN.password): Promise<void> {
  await page.goto(url);
  await signIn(page, username, password);
}

/** Signs in on the login screen already shown. */
export async function signIn(page: Page, username = ADMIN.username, password = ADMIN.password): Promise<void> {
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
}

/** Opens a page from the left navigation. */
export async function openPage(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}
