// npm run bench: figures for the registry at 10× a large county (3,000 units, 50,000 people)
// and for 100,000 tips (BENCH_TIPS; 0 skips them), on a real SQLite file, through the same
// services the app uses. Prints medians in ms. Each ledger page and search is also run as the
// bare SQL a person would write for it (bench/bare.ts), checked to answer the same ids and
// total, and the ratio service/bare is printed beside it.
// The bench's "now" is a fixed instant, noon on BENCH_TODAY (default 2026-11-21) in the office's
// time zone: the data (five years of tips before that day), deadlines and 逾期 are the same
// whatever the day the bench is run.
// Then the 整改台账 (bench/rectification.ts; BENCH_RECT items, default 50,000; 0 leaves it out), the
// 谈话函询登记 (bench/interviews.ts; BENCH_INTERVIEWS records, default 50,000; 0 leaves it out), and
// the dispatch register (bench/documents.ts; BENCH_DOCUMENTS, default 5000; 0 leaves it out), and the
// 廉情指数 (bench/integrity.ts; BENCH_INTEGRITY_EVENTS, default 100,000; BENCH_INTEGRITY=0 leaves it out).
// Last, the cost of encryption (bench/encryption.ts): the same database made encrypted as the app
// converts an office's database, and the same operations timed on the plaintext and the encrypted
// copy side by side, with the file sizes. BENCH_ONLY=encryption builds the database and runs only
// that section (a few minutes less); BENCH_ENCRYPTION=0 leaves it out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import { insertUnit } from '../db/repos/registry/units.ts';
import { insertPerson } from '../db/repos/registry/people.ts';
import { insertUser } from '../db/repos/core/users.ts';
import { createServiceContext, memoryStore } from '../electron/services/kernel/context.ts';
import { dispatch } from '../electron/services/dispatch.ts';
import { hashPassword } from '../electron/services/core/passwords.ts';
import { makeDemoData } from '../electron/services/registry/demo/demoData.ts';
import { getSettings } from '../electron/services/settings/index.ts';
import type { OpInput, OpName } from '../shared/api.ts';
import { dateInZone, DEFAULT_OFFICE_TIME_ZONE, instantInZone, isIsoDate } from '../shared/kernel/dates.ts';
import { STAT_DIMENSIONS } from '../shared/tips/stats.ts';
import { buildBenchTips, type BenchPerson, type BenchTipsResult } from './tips.ts';
import { repeatedRows } from '../tests/helpers/xlsxZip.ts';
import { encryptionFigures } from './encryption.ts';
import { BENCH_RECT, bareRect, fillRect, rectFts, rectWhere } from './rectification.ts';
import { overdueCountsByUnitAt } from '../db/repos/rectification/index.ts';
import { calendarTable } from '../db/repos/core/index.ts';
import { WorkCalendar, addDays } from '../shared/kernel/workdays.ts';
import { superviseCutoff } from '../shared/rectification/index.ts';
import { BENCH_INTERVIEWS, bareInterviewExport, bareInterviewStats, bareInterviews, fillInterviews, interviewFts, interviewWhere } from './interviews.ts';
import { dueSoonCutoff } from '../electron/services/interviews/ledgerDates.ts';
import { BENCH_DOCUMENTS, bareRegister, bareRegisterSearch, benchNotice, fillRegister, renderFigures, renderLine } from './documents.ts';
import { DEMO_OFFICE } from '../electron/services/core/demoOffice.ts';
import { fmt, median, padEnd, padStart } from './format.ts';
import { integrityFigures } from './integrity.ts';
import { rosterUpload } from './roster.ts';
import { bareTips, bareUnitOptions, bareUnits, barePeople, bareWhere, ftsCount, ftsCountAll, likeCount, nameMatch, prepareBare, TIP_FTS, type BareQuery } from './bare.ts';
import { DISPOSALS, REPORT_MODES, TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES } from '../shared/tips/enums.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 3000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50000);
const TIPS = Number(process.env.BENCH_TIPS ?? 100000);
const RUNS = 15;
const TODAY = process.env.BENCH_TODAY ?? '2026-11-21';
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'encryption') throw new Error(`BENCH_ONLY may be "encryption" (the encryption section alone), not ${ONLY}`);
const ONLY_ENCRYPTION = ONLY === 'encryption';
const ENCRYPTION = ONLY_ENCRYPTION || process.env.BENCH_ENCRYPTION !== '0';
if (!isIsoDate(TODAY)) throw new Error(`BENCH_TODAY should be a date YYYY-MM-DD, not ${TODAY}`);
const NOW = instantInZone(TODAY, 12 * 60, DEFAULT_OFFICE_TIME_ZONE);
const clock = { now: () => new Date(NOW) };

const dir = mkdtempSync(join(tmpdir(), 'lianqing-bench-'));
const file = join(dir, 'bench.sqlite');
const { db } = openDatabase(file, { now: clock.now });
const ctx = createServiceContext(memoryStore(db, file), clock);

const LABEL = 62;
function header(): void {
  console.log(padEnd('operation', LABEL) + padStart('median ms', 10) + padStart('max ms', 9) + padStart('rows', 8) + padStart('bare SQL ms', 13) + padStart('service/bare', 14));
}
function line(label: string, medianMs: number, maxMs: number, rows: number, bareMs?: number): void {
  const bare = bareMs === undefined ? ['—', '—'] : [fmt(bareMs), `${(medianMs / bareMs).toFixed(1)}×`];
  console.log(padEnd(label, LABEL) + padStart(fmt(medianMs), 10) + padStart(fmt(maxMs), 9) + padStart(String(rows), 8) + padStart(bare[0] as string, 13) + padStart(bare[1] as string, 14));
}

const t0 = performance.now();
const data = makeDemoData({ units: UNITS, targetPeople: PEOPLE, seed: 7 });
const now = NOW.toISOString();
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
    const id = insertPerson(db, { name: p.name, idNumber: '', unitId, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category }, now);
    peopleRefs.push({ id, name: p.name, unitId, unitName: unitName.get(unitId) ?? '', post: p.post, category: p.category });
  }
})();
const loadMs = performance.now() - t0;
insertUser(db, { username: 'bench', displayName: '基准', role: '系统管理员', passwordHash: await hashPassword('Bench12345'), mustChangePassword: false }, now);
const login = await dispatch(ctx, { op: 'auth.login', input: { username: 'bench', password: 'Bench12345' } });
if (!login.ok) throw new Error(login.error.message);
let session = (login.value as { token: string }).token;

if (dateInZone(NOW, getSettings(db).officeTimeZone) !== TODAY) throw new Error(`the office's day at the bench's now is not ${TODAY}`);
console.log(`廉情 benchmark — ${data.units.length} units, ${data.people.length} people; SQLite file, WAL, through dispatch(); today ${TODAY} (BENCH_TODAY)`);
console.log(`load (one transaction, with name index): ${fmt(loadMs)} ms`);
if (!ONLY_ENCRYPTION) {
  console.log('bare SQL: the same page and total from hand-written prepared statements on the same handle (bench/bare.ts); ids and totals checked equal');
  header();
}

const ratios: number[] = [];

/**
 * Times the operation through dispatch(), and, given the bare SQL for the same work, that too
 * (runs alternate, so both see the same cache); first checks that both answer the same ids (the
 * page, in order) and the same total, and stops the bench when they do not.
 */
/**
 * A search finds exactly the tips in which the query occurs inside one field: the service's exact
 * total (计算总数) beside a LIKE over the same fields (number, 问题摘要, 反映内容, the people's names,
 * units and posts, the units), which must agree.
 */
async function searchCounts(queries: readonly string[]): Promise<void> {
  console.log('');
  console.log('search counts: the service (exact total) and a LIKE over the same fields');
  for (const q of queries) {
    const r = await dispatch(ctx, { op: 'tips.list', input: { q, pageSize: 1, exactTotal: true }, session });
    if (!r.ok) throw new Error(r.error.message);
    const service = (r.value as { total: number }).total;
    const like = likeCount(q);
    const bare = (db.prepare(like.sql).get(...like.params) as { n: number }).n;
    console.log(`  ${padEnd(`"${q}"`, 20)}${padStart(String(service), 8)}${padStart(String(bare), 8)}${service === bare ? '' : '  ← differ'}`);
    if (service !== bare) throw new Error(`the search for "${q}" finds ${service} tips where LIKE over the same fields finds ${bare}`);
  }
  console.log('');
}

async function measure<K extends OpName>(label: string, op: K, input: OpInput<K>, token = session, bareQuery?: BareQuery): Promise<void> {
  const call = async () => {
    const r = await dispatch(ctx, { op, input, session: token });
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value as { total?: number; grandTotal?: number; counts?: { open: number }; rows?: Array<{ id: number }> } | Array<{ id: number }>;
  };
  const bare = bareQuery ? prepareBare(db, bareQuery) : null;
  if (bare) {
    const v = await call();
    const rows = Array.isArray(v) ? v : (v.rows ?? []);
    const service = { ids: rows.map((r) => r.id), total: Array.isArray(v) ? null : (v.total ?? null) };
    const b = bare();
    const same = service.ids.length === b.ids.length && service.ids.every((id, i) => id === b.ids[i]) && service.total === b.total;
    if (!same) {
      console.error(`\nbare SQL mismatch for "${label}" (${op} ${JSON.stringify(input)}):`);
      console.error(`  service: total ${service.total}, ids [${service.ids.join(', ')}]`);
      console.error(`  bare:    total ${b.total}, ids [${b.ids.join(', ')}]`);
      console.error(`  bare SQL: ${bareQuery?.page.sql.replace(/\s+/g, ' ').trim()}  params ${JSON.stringify(bareQuery?.page.params)}`);
      db.close();
      rmSync(dir, { recursive: true, force: true });
      // An uncaught error ends the run with exit code 1.
      throw new Error('The comparison would not be honest: fix bench/bare.ts (or the repo) so both do the same work.');
    }
  }
  const times: number[] = [];
  const bareTimes: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const v = await call();
    times.push(performance.now() - start);
    total = Array.isArray(v) ? v.length : (v.total ?? v.grandTotal ?? v.counts?.open ?? 0);
    if (bare) {
      const bareStart = performance.now();
      bare();
      bareTimes.push(performance.now() - bareStart);
    }
  }
  const m = median(times);
  const bm = bare ? median(bareTimes) : undefined;
  if (bm !== undefined) ratios.push(m / bm);
  line(label, m, Math.max(...times), total, bm);
}

/** The bare people ledger: name order (the default: the pinyin key, then the name and id), ascending. */
const byName = 'pe.sort_key, pe.name, pe.id';
const none = bareWhere([]);

async function timeExport<K extends OpName>(label: string, op: K, input: OpInput<K>, token = session): Promise<void> {
  const start = performance.now();
  const exported = await dispatch(ctx, { op, input, session: token });
  if (!exported.ok) throw new Error(exported.error.message);
  console.log(`${label}: ${fmt(performance.now() - start)} ms, ${Math.round(((exported.value as { dataBase64: string }).dataBase64.length * 3) / 4 / 1024)} KiB`);
}

if (!ONLY_ENCRYPTION) {
  const sample = data.people[Math.floor(data.people.length / 2)]?.name ?? '王';
  const someUnit = data.units[Math.floor(data.units.length / 3)]?.name ?? '镇';
  const personName = (q: string) => bareWhere([nameMatch('person', 'pe.id', 'pe.name', q)]);
  const unitName = (q: string) => bareWhere([nameMatch('unit', 'u.id', 'u.name', q)]);
  await measure('people.list first page (25, by name)', 'people.list', { pageSize: 25 }, session, barePeople(none, byName, 25));
  await measure('people.list page 1000 (by name)', 'people.list', { pageSize: 25, page: 1000 }, session, barePeople(none, byName, 25, 1000));
  await measure('people.list sorted by unit name, desc', 'people.list', { pageSize: 25, sortField: 'unitName', sortDir: 'desc' }, session,
    barePeople(none, 'u.sort_key DESC, u.name DESC, u.id DESC, pe.sort_key DESC, pe.name DESC, pe.id DESC', 25));
  await measure('people.list filter 主要负责人 + party member', 'people.list', { pageSize: 25, category: '主要负责人', partyMember: true }, session,
    barePeople(bareWhere([{ sql: "pe.category = '主要负责人' AND pe.party_member = 1", params: [] }]), byName, 25));
  await measure(`people.list search 1 char "${sample.slice(0, 1)}"`, 'people.list', { pageSize: 25, q: sample.slice(0, 1) }, session, barePeople(personName(sample.slice(0, 1)), byName, 25));
  await measure(`people.list search 2 chars "${sample.slice(0, 2)}"`, 'people.list', { pageSize: 25, q: sample.slice(0, 2) }, session, barePeople(personName(sample.slice(0, 2)), byName, 25));
  await measure(`people.list search full name "${sample}"`, 'people.list', { pageSize: 25, q: sample }, session, barePeople(personName(sample), byName, 25));
  await measure('people.list search no match "龘"', 'people.list', { pageSize: 25, q: '龘' }, session, barePeople(personName('龘'), byName, 25));
  await measure('units.list first page (25, by name)', 'units.list', { pageSize: 25 }, session, bareUnits(none, 'u.sort_key, u.name, u.id', 25));
  await measure('units.list sorted by 在职人数 desc', 'units.list', { pageSize: 25, sortField: 'peopleCount', sortDir: 'desc' }, session,
    bareUnits(none, 'people_count DESC, u.sort_key DESC, u.name DESC, u.id DESC', 25));
  await measure(`units.list search 2 chars "${someUnit.slice(0, 2)}"`, 'units.list', { pageSize: 25, q: someUnit.slice(0, 2) }, session, bareUnits(unitName(someUnit.slice(0, 2)), 'u.sort_key, u.name, u.id', 25));
  await measure(`units.list search 4 chars "${someUnit.slice(0, 4)}"`, 'units.list', { pageSize: 25, q: someUnit.slice(0, 4) }, session, bareUnits(unitName(someUnit.slice(0, 4)), 'u.sort_key, u.name, u.id', 25));
  await measure('units.options (picker) "村"', 'units.options', { q: '村', limit: 20 }, session, bareUnitOptions('村', 20));
  await measure('home.summary', 'home.summary', {});

  await timeExport(`people.export all ${data.people.length} rows to .xlsx`, 'people.export', {});
  await importFigures();
}

/**
 * A roster of 20,000 people (the import's row limit) in a new unit: checked, checked as the page
 * runs it while other calls are asked, imported as the page runs it (a job: how soon it answers,
 * how often and how fast the page's questions are answered while the job holds the store), then
 * checked again as a yearly update where nothing changed; then zip bombs refused.
 */
async function importFigures(): Promise<void> {
  const unitName = '基准导入单位';
  const made = await dispatch(ctx, { op: 'units.create', input: { name: unitName, type: '机关部门', parentId: null, headcount: null, leaderName: '' }, session });
  if (!made.ok) throw new Error(made.error.message);
  const rows = 20_000;
  const file = await rosterUpload(unitName, rows);
  const preview = async (label: string) => {
    const start = performance.now();
    const r = await dispatch(ctx, { op: 'people.importPreview', input: file, session });
    if (!r.ok) throw new Error(r.error.message);
    console.log(`${label}: ${fmt(performance.now() - start)} ms`);
  };
  await preview(`people.importPreview ${rows} new rows (read, check)`);
  await previewWhileAsked(file, rows);
  // As the page runs it: started, then asked how far every 250 ms (the page's pace) until done.
  const start = performance.now();
  const started = await dispatch(ctx, { op: 'jobs.start', input: { op: 'people.importCommit', input: { ...file, markMissingLeft: false } }, session });
  if (!started.ok) throw new Error(started.error.message);
  const answeredMs = performance.now() - start;
  const { jobId } = started.value as { jobId: string };
  const answers: number[] = [];
  const phases = new Set<string>();
  for (;;) {
    // Timed from when the page would ask: a timer delayed by work that holds the thread counts.
    const asked = performance.now() + 250;
    await new Promise<void>((resolve) => setTimeout(resolve, 250));
    const r = await dispatch(ctx, { op: 'jobs.progress', input: { jobId }, session });
    answers.push(performance.now() - asked);
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { state: string; phase: string; done: number; total: number; error?: string };
    if (v.state === 'failed') throw new Error(`import job failed: ${v.error}`);
    if (v.state === 'done') break;
    phases.add(v.phase);
  }
  console.log(
    `people.importCommit ${rows} new rows as a job (jobs.start → jobs.progress): first answer ${fmt(answeredMs)} ms, done after ${fmt(performance.now() - start)} ms; ` +
      `${answers.length} progress answers, the slowest ${fmt(Math.max(...answers))} ms after it was asked; steps seen ${[...phases].join(' → ')}`,
  );
  await preview(`people.importPreview ${rows} rows, the registry's own (无变化)`);
  await bombRefused('500 MB of rows', repeatedRows(['姓名', '所在单位'], ['张三', unitName], 6_000_000));
  const filler = '<!-- 填充 -->';
  await bombRefused('500 MB of text', repeatedRows(['姓名', '所在单位'], [filler.repeat(1000), unitName], Math.ceil((500 * 1024 * 1024) / (Buffer.byteLength(filler) * 1000))));
}

function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

/**
 * The preview as the page runs it (a job), while the page asks how far it is and another window
 * asks auth.status, each every 10 ms and timed from when it was due (work holding the serving
 * thread counts, and so does the machine's other work: the thread's own CPU time tells them
 * apart). auth.status reads the store, which the job holds once it checks the rows (by design),
 * so it is counted only while the file is read; jobs.progress throughout.
 */
async function previewWhileAsked(file: { fileName: string; dataBase64: string }, rows: number): Promise<void> {
  const start = performance.now();
  const started = await dispatch(ctx, { op: 'jobs.start', input: { op: 'people.importPreview', input: file }, session });
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  let phase = '读取文件';
  let readMs = 0;
  let running = true;
  // Each wait on the clock, and the serving thread's own CPU time in it (the rest is the machine).
  const progressWaits: Array<{ ms: number; cpuMs: number }> = [];
  const statusWaits: Array<{ ms: number; cpuMs: number }> = [];
  const threadCpuMs = () => {
    const used = process.threadCpuUsage();
    return (used.user + used.system) / 1000;
  };
  const timed = async (ask: () => Promise<void>, counted: () => boolean, into: Array<{ ms: number; cpuMs: number }>) => {
    const cpu = threadCpuMs();
    const due = performance.now() + 10;
    await sleep(10);
    await ask();
    if (counted()) into.push({ ms: performance.now() - due, cpuMs: threadCpuMs() - cpu });
  };
  const followJob = async () => {
    while (running) {
      await timed(async () => {
        const r = await dispatch(ctx, { op: 'jobs.progress', input: { jobId }, session });
        if (!r.ok) throw new Error(r.error.message);
        const v = r.value as { state: string; phase: string; error?: string };
        if (v.state === 'failed') throw new Error(`preview job failed: ${v.error}`);
        running = v.state === 'running';
        if (phase === '读取文件' && v.phase !== phase) readMs = performance.now() - start;
        phase = v.phase;
      }, () => true, progressWaits);
    }
  };
  const askStatus = async () => {
    while (running && phase === '读取文件') {
      await timed(async () => {
        const r = await dispatch(ctx, { op: 'auth.status', input: {}, session });
        if (!r.ok) throw new Error(r.error.message);
      }, () => running && phase === '读取文件', statusWaits);
    }
  };
  await Promise.all([followJob(), askStatus()]);
  const slowest = (waits: Array<{ ms: number; cpuMs: number }>) =>
    `${fmt(Math.max(...waits.map((w) => w.ms)))} ms after it was due (the serving thread's own work in a wait at most ${fmt(Math.max(...waits.map((w) => w.cpuMs)))} ms)`;
  console.log(
    `people.importPreview ${rows} rows as a job, asked every 10 ms: file read in ${fmt(readMs)} ms, done after ${fmt(performance.now() - start)} ms; ` +
      `while it read, the slowest of ${statusWaits.length} auth.status answers ${slowest(statusWaits)}; ` +
      `the slowest of ${progressWaits.length} jobs.progress answers ${slowest(progressWaits)}`,
  );
}

/** A zip bomb as an upload: how soon it is refused, and how far the process's memory rose meanwhile. */
async function bombRefused(label: string, data: Buffer): Promise<void> {
  const file = { fileName: '人员名册.xlsx', dataBase64: data.toString('base64') };
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const r = await dispatch(ctx, { op: 'people.importPreview', input: file, session });
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (r.ok) throw new Error(`zip bomb (${label}) was not refused`);
  console.log(
    `zip bomb, ${label} in a ${(data.length / 1024 / 1024).toFixed(1)} MB file: people.importPreview refused in ${fmt(ms)} ms, ` +
      `the process grew by at most ${((peak - before) / 1024 / 1024).toFixed(0)} MB (${r.error.message.slice(0, 24)}…)`,
  );
}

/**
 * Every filter of the ledger alone and every pair of them (each value of each), newest first,
 * through dispatch(), 3 runs each: how many answer within 10 ms, the slowest. (No bare SQL: a
 * summary line, not one per combination.)
 */
async function filterCombinations(): Promise<void> {
  const one: Record<string, readonly unknown[]> = {
    status: TIP_STATUSES, disposal: DISPOSALS, channel: TIP_CHANNELS, category: TIP_CATEGORIES, mode: REPORT_MODES,
    due: ['逾期', '即将到期'], repeat: [true, false], mine: ['待我办理', '我承办的'], handlerUserId: [2],
  };
  const inputs: Array<Record<string, unknown>> = [];
  const keys = Object.keys(one);
  for (const k of keys) for (const v of one[k] ?? []) inputs.push({ [k]: v });
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      for (const a of one[keys[i] as string] ?? []) for (const b of one[keys[j] as string] ?? []) inputs.push({ [keys[i] as string]: a, [keys[j] as string]: b });
    }
  }
  const times: Array<{ ms: number; input: Record<string, unknown> }> = [];
  for (const input of inputs) {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const start = performance.now();
      const res = await dispatch(ctx, { op: 'tips.list', input: { pageSize: 25, ...input }, session });
      runs.push(performance.now() - start);
      if (!res.ok) throw new Error(`tips.list ${JSON.stringify(input)}: ${res.error.message}`);
    }
    times.push({ ms: median(runs), input });
  }
  times.sort((a, b) => b.ms - a.ms);
  const within = times.filter((t) => t.ms <= 10).length;
  console.log(`tips.list every filter and pair of filters (${times.length}, newest first, median of 3): ${within} within 10 ms, median ${fmt(median(times.map((t) => t.ms)))} ms`);
  for (const t of times.slice(0, 8)) console.log(`  slowest: ${fmt(t.ms)} ms ${JSON.stringify(t.input)}`);
}

/** The export as the page runs it: started, then asked how far until the file is there. */
async function timeExportJob(label: string, input: OpInput<'tips.exportStart'>): Promise<void> {
  const start = performance.now();
  const started = await dispatch(ctx, { op: 'tips.exportStart', input, session });
  if (!started.ok) throw new Error(started.error.message);
  const answeredMs = performance.now() - start;
  const { jobId } = started.value as { jobId: string; total: number };
  let polls = 0;
  let steps = 0;
  let last = -1;
  for (;;) {
    await new Promise<void>((resolve) => setTimeout(resolve, 50));
    const pollStart = performance.now();
    const r = await dispatch(ctx, { op: 'tips.exportProgress', input: { jobId }, session });
    polls++;
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { state: string; done: number; total: number; result?: { dataBase64: string } };
    if (v.done !== last) steps++;
    last = v.done;
    if (v.state === 'done') {
      console.log(`${label}: first answer ${fmt(answeredMs)} ms, file after ${fmt(performance.now() - start)} ms; ${polls} progress answers (last ${fmt(performance.now() - pollStart)} ms), ${steps} distinct 已完成 figures`);
      return;
    }
    if (v.state === 'failed') throw new Error('export job failed');
  }
}

const built = TIPS > 0 ? await buildTips() : null;
if (built && !ONLY_ENCRYPTION) await tipFigures(built);

async function buildTips(): Promise<BenchTipsResult> {
  const hash = await hashPassword('Bench12345');
  const handlers = ['林志强', '赵晓峰', '孙丽华', '周文静', '钱国平', '吴海燕'].map((name, i) => ({
    id: insertUser(db, { username: `handler${i}`, displayName: name, role: '监督检查室', passwordHash: hash, mustChangePassword: false }, now),
    name,
  }));
  insertUser(db, { username: 'clerk', displayName: '信访室基准', role: '信访室', passwordHash: hash, mustChangePassword: false }, now);
  const today = TODAY;

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
  return built;
}

async function tipFigures(built: BenchTipsResult): Promise<void> {
  const today = TODAY;
  header();

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

  // The bare tip ledger: newest first (the default), the id breaking ties.
  const newest = 't.received_date DESC, t.id DESC';
  const search = async (label: string, q: string) =>
    measure(label, 'tips.list', { pageSize: 25, q }, session, bareTips(bareWhere([TIP_FTS(q)]), newest, 25, 0, ftsCount(q)));
  await measure('tips.list first page (25, newest first)', 'tips.list', { pageSize: 25 }, session, bareTips(none, newest, 25));
  await measure('tips.list page 1000', 'tips.list', { pageSize: 25, page: 1000 }, session, bareTips(none, newest, 25, 1000));
  await measure('tips.list sorted by 时限 (due date)', 'tips.list', { pageSize: 25, sortField: 'dueDate', sortDir: 'asc' }, session,
    bareTips(none, "ifnull(t.due_date, '9999-12-31'), t.id", 25));
  await measure('tips.list filter 逾期', 'tips.list', { pageSize: 25, due: '逾期' }, session,
    bareTips(bareWhere([{ sql: 't.due_date < ?', params: [today] }]), newest, 25));
  await measure('tips.list filter 承办中 + 初步核实', 'tips.list', { pageSize: 25, status: '承办中', disposal: '初步核实' }, session,
    bareTips(bareWhere([{ sql: "t.status = '承办中' AND t.disposal = '初步核实'", params: [] }]), newest, 25));
  // Every 办理状态 × 处置方式 pair (the total counted up to 1000, as the ledger counts).
  for (const status of TIP_STATUSES) {
    for (const disposal of DISPOSALS) {
      await measure(`tips.list filter ${status} + ${disposal}`, 'tips.list', { pageSize: 25, status, disposal }, session,
        bareTips(bareWhere([{ sql: 't.status = ? AND t.disposal = ?', params: [status, disposal] }]), newest, 25));
    }
  }
  await search('tips.list search 1 char, common "村"', '村');
  await search(`tips.list search 1 char, rarer "${rareName.slice(-1)}"`, rareName.slice(-1));
  await search('tips.list search 2 chars, common "补贴"', '补贴');
  await search(`tips.list search 2 chars, rare "${rareName.slice(0, 2)}"`, rareName.slice(0, 2));
  await search('tips.list search 3 chars, common "村委会"', '村委会');
  await search(`tips.list search 3 chars, a name "${rareName}"`, rareName);
  await search('tips.list search 6 chars, common "违规发放津补"', '违规发放津补');
  await search(`tips.list search 6 chars, rare "${rareSix}"`, rareSix);
  await search('tips.list search no match "龘"', '龘');
  await searchCounts(['村', rareName.slice(-1), '补贴', rareName.slice(0, 2), '村委会', rareName, '违规发放津补', rareSix, '龘', '，', '。群众']);
  // 计算总数: the exact count of a common search, asked for.
  await measure('tips.list search "村", exact total (计算总数)', 'tips.list', { pageSize: 25, q: '村', exactTotal: true }, session,
    bareTips(bareWhere([TIP_FTS('村')]), newest, 25, 0, ftsCountAll('村')));
  await measure('tips.list search "村委会", exact total (计算总数)', 'tips.list', { pageSize: 25, q: '村委会', exactTotal: true }, session,
    bareTips(bareWhere([TIP_FTS('村委会')]), newest, 25, 0, ftsCountAll('村委会')));
  await measure('tips.list search "村", page 60 (count reaches the page)', 'tips.list', { pageSize: 25, q: '村', page: 60 }, session,
    bareTips(bareWhere([TIP_FTS('村')]), newest, 25, 60, ftsCount('村', 61 * 25)));
  await filterCombinations();
  await measure('tips.list filter by unit', 'tips.list', { pageSize: 25, unitId: unit }, session,
    bareTips(bareWhere([{ sql: '(t.id IN (SELECT tip_id FROM tip_units WHERE unit_id = ?) OR t.id IN (SELECT tip_id FROM tip_people WHERE unit_id = ?))', params: [unit, unit] }]), newest, 25));
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
  const rows = await dispatch(ctx, { op: 'tips.list', input: { dateFrom, pageSize: 1, exactTotal: true }, session });
  const n = rows.ok ? (rows.value as { total: number }).total : 0;
  await timeExport(`tips.export ${n} rows (received since ${dateFrom}) to .xlsx`, 'tips.export', { dateFrom });
  await timeExportJob(`tips.exportStart → exportProgress ${n} rows (the page's way)`, { dateFrom });
  await timeExport(`tips.statsExport ${year} (5 sheets)`, 'tips.statsExport', { year });
}

if (!ONLY_ENCRYPTION && BENCH_RECT > 0) await rectFigures();

/**
 * The 整改台账 at BENCH_RECT items: each page, filter and search through dispatch beside its bare
 * SQL (bench/rectification.ts), the summaries, 首页's lists, the export, and the index's count
 * of items overdue at a quarter's end (the repo, as the scoring engine will call it).
 */
async function rectFigures(): Promise<void> {
  const hash = await hashPassword('Bench12345');
  insertUser(db, { username: 'rectleader', displayName: '领导基准', role: '领导', passwordHash: hash, mustChangePassword: false }, now);
  const liaisonId = insertUser(db, { username: 'rectliaison', displayName: '联系干部基准', role: '案件监督管理室', passwordHash: hash, mustChangePassword: false }, now);
  const start = performance.now();
  const filled = fillRect(db, { count: BENCH_RECT, today: TODAY, units: unitRefs, people: peopleRefs });
  // The liaison follows thirty of the units with items.
  const followed = (db.prepare('SELECT DISTINCT unit_id AS id FROM rect_items ORDER BY unit_id LIMIT 30').all() as Array<{ id: number }>).map((r) => r.id);
  for (const id of followed) db.prepare('UPDATE units SET liaison_user_id = ? WHERE id = ?').run(liaisonId, id);
  db.pragma('optimize');
  console.log('');
  console.log(`整改台账: ${filled.items} items over six years (${filled.measures} measures, ${filled.extensions} extensions, ${filled.closed} closed with evidence, ${filled.recurrences} 屡查屡犯), filled by SQL in ${fmt((performance.now() - start) / 1000)} s (BENCH_RECT)`);
  header();
  const signIn = async (username: string): Promise<string> => {
    const r = await dispatch(ctx, { op: 'auth.login', input: { username, password: 'Bench12345' } });
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { token: string }).token;
  };
  session = await signIn('bench');
  const leader = await signIn('rectleader');
  const liaison = await signIn('rectliaison');

  const byDeadline = 'i.deadline, i.id';
  const none = rectWhere();
  const OPEN = "i.status <> '已销号'";
  const busyUnit = (db.prepare('SELECT unit_id AS id FROM rect_items GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1').get() as { id: number }).id;
  const person = (db.prepare('SELECT leader_person_id AS id FROM rect_items WHERE leader_person_id IS NOT NULL LIMIT 1 OFFSET 20000').get() as { id: number }).id;
  const cutoff = superviseCutoff(new WorkCalendar(calendarTable(db)), TODAY, getSettings(db).rectSuperviseWorkdays);
  const soonTo = addDays(TODAY, getSettings(db).rectDueSoonDays);
  const monthFrom = `${TODAY.slice(0, 7)}-01`;
  const monthTo = addDays(monthFrom, 30);
  const unitName = (db.prepare('SELECT name FROM units WHERE id = ?').get(busyUnit) as { name: string }).name;
  const rare2 = Array.from(unitName).slice(-3, -1).join('');
  const rare1 = Array.from(unitName).at(-2) ?? '村';
  const w = (sql: string, ...params: unknown[]) => ({ sql, params });
  const list = (label: string, input: OpInput<'rect.list'>, where: ReturnType<typeof rectWhere>, order = byDeadline, page = 0, join = '', token = session) =>
    measure(`rect.list ${label}`, 'rect.list', { pageSize: 25, ...input }, token, bareRect(where, order, 25, page, join));

  await list('first page (25, by 整改时限)', {}, none);
  await list('page 1000', { page: 1000 }, none, byDeadline, 1000);
  await list('sorted by 编号, desc', { sortField: 'number', sortDir: 'desc' }, none, 'i.number DESC, i.id DESC');
  await list('sorted by 单位', { sortField: 'unitName' }, none, 'u.sort_key, u.name, i.id', 0, 'JOIN units u ON u.id = i.unit_id');
  await list('sorted by 销号日期, desc', { sortField: 'closedOn', sortDir: 'desc' }, none, 'i.closed_on DESC, i.id DESC');
  await list('filter by unit (the busiest)', { unitId: busyUnit }, rectWhere(w('i.unit_id = ?', busyUnit)));
  await list('filter 问题来源 审计发现', { source: '审计发现' }, rectWhere(w('i.source = ?', '审计发现')));
  await list('filter 整改状态 待验收', { status: '待验收' }, rectWhere(w('i.status = ?', '待验收')));
  await list('filter 未销号', { open: true }, rectWhere(w(OPEN)));
  await list('filter 逾期', { due: '逾期' }, rectWhere(w(`${OPEN} AND i.deadline < ?`, TODAY)));
  await list('filter 即将到期', { due: '即将到期' }, rectWhere(w(`${OPEN} AND i.deadline BETWEEN ? AND ?`, TODAY, soonTo)));
  await list(`filter 需督办 (时限 ≤ ${cutoff})`, { due: '需督办' }, rectWhere(w(`${OPEN} AND i.deadline <= ?`, cutoff)));
  await list('filter 责任人 (a person)', { personId: person },
    rectWhere(w('(i.leader_person_id = ? OR i.owner_person_id = ? OR i.id IN (SELECT item_id FROM rect_measures WHERE owner_person_id = ?))', person, person, person)));
  await list('filter 整改时限 this month', { deadlineFrom: monthFrom, deadlineTo: monthTo }, rectWhere(w('i.deadline >= ?', monthFrom), w('i.deadline <= ?', monthTo)));
  await list('filter 屡查屡犯', { recurrence: true }, rectWhere(w('i.recurrence_of > 0')));
  await list('filter unit + 逾期', { unitId: busyUnit, due: '逾期' }, rectWhere(w('i.unit_id = ?', busyUnit), w(`${OPEN} AND i.deadline < ?`, TODAY)));
  await list('filter 审计发现 + 未销号', { source: '审计发现', open: true }, rectWhere(w('i.source = ?', '审计发现'), w(OPEN)));
  await list('filter 我联系的单位 (30 units)', { liaisonMine: true }, rectWhere(w('i.unit_id IN (SELECT id FROM units WHERE liaison_user_id = ?)', liaisonId)), byDeadline, 0, '', liaison);
  await list('search 1 char, common "资"', { q: '资' }, rectWhere(rectFts('资')));
  await list(`search 1 char, rarer "${rare1}"`, { q: rare1 }, rectWhere(rectFts(rare1)));
  await list('search 2 chars, common "招标"', { q: '招标' }, rectWhere(rectFts('招标')));
  await list(`search 2 chars, rare "${rare2}"`, { q: rare2 }, rectWhere(rectFts(rare2)));
  await list('search 6 chars "建立资金收支"', { q: '建立资金收支' }, rectWhere(rectFts('建立资金收支')));
  await list('search no match "龘"', { q: '龘' }, rectWhere(rectFts('龘')));
  await list('search "资" + 逾期', { q: '资', due: '逾期' }, rectWhere(rectFts('资'), w(`${OPEN} AND i.deadline < ?`, TODAY)));
  await measure('rect.summary by unit', 'rect.summary', { by: 'unit' });
  await measure('rect.summary by source', 'rect.summary', { by: 'source' });
  await measure('rect.summary by unit, 未销号', 'rect.summary', { by: 'unit', open: true });
  await measure('rect.dashboard (领导: 全部单位)', 'rect.dashboard', {}, leader);
  await measure('rect.dashboard (联系干部: 30 units)', 'rect.dashboard', {}, liaison);
  const quarterEnd = `${Number(TODAY.slice(0, 4))}-09-30`;
  const times: number[] = [];
  let units = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    units = overdueCountsByUnitAt(db, quarterEnd).size;
    times.push(performance.now() - t);
  }
  line(`overdueCountsByUnitAt ${quarterEnd} (the index's quarter end; repo)`, median(times), Math.max(...times), units);
  const count = async (input: OpInput<'rect.list'>) => {
    const r = await dispatch(ctx, { op: 'rect.list', input: { ...input, pageSize: 1 }, session });
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { total: number }).total;
  };
  await timeExport(`rect.export 信访核查 (${await count({ source: '信访核查' })} rows) to .xlsx`, 'rect.export', { source: '信访核查' });
  await timeExport(`rect.export 逾期 (${await count({ due: '逾期' })} rows) to .xlsx`, 'rect.export', { due: '逾期' });
  await timeExport(`rect.export the whole ledger (${filled.items} rows) to .xlsx`, 'rect.export', {});
}

if (!ONLY_ENCRYPTION && BENCH_INTERVIEWS > 0) await interviewFigures();

/**
 * 谈话函询登记 at BENCH_INTERVIEWS records: each page, filter and search through dispatch beside its
 * bare SQL (bench/interviews.ts, ids and totals checked equal), 首页's lists and the agenda, then
 * the counts and the export each timed beside the bare SQL of the same work (the GROUP BYs; the
 * rows read in order — the service also writes the workbook).
 */
async function interviewFigures(): Promise<void> {
  const hash = await hashPassword('Bench12345');
  const handlerId = insertUser(db, { username: 'ivhandler', displayName: '谈话基准', role: '监督检查室', passwordHash: hash, mustChangePassword: false }, now);
  const interviewers = [handlerId];
  for (let k = 1; k <= 7; k++) {
    interviewers.push(insertUser(db, { username: `ivstaff${k}`, displayName: `谈话人${k}`, role: '监督检查室', passwordHash: hash, mustChangePassword: false }, now));
  }
  const start = performance.now();
  const filled = fillInterviews(db, { count: BENCH_INTERVIEWS, today: TODAY, people: peopleRefs, interviewers });
  db.pragma('optimize');
  console.log('');
  console.log(
    `谈话函询登记: ${filled.talks} talks and ${filled.letters} letters over five years (${filled.open} open, ${filled.withDue} with a deadline running, ` +
      `${filled.followUps} follow-ups), filled by SQL in ${fmt((performance.now() - start) / 1000)} s (BENCH_INTERVIEWS)`,
  );
  header();
  const signedIn = await dispatch(ctx, { op: 'auth.login', input: { username: 'ivhandler', password: 'Bench12345' } });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
  const handler = (signedIn.value as { token: string }).token;

  const newest = 'i.ledger_date DESC, i.id DESC';
  const OPEN = "i.status <> '已办结'";
  const w = (sql: string, ...params: unknown[]) => ({ sql, params });
  const soonCutoff = dueSoonCutoff(new WorkCalendar(calendarTable(db)), TODAY, getSettings(db).interviewDueSoonWorkdays ?? 3);
  const busy = db.prepare('SELECT person_id AS personId, unit_id AS unitId FROM interviews GROUP BY person_id ORDER BY count(*) DESC LIMIT 1').get() as { personId: number; unitId: number };
  const someName = (db.prepare('SELECT person_name AS n FROM interviews WHERE id = ?').get(Math.max(1, Math.floor(BENCH_INTERVIEWS / 3))) as { n: string } | undefined)?.n ?? '王';
  const rare1 = Array.from(someName).at(-1) ?? '王';
  const number = (db.prepare('SELECT number AS n FROM interviews ORDER BY id DESC LIMIT 1 OFFSET 100').get() as { n: string } | undefined)?.n ?? 'TH-2026-0001';
  const year = Number(TODAY.slice(0, 4));
  const list = (label: string, input: OpInput<'interviews.list'>, where: ReturnType<typeof interviewWhere>, order = newest, page = 0) =>
    measure(`interviews.list ${label}`, 'interviews.list', { pageSize: 25, ...input }, handler, bareInterviews(where, order, 25, page));
  const none = interviewWhere();
  const staffOf = (user: number) => w('i.id IN (SELECT interview_id FROM interview_staff WHERE user_id = ?)', user);

  await list('first page (25, newest first)', {}, none);
  await list('page 500', { page: 500 }, none, newest, 500);
  await list('sorted by 编号', { sortField: 'number', sortDir: 'asc' }, none, 'i.number ASC, i.id ASC');
  await list('sorted by 期限', { sortField: 'dueDate', sortDir: 'asc' }, none, 'i.due_date ASC, i.id ASC');
  await list('filter 函询', { kind: '函询' }, interviewWhere(w('i.kind = ?', '函询')));
  await list('filter 诫勉谈话', { talkType: '诫勉谈话' }, interviewWhere(w('i.talk_type = ?', '诫勉谈话')));
  await list('filter 未办结', { open: true }, interviewWhere(w(OPEN)));
  await list('filter 逾期', { due: '逾期' }, interviewWhere(w(`${OPEN} AND i.due_date < ?`, TODAY)));
  await list(`filter 即将到期 (期限 ≤ ${soonCutoff})`, { due: '即将到期' }, interviewWhere(w(`${OPEN} AND i.due_date BETWEEN ? AND ?`, TODAY, soonCutoff)));
  await list('filter 谈话人', { interviewerId: interviewers[3] }, interviewWhere(staffOf(interviewers[3] as number)));
  await list('filter 我参加的', { mine: true },
    interviewWhere(w('(i.recorder_user_id = ? OR i.id IN (SELECT interview_id FROM interview_staff WHERE user_id = ?))', handlerId, handlerId)));
  await list('filter 对象 (the busiest person)', { personId: busy.personId }, interviewWhere(w('i.person_id = ?', busy.personId)));
  await list('filter 单位', { unitId: busy.unitId }, interviewWhere(w('i.unit_id = ?', busy.unitId)));
  await list('filter 结果 诫勉', { outcome: '诫勉' }, interviewWhere(w('i.outcome = ?', '诫勉')));
  await list(`filter 日期 ${year}`, { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` }, interviewWhere(w('i.ledger_date >= ?', `${year}-01-01`), w('i.ledger_date <= ?', `${year}-12-31`)));
  await list('filter 函询 + 逾期', { kind: '函询', due: '逾期' }, interviewWhere(w('i.kind = ?', '函询'), w(`${OPEN} AND i.due_date < ?`, TODAY)));
  await list('search 1 char, common "镇"', { q: '镇' }, interviewWhere(interviewFts('镇')));
  await list(`search 1 char, rarer "${rare1}"`, { q: rare1 }, interviewWhere(interviewFts(rare1)));
  await list(`search 2 chars "${Array.from(someName).slice(0, 2).join('')}"`, { q: Array.from(someName).slice(0, 2).join('') }, interviewWhere(interviewFts(Array.from(someName).slice(0, 2).join(''))));
  await list(`search number "${number}"`, { q: number }, interviewWhere(interviewFts(number)));
  await list('search "镇" + 未办结', { q: '镇', open: true }, interviewWhere(interviewFts('镇'), w(OPEN)));
  await measure('interviews.dashboard', 'interviews.dashboard', {}, handler);
  const monthFrom = `${TODAY.slice(0, 7)}-01`;
  await measure('interviews.agenda this month', 'interviews.agenda', { from: monthFrom, to: addDays(monthFrom, 30) }, handler);

  /** The service through dispatch beside the bare SQL of the same work, alternating; a line with the ratio. */
  const beside = async <K extends OpName>(label: string, op: K, input: OpInput<K>, bare: () => number, runs = RUNS) => {
    const times: number[] = [];
    const bareTimes: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = await dispatch(ctx, { op, input, session: handler });
      times.push(performance.now() - t);
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
      const b = performance.now();
      rows = bare();
      bareTimes.push(performance.now() - b);
    }
    line(label, median(times), Math.max(...times), rows, median(bareTimes));
  };
  await beside(`interviews.stats ${year} per month (bare: the two GROUP BYs)`, 'interviews.stats', { period: 'month', year }, bareInterviewStats(db, year));
  await measure(`interviews.stats five years to ${year}`, 'interviews.stats', { period: 'year', year }, handler);
  await beside(`interviews.exportStats ${year} per quarter (.xlsx)`, 'interviews.exportStats', { period: 'quarter', year }, bareInterviewStats(db, year), 5);
  await beside('interviews.export 逾期 (.xlsx; bare: the rows read)', 'interviews.export', { due: '逾期' }, bareInterviewExport(db, interviewWhere(w(`${OPEN} AND i.due_date < ?`, TODAY)), newest), 5);
  await beside(`interviews.export ${year} (.xlsx; bare: the rows read)`, 'interviews.export', { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` },
    bareInterviewExport(db, interviewWhere(w('i.ledger_date >= ?', `${year}-01-01`), w('i.ledger_date <= ?', `${year}-12-31`)), newest), 3);
  await timeExport(`interviews.export the whole register (${BENCH_INTERVIEWS} rows) to .xlsx`, 'interviews.export', {}, handler);
}

if (!ONLY_ENCRYPTION && BENCH_DOCUMENTS > 0) await documentFigures();

/** The dispatch register at BENCH_DOCUMENTS 公文, the engine's render time, and issuing (bench/documents.ts). */
async function documentFigures(): Promise<void> {
  const hash = await hashPassword('Bench12345');
  const clerkId = insertUser(db, { username: 'benchclerk', displayName: '周文静', role: '信访室', passwordHash: hash, mustChangePassword: false }, now);
  const saved = await dispatch(ctx, { op: 'office.update', input: DEMO_OFFICE, session });
  if (!saved.ok) throw new Error(saved.error.message);
  const start = performance.now();
  fillRegister(db, BENCH_DOCUMENTS, clerkId, TODAY, now);
  const signedIn = await dispatch(ctx, { op: 'auth.login', input: { username: 'benchclerk', password: 'Bench12345' } });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
  const clerk = (signedIn.value as { token: string }).token;
  console.log('');
  console.log(`documents: a register of ${BENCH_DOCUMENTS} issued 公文 over five years (filled in ${fmt(performance.now() - start)} ms; BENCH_DOCUMENTS)`);
  header();
  await measure('docs.list first page, newest first', 'docs.list', { pageSize: 25 }, clerk, bareRegister(25));
  await measure('docs.list search 文号/标题/主送 "第1234项"', 'docs.list', { q: '第1234项', pageSize: 25 }, clerk, bareRegisterSearch('第1234项', 25));
  for (const f of await renderFigures(RUNS, TODAY)) console.log(renderLine(f));
  const drafts: Array<{ id: number; version: number }> = [];
  for (let i = 0; i < 2 * RUNS; i++) {
    const d = await dispatch(ctx, { op: 'docs.createDraft', input: { kind: 'notice', fields: benchNotice(TODAY, i + 1) }, session: clerk });
    if (!d.ok) throw new Error(d.error.message);
    const { id, version } = d.value as { id: number; version: number };
    drafts.push({ id, version });
  }
  const issue = async (d: { id: number; version: number }) => {
    const r = await dispatch(ctx, { op: 'docs.issue', input: d, session: clerk });
    if (!r.ok) throw new Error(`docs.issue: ${r.error.message}`);
  };
  const one: number[] = [];
  for (const d of drafts.slice(0, RUNS)) {
    const t = performance.now();
    await issue(d);
    one.push(performance.now() - t);
  }
  console.log(`docs.issue one at a time (render + number + frozen file): median ${fmt(median(one))} ms, max ${fmt(Math.max(...one))} ms`);
  const together = performance.now();
  await Promise.all(drafts.slice(RUNS).map(issue));
  console.log(`docs.issue ${RUNS} at the same moment (taken in turn per kind): ${fmt(performance.now() - together)} ms in all`);
}

// 廉情指数 (bench/integrity.ts): stores of their own, 300 and 3,000 units; BENCH_INTEGRITY=0 leaves it out.
if (!ONLY_ENCRYPTION && process.env.BENCH_INTEGRITY !== '0') await integrityFigures();

if (ratios.length > 0) {
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log('');
  console.log(`service/bare over ${ratios.length} ledger pages and searches (same ids and totals): median ${median(ratios).toFixed(1)}×, from ${(sorted[0] as number).toFixed(1)}× to ${(sorted[sorted.length - 1] as number).toFixed(1)}×`);
  console.log('(the service adds the envelope and session checks, zod parsing, the read transaction with its total_changes() check,');
  console.log(' preparing each statement per call, and mapping rows; tips.repeatCandidates, dashboards and statistics have no one bare query)');
}

if (ENCRYPTION) {
  await encryptionFigures({ source: db, sourceFile: file, dir, clock, today: TODAY, runs: RUNS, tips: built !== null, admin: { username: 'bench', password: 'Bench12345' } });
}

db.close();
rmSync(dir, { recursive: true, force: true });
