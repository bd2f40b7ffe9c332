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

/**
 * What a group of tests needs from Debian, installed when missing and this machine can (root + apt);
 * otherwise a message saying what to install (the tests that need it then fail, never skip).
 */
function ensureDebian(has: () => boolean, packages: readonly string[], needed: string): void {
  if (has()) return;
  const install = `apt-get install ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${needed}，正在安装：${install}`);
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit' });
  }
  if (!has()) console.error(`${needed}，但本机没有：请先安装（Debian：${install}），相关测试无法通过。`);
}

function hasOffice(): boolean {
  const onPath = (tool: string) => (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, tool)));
  const fonts = spawnSync('fc-list', [], { encoding: 'utf8' });
  return onPath('soffice') && onPath('pdftotext') && /noto serif cjk/i.test(fonts.stdout ?? '');
}

/** Debian's Chromium and a CJK font for the end-to-end tests. */
const ensureBrowser = () => ensureDebian(hasChromium, ['chromium', 'fonts-wqy-zenhei'], '端到端测试需要 Chromium 和中文字体');
/** LibreOffice, poppler and Noto CJK for the documents' rendering checks. */
const ensureOffice = () => ensureDebian(hasOffice, ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-noto-cjk'], '文书排版测试需要 LibreOffice、poppler 和思源字体');

/**
 * The second date: the suites whose results depend on "today" (tips: deadlines, overdue lists,
 * the demo's year, statistics; rectification: 逾期, 需督办, the demo's history; interviews: working-day deadlines, the agenda, the demo; integrity: finished quarters, the demo's two years; consequences: the demo's loop — its other service tests run at their own fixed instant, after the scored year) run again as if on another day — a year without an official
 * holiday table — and, for the service tests, in a time zone far from the office's, so a
 * dependence on the real date or on the machine's zone cannot land.
 */
const SECOND_DAY = '2027-01-04';
const SECOND_ZONE = 'America/Los_Angeles';
const secondDay = { LIANQING_TEST_TODAY: SECOND_DAY };

const steps: Array<[string, () => number]> = [
  ['type-check', () => run('tsc', ['-p', 'tsconfig.json', '--noEmit'])],
  ['layer lint', () => run('node', ['scripts/lint-layers.ts'])],
  ['unit, database and service tests', () => (ensureOffice(), run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'vitest.json')}`]))],
  [`tips, rectification, interviews, integrity and consequences service tests again on ${SECOND_DAY}, TZ=${SECOND_ZONE}`, () =>
    run('vitest', ['run', 'tests/tips', 'tests/rectification', 'tests/interviews', 'tests/integrity', 'tests/consequences/services/demo.test.ts', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'vitest-second-day.json')}`], { ...secondDay, TZ: SECOND_ZONE })],
  ['renderer build', () => run('vite', ['build', '--logLevel', 'warn'])],
  ['Electron bundle build', () => run('vite', ['build', '--config', 'vite.electron.config.ts', '--logLevel', 'warn'])],
  ['end-to-end tests (Chromium)', () => {
    ensureBrowser();
    return run('playwright', ['test'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  }],
  [`tips, rectification, interviews, integrity and consequences end-to-end tests again on ${SECOND_DAY}`, () =>
    run('playwright', ['test', '--project=chromium', 'tests/tips/e2e', 'tests/rectification/e2e', 'tests/interviews/e2e', 'tests/integrity/e2e', 'tests/consequences/e2e'], {
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      ...secondDay,
      LIANQING_E2E_REPORT: join(results, 'e2e-second-day.json'),
      LIANQING_E2E_OUTPUT: join(results, 'playwright-second-day'),
    })],
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

function vitestCounts(name: string): Counts {
  const file = join(results, name);
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

interface PwSuite {
  suites?: PwSuite[];
  specs?: Array<{ title: string; tests: Array<{ projectName: string; status: string; annotations: Array<{ type: string; description?: string }> }> }>;
}

function playwrightCounts(name: string): Counts & { skippedWhy: string[] } {
  const file = join(results, name);
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

function add<T extends Counts>(a: T, b: Counts): T {
  return { ...a, passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

const v1 = vitestCounts('vitest.json');
const v2 = vitestCounts('vitest-second-day.json');
const p1 = playwrightCounts('e2e.json');
const p2 = playwrightCounts('e2e-second-day.json');
const v = add(v1, v2);
const p = add(p1, p2);
console.log(`\nvitest: ${v1.passed} passed, ${v1.failed} failed, ${v1.skipped} skipped`);
console.log(`vitest on ${SECOND_DAY} (TZ=${SECOND_ZONE}, tips, rectification, interviews, integrity and consequences): ${v2.passed} passed, ${v2.failed} failed, ${v2.skipped} skipped`);
console.log(`playwright: ${p1.passed} passed, ${p1.failed} failed, ${p1.skipped} skipped`);
console.log(`playwright on ${SECOND_DAY} (tips, rectification, interviews, integrity and consequences): ${p2.passed} passed, ${p2.failed} failed, ${p2.skipped} skipped`);
for (const line of [...p1.skippedWhy, ...p2.skippedWhy]) console.log(`skipped: ${line}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
const failed = v.failed + p.failed + (failedSteps.length > 0 && v.failed + p.failed === 0 ? 1 : 0);
console.log(`${v.passed + p.passed} passed, ${failed} failed, ${v.skipped + p.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
