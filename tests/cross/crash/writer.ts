// The crash test's writer (tests/cross/crash.test.ts): registers units one after another through
// the dispatcher, as the command line does, and prints each one's id and name once its
// transaction has committed — until it is killed.
import { createServiceContext } from '../../../electron/services/kernel/context.ts';
import { openTestStore } from '../../helpers/store.ts';
import { dispatchLocal } from '../../../electron/services/dispatch.ts';

const [file, first] = process.argv.slice(2);
if (!file || !first) throw new Error('usage: writer.ts <database> <first number>');
const ctx = createServiceContext(openTestStore(file, true));
for (let i = Number(first); ; i++) {
  const name = `崩溃测试单位${i}`;
  const r = await dispatchLocal(ctx, 'units.create', { name, type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, '崩溃测试');
  if (!r.ok) {
    process.stderr.write(`${r.error.code} ${r.error.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`${r.value.id}\t${name}\n`);
}
