// npm run soak [-- KILLS]: the crash test with many more kills than npm test's 20 (default 200):
// a writer killed with SIGKILL again and again, every committed record checked after each.
import { run } from './lib/run.ts';

const kills = process.argv[2] ?? '200';
if (!/^\d{1,5}$/.test(kills)) {
  console.error(`用法：npm run soak -- 次数（例如 500），不是“${kills}”`);
  process.exit(2);
}
process.exit(run('vitest', ['run', 'tests/cross/crash.test.ts', '--testTimeout', String(Number(kills) * 5_000)], { LIANQING_CRASH_KILLS: kills }));
