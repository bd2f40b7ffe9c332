// A test environment over the store as the hosts open it (tests/helpers/store.ts): an encrypted
// database in a data folder of its own (<dir>/data/lianqing.sqlite, its attachments and backups
// beside it), its key file in the run's key folder and the audit head kept outside — for the tests
// of what reads or replaces the files themselves (backups, restores). Same shape as makeEnv's.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServiceContext } from '../../electron/services/kernel/context.ts';
import { openTestStore } from './store.ts';
import { tempDir, TestClock, unlabelledEntries, type TestEnv } from './services.ts';

export function makeEncryptedEnv(at?: string): TestEnv {
  const dir = tempDir('lianqing-store-');
  const file = join(dir, 'data', 'lianqing.sqlite');
  mkdirSync(join(dir, 'data'), { mode: 0o700 });
  const clock = new TestClock(at);
  const ctx = createServiceContext(openTestStore(file, true, () => clock.now()), clock);
  const sleeps: number[] = [];
  ctx.sleep = async (ms) => {
    sleeps.push(ms);
  };
  return {
    dir,
    file,
    get db() {
      return ctx.db;
    },
    ctx,
    clock,
    sleeps,
    close() {
      const unlabelled = unlabelledEntries(ctx.db);
      ctx.db.close();
      rmSync(dir, { recursive: true, force: true });
      if (unlabelled.length > 0) throw new Error(`audit entries with keys no piece of the contract names:\n${unlabelled.join('\n')}`);
    },
  };
}
