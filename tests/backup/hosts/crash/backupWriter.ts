// The backup crash test's writer (tests/backup/hosts/crash.test.ts): starts as the hosts do (a
// restore cut short finished, stray attachment files and partial backups swept), then, until it is
// killed, commits a unit and makes a backup, one after the other, through the dispatcher as the
// command line. It prints each unit once committed, `begin` before each backup and the backup's
// folder once it is complete.
import { createServiceContext } from '../../../../electron/services/kernel/context.ts';
import { dispatchLocal } from '../../../../electron/services/dispatch.ts';
import { resumeRestore } from '../../../../electron/services/backup/index.ts';
import { sweepAttachments } from '../../../../electron/services/tips/index.ts';
import { sweepBackups } from '../../../../electron/hosts/dailyBackups.ts';
import { openTestStore } from '../../../helpers/store.ts';

const [file, first] = process.argv.slice(2);
if (!file || !first) throw new Error('usage: backupWriter.ts <database> <first number>');
resumeRestore(file);
const ctx = createServiceContext(openTestStore(file));
sweepAttachments(ctx);
process.stdout.write(`swept\t${sweepBackups(ctx)}\n`);
for (let i = Number(first); ; i++) {
  const name = `备份崩溃测试单位${i}`;
  const unit = await dispatchLocal(ctx, 'units.create', { name, type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, '崩溃测试');
  if (!unit.ok) {
    process.stderr.write(`${unit.error.code} ${unit.error.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`unit\t${unit.value.id}\t${name}\n`);
  process.stdout.write('begin\n');
  const made = await dispatchLocal(ctx, 'backup.create', {}, '崩溃测试');
  if (!made.ok) {
    process.stderr.write(`${made.error.code} ${made.error.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`backup\t${made.value.backup.folder}\n`);
}
