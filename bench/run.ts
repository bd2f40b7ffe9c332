// npm run bench: figures for the registry at 10× a large county (3,000 units, 50,000 people)
// on a real SQLite file, through the same services the app uses. Prints medians in ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import { insertUnit } from '../db/repos/units.ts';
import { insertPerson } from '../db/repos/people.ts';
import { insertUser } from '../db/repos/users.ts';
import { createServiceContext } from '../electron/services/context.ts';
import { dispatch } from '../electron/services/dispatch.ts';
import { hashPassword } from '../electron/services/passwords.ts';
import { makeDemoData } from '../electron/services/demo/demoData.ts';
import type { OpInput, OpName } from '../shared/api.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 3000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50000);
const RUNS = 15;

const dir = mkdtempSync(join(tmpdir(), 'lianqing-bench-'));
const file = join(dir, 'bench.sqlite');
const { db } = openDatabase(file);
const ctx = createServiceContext(db, file);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

const t0 = performance.now();
const data = makeDemoData({ units: UNITS, targetPeople: PEOPLE, seed: 7 });
const now = new Date().toISOString();
db.transaction(() => {
  const ids = new Map<string, number>();
  for (const u of [...data.units].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null))) {
    ids.set(u.key, insertUnit(db, { name: u.name, type: u.type, parentId: u.parentKey ? (ids.get(u.parentKey) ?? null) : null, headcount: u.headcount, leaderName: u.leaderName }, now));
  }
  for (const p of data.people) {
    insertPerson(db, { name: p.name, unitId: ids.get(p.unitKey) as number, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category }, now);
  }
})();
const loadMs = performance.now() - t0;
insertUser(db, { username: 'bench', displayName: '基准', role: '系统管理员', passwordHash: await hashPassword('Bench12345'), mustChangePassword: false }, now);
const login = await dispatch(ctx, { op: 'auth.login', input: { username: 'bench', password: 'Bench12345' } });
if (!login.ok) throw new Error(login.error.message);
const session = (login.value as { token: string }).token;

console.log(`廉情 benchmark — ${data.units.length} units, ${data.people.length} people; SQLite file, WAL, through dispatch()`);
console.log(`load (one transaction, with name index): ${fmt(loadMs)} ms`);
console.log('operation'.padEnd(58) + 'median ms'.padStart(10) + 'max ms'.padStart(10) + 'rows'.padStart(8));

async function measure<K extends OpName>(label: string, op: K, input: OpInput<K>): Promise<void> {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = await dispatch(ctx, { op, input, session });
    times.push(performance.now() - start);
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    const v = r.value as { total?: number } | unknown[];
    total = Array.isArray(v) ? v.length : (v.total ?? 0);
  }
  console.log(label.padEnd(58) + fmt(median(times)).padStart(10) + fmt(Math.max(...times)).padStart(10) + String(total).padStart(8));
}

const sample = data.people[Math.floor(data.people.length / 2)]?.name ?? '王';
const someUnit = data.units[Math.floor(data.units.length / 3)]?.name ?? '镇';
await measure('people.list first page (25, by name)', 'people.list', { pageSize: 25 });
await measure('people.list page 1000 (by name)', 'people.list', { pageSize: 25, page: 1000 });
await measure('people.list sorted by unit name, desc', 'people.list', { pageSize: 25, sortField: 'unitName', sortDir: 'desc' });
await measure('people.list filter 主要负责人 + party member', 'people.list', { pageSize: 25, category: '主要负责人', partyMember: true });
await measure(`people.list search 1 char "${sample.slice(0, 1)}"`, 'people.list', { pageSize: 25, q: sample.slice(0, 1) });
await measure(`people.list search 2 chars "${sample.slice(0, 2)}"`, 'people.list', { pageSize: 25, q: sample.slice(0, 2) });
await measure(`people.list search full name "${sample}"`, 'people.list', { pageSize: 25, q: sample });
await measure('people.list search no match "龘"', 'people.list', { pageSize: 25, q: '龘' });
await measure('units.list first page (25, by name)', 'units.list', { pageSize: 25 });
await measure('units.list sorted by 在职人数 desc', 'units.list', { pageSize: 25, sortField: 'peopleCount', sortDir: 'desc' });
await measure(`units.list search 2 chars "${someUnit.slice(0, 2)}"`, 'units.list', { pageSize: 25, q: someUnit.slice(0, 2) });
await measure(`units.list search 4 chars "${someUnit.slice(0, 4)}"`, 'units.list', { pageSize: 25, q: someUnit.slice(0, 4) });
await measure('units.options (picker) "村"', 'units.options', { q: '村', limit: 20 });
await measure('home.summary', 'home.summary', {});

const exportStart = performance.now();
const exported = await dispatch(ctx, { op: 'people.export', input: {}, session });
if (!exported.ok) throw new Error(exported.error.message);
console.log(`people.export all ${data.people.length} rows to .xlsx: ${fmt(performance.now() - exportStart)} ms, ${Math.round(((exported.value as { dataBase64: string }).dataBase64.length * 3) / 4 / 1024)} KiB`);

db.close();
rmSync(dir, { recursive: true, force: true });
