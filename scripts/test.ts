// npm test: every check and test of the project, in order, with one summary line at the end.
// Type-check, layer lint, unit/database/service tests (vitest), the renderer and Electron
// bundles, then end-to-end tests in a real Chromium (Playwright).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../electron/hosts/paths.ts';
import { run } from './lib/run.ts';

const results = join(PROJECT_ROOT, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function hasChromium(): boolean {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(existsSync) || existsSync(join(process.env.HOME ?? '', '.cache', 'ms-playwright'));
}

/** Debian's Chromium and a CJK font, when missing and this machine can install them (root + apt). */
function ensureBrowser(): void {
  if (hasChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('端到端测试需要 Chromium 和中文字体，正在安装：apt-get install chromium fonts-wqy-zenhei');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-zenhei'], { stdio: 'inherit' });
  }
  if (!hasChromium()) {
    console.error('找不到 Chromium：请先安装（Debian：apt-get install chromium fonts-wqy-zenhei），端到端测试无法运行。');
  }
}

const steps: Array<[string, () => number]> = [
  ['type-check', () => run('tsc', ['-p', 'tsconfig.json', '--noEmit'])],
  ['layer lint', () => run('node', ['scripts/lint-layers.ts'])],
  ['unit, database and service tests', () => run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'vitest.json')}`])],
  ['renderer build', () => run('vite', ['build', '--logLevel', 'warn'])],
  ['Electron bundle build', () => run('vite', ['build', '--config', 'vite.electron.config.ts', '--logLevel', 'warn'])],
  ['end-to-end tests (Chromium)', () => {
    ensureBrowser();
    return run('playwright', ['test'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  }],
];

const failedSteps: string[] = [];
for (const [name, step] of steps) {
  console.log(`\n=== ${name} ===`);
  const code = step();
  if (code !== 0) failedSteps.push(name);
  if (code !== 0 && (name === 'type-check' || name === 'renderer build')) break;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(): Counts {
  const file = join(results, 'vitest.json');
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

interface PwSuite {
  suites?: PwSuite[];
  specs?: Array<{ title: string; tests: Array<{ projectName: string; status: string; annotations: Array<{ type: string; description?: string }> }> }>;
}

function playwrightCounts(): Counts & { skippedWhy: string[] } {
  const file = join(results, 'e2e.json');
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0, skippedWhy: [] };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites: PwSuite[] };
  const skippedWhy: string[] = [];
  const walk = (suite: PwSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== 'skipped') continue;
        const why = t.annotations.find((a) => a.type === 'skip')?.description ?? '';
        skippedWhy.push(`[${t.projectName}] ${spec.title}${why ? ` — ${why}` : ''}`);
      }
    }
    suite.suites?.forEach(walk);
  };
  r.suites.forEach(walk);
  return { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped, skippedWhy };
}

const v = vitestCounts();
const p = playwrightCounts();
console.log(`\nvitest: ${v.passed} passed, ${v.failed} failed, ${v.skipped} skipped`);
console.log(`playwright: ${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped`);
for (const line of p.skippedWhy) console.log(`skipped: ${line}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
const failed = v.failed + p.failed + (failedSteps.length > 0 && v.failed + p.failed === 0 ? 1 : 0);
console.log(`${v.passed + p.passed} passed, ${failed} failed, ${v.skipped + p.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
