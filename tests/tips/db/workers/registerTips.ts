// A second process registering tips into the same database file (for the numbering test).
import { createServiceContext } from '../../../../electron/services/kernel/context.ts';
import { openTestStore } from '../../../helpers/store.ts';
import { dispatchLocal } from '../../../../electron/services/dispatch.ts';

const [file, countText, label] = process.argv.slice(2);
const store = openTestStore(file as string);
const ctx = createServiceContext(store);
const numbers: string[] = [];
for (let i = 0; i < Number(countText); i++) {
  const r = await dispatchLocal(ctx, 'tips.register', {
    receivedDate: '2026-01-05',
    channel: '电话',
    mode: '匿名',
    people: [{ name: `测试人员${label}${i}` }],
    categories: ['工作纪律'],
    summary: `并发登记测试 ${label}-${i}`,
    content: '并发登记测试内容',
  }, `进程${label}`);
  if (!r.ok) {
    process.stderr.write(`${r.error.code} ${r.error.message}\n`);
    process.exit(1);
  }
  numbers.push(r.value.number);
}
store.db.close();
process.stdout.write(JSON.stringify(numbers));
