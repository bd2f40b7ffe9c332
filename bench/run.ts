// npm run bench: figures for the registry at 10× a large county (3,000 units, 50,000 people)
// and for 100,000 tips (BENCH_TIPS; 0 skips them), on a real SQLite file, through the same
// services the app uses. Prints medians in ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import { insertUnit } from '../db/repos/registry/units.ts';
import { insertPerson } from '../db/repos/registry/people.ts';
import { insertUser } from '../db/repos/core/users.ts';
import { createServiceContext } from '../electron/services/kernel/context.ts';
import { dispatch } from '../electron/services/dispatch.ts';
import { hashPassword } from '../electron/services/core/passwords.ts';
import { makeDemoData } from '../electron/services/registry/demo/demoData.ts';
import type { OpInput, OpName } from '../shared/api.ts';
import { toIsoDate } from '../shared/kernel/dates.ts';
import { STAT_DIMENSIONS } from '../shared/tips/stats.ts';
import { buildBenchTips, type BenchPerson } from './tips.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 3000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50000);
const TIPS = Number(process.env.BENCH_TIPS ?? 100000);
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
const unitRefs: Array<{ id: number; name: string }> = [];
const peopleRefs: BenchPerson[] = [];
db.transaction(() => {
  const ids = new Map<string, number>();
  for (const u of [...data.units].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null))) {
    const id = insertUnit(db, { name: u.name, type: u.type, parentId: u.parentKey ? (ids.get(u.parentKey) ?? null) : null, headcount: u.headcount, leaderName: u.leaderName }, now);
    ids.set(u.key, id);
    unitRefs.push({ id, name: u.name });
  }
  const unitName = new Map(unitRefs.map((u) => [u.id, u.name]));
  for (const p of data.people) {
    const unitId = ids.get(p.unitKey) as number;
    const id = insertPerson(db, { name: p.name, unitId, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category }, now);
    peopleRefs.push({ id, name: p.name, unitId, unitName: unitName.get(unitId) ?? '', post: p.post, category: p.category });
  }
})();
const loadMs = performance.now() - t0;
insertUser(db, { username: 'bench', displayName: '基准', role: '系统管理员', passwordHash: await hashPassword('Bench12345'), mustChangePassword: false }, now);
const login = await dispatch(ctx, { op: 'auth.login', input: { username: 'bench', password: 'Bench12345' } });
if (!login.ok) throw new Error(login.error.message);
let session = (login.value as { token: string }).token;

console.log(`廉情 benchmark — ${data.units.length} units, ${data.people.length} people; SQLite file, WAL, through dispatch()`);
console.log(`load (one transaction, with name index): ${fmt(loadMs)} ms`);
console.log('operation'.padEnd(58) + 'median ms'.padStart(10) + 'max ms'.padStart(10) + 'rows'.padStart(8));

async function measure<K extends OpName>(label: string, op: K, input: OpInput<K>, token = session): Promise<void> {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = await dispatch(ctx, { op, input, session: token });
    times.push(performance.now() - start);
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    const v = r.value as { total?: number; grandTotal?: number; counts?: { open: number } } | unknown[];
    total = Array.isArray(v) ? v.length : (v.total ?? v.grandTotal ?? v.counts?.open ?? 0);
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

async function timeExport<K extends OpName>(label: string, op: K, input: OpInput<K>, token = session): Promise<void> {
  const start = performance.now();
  const exported = await dispatch(ctx, { op, input, session: token });
  if (!exported.ok) throw new Error(exported.error.message);
  console.log(`${label}: ${fmt(performance.now() - start)} ms, ${Math.round(((exported.value as { dataBase64: string }).dataBase64.length * 3) / 4 / 1024)} KiB`);
}

await timeExport(`people.export all ${data.people.length} rows to .xlsx`, 'people.export', {});

if (TIPS > 0) await tipFigures();

async function tipFigures(): Promise<void> {
  const hash = await hashPassword('Bench12345');
  const handlers = ['林志强', '赵晓峰', '孙丽华', '周文静', '钱国平', '吴海燕'].map((name, i) => ({
    id: insertUser(db, { username: `handler${i}`, displayName: name, role: '监督检查室', passwordHash: hash, mustChangePassword: false }, now),
    name,
  }));
  insertUser(db, { username: 'clerk', displayName: '信访室基准', role: '信访室', passwordHash: hash, mustChangePassword: false }, now);
  const today = toIsoDate(new Date());

  // The repos prepare their statements per call; while building, each SQL text is prepared once.
  const prepare = db.prepare;
  const cache = new Map<string, ReturnType<typeof prepare>>();
  db.prepare = ((sql: string) => cache.get(sql) ?? cache.set(sql, prepare.call(db, sql)).get(sql)) as typeof prepare;
  const buildStart = performance.now();
  let built;
  try {
    built = buildBenchTips(db, { count: TIPS, today, people: peopleRefs, units: unitRefs, handlers });
  } finally {
    db.prepare = prepare;
  }
  const buildMs = performance.now() - buildStart;
  db.pragma('optimize');
  console.log('');
  console.log(`tips: ${built.tips} tips over five years (${built.repeats} 重复件, ${built.steps} history steps, ${built.outcomes} outcomes)`);
  console.log(`tips build (repos + full-text index, 10 transactions): ${fmt(buildMs / 1000)} s`);
  console.log('operation'.padEnd(58) + 'median ms'.padStart(10) + 'max ms'.padStart(10) + 'rows'.padStart(8));

  const signIn = async (username: string, password: string): Promise<string> => {
    const r = await dispatch(ctx, { op: 'auth.login', input: { username, password } });
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { token: string }).token;
  };
  // The build may outlast the idle lock: sign in again.
  session = await signIn('bench', 'Bench12345');
  const clerk = await signIn('clerk', 'Bench12345');
  const person = peopleRefs.find((p) => p.category === '主要负责人') ?? (peopleRefs[0] as BenchPerson);
  // Rare queries: a person named in some tip (a three-character name), and the six characters
  // around the name in that tip's summary.
  const sample = await dispatch(ctx, { op: 'tips.list', input: { pageSize: 100, page: Math.floor((built.tips * 0.4) / 100) }, session });
  if (!sample.ok) throw new Error(sample.error.message);
  const sampleRows = (sample.value as { rows: Array<{ peopleNames: string; summary: string }> }).rows;
  const named = sampleRows.find((r) => Array.from(r.peopleNames.split('、')[0] ?? '').length === 3 && r.summary.includes(r.peopleNames.split('、')[0] ?? '-')) ?? sampleRows[0];
  const rareName = named?.peopleNames.split('、')[0] ?? '王';
  const at = named ? named.summary.indexOf(rareName) : -1;
  const rareSix = named && at >= 3 ? named.summary.slice(at - 3, at + 3) : rareName;
  const unit = person.unitId;
  const year = Number(today.slice(0, 4)) - 1;

  await measure('tips.list first page (25, newest first)', 'tips.list', { pageSize: 25 });
  await measure('tips.list page 1000', 'tips.list', { pageSize: 25, page: 1000 });
  await measure('tips.list sorted by 时限 (due date)', 'tips.list', { pageSize: 25, sortField: 'dueDate', sortDir: 'asc' });
  await measure('tips.list filter 逾期', 'tips.list', { pageSize: 25, due: '逾期' });
  await measure('tips.list filter 承办中 + 初步核实', 'tips.list', { pageSize: 25, status: '承办中', disposal: '初步核实' });
  await measure('tips.list search 1 char, common "村"', 'tips.list', { pageSize: 25, q: '村' });
  await measure(`tips.list search 1 char, rarer "${rareName.slice(-1)}"`, 'tips.list', { pageSize: 25, q: rareName.slice(-1) });
  await measure('tips.list search 2 chars, common "补贴"', 'tips.list', { pageSize: 25, q: '补贴' });
  await measure(`tips.list search 2 chars, rare "${rareName.slice(0, 2)}"`, 'tips.list', { pageSize: 25, q: rareName.slice(0, 2) });
  await measure('tips.list search 3 chars, common "村委会"', 'tips.list', { pageSize: 25, q: '村委会' });
  await measure(`tips.list search 3 chars, a name "${rareName}"`, 'tips.list', { pageSize: 25, q: rareName });
  await measure('tips.list search 6 chars, common "违规发放津补"', 'tips.list', { pageSize: 25, q: '违规发放津补' });
  await measure(`tips.list search 6 chars, rare "${rareSix}"`, 'tips.list', { pageSize: 25, q: rareSix });
  await measure('tips.list search no match "龘"', 'tips.list', { pageSize: 25, q: '龘' });
  await measure('tips.list filter by unit', 'tips.list', { pageSize: 25, unitId: unit });
  await measure('tips.repeatCandidates for a new tip', 'tips.repeatCandidates', {
    people: [{ personId: person.id, name: person.name }], unitIds: [unit], summary: `${person.unitName}${person.post}${person.name}收受工程承包人礼金`,
  });
  for (const dimension of STAT_DIMENSIONS) {
    await measure(`tips.stats ${year} by ${dimension}, per month`, 'tips.stats', { year, dimension });
  }
  await measure('tips.dashboard (信访室)', 'tips.dashboard', {}, clerk);
  await measure('tips.dashboard (系统管理员)', 'tips.dashboard', {});

  const dates = built.receivedDates;
  const dateFrom = dates[Math.max(0, dates.length - 10_000)] as string;
  const rows = await dispatch(ctx, { op: 'tips.list', input: { dateFrom, pageSize: 1 }, session });
  const n = rows.ok ? (rows.value as { total: number }).total : 0;
  await timeExport(`tips.export ${n} rows (received since ${dateFrom}) to .xlsx`, 'tips.export', { dateFrom });
  await timeExport(`tips.statsExport ${year} (5 sheets)`, 'tips.statsExport', { year });
}

db.close();
rmSync(dir, { recursive: true, force: true });
