// The 廉情指数 section of `npm run bench`: a store of its own per county size (300 units, and a
// 3,000-unit variant), the default scheme, four quarters of checklist, survey and cost facts,
// BENCH_INTEGRITY_EVENTS discipline events (default 100,000) spread over the units and the year,
// findings, bonuses, substantiated tips and rectification items, all filled by SQL. Timed: reading
// a quarter's inputs, scoring it (the engine alone), the whole year (four quarters and the year)
// through integrity.computeYear, the grid's first page (uncached and cached), and the ratio to a
// bare SQL aggregate of the same inputs (one GROUP BY of the events per unit and quarter).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import type { Db } from '../db/types.ts';
import { insertUser } from '../db/repos/core/users.ts';
import { enableSchemeRow, insertScheme } from '../db/repos/integrity/schemes.ts';
import { quarterInputs } from '../db/repos/integrity/inputs.ts';
import { createServiceContext, memoryStore } from '../electron/services/kernel/context.ts';
import { dispatch } from '../electron/services/dispatch.ts';
import { hashPassword } from '../electron/services/core/passwords.ts';
import { DEFAULT_SCHEME, scoreQuarter } from '../shared/integrity/index.ts';
import { mulberry32, pick } from '../shared/kernel/random.ts';
import { DEFAULT_OFFICE_TIME_ZONE, instantInZone } from '../shared/kernel/dates.ts';
import { fmt, median, padEnd, padStart } from './format.ts';

export const BENCH_INTEGRITY_EVENTS = Number(process.env.BENCH_INTEGRITY_EVENTS ?? 100000);
const YEAR = 2026;
const RUNS = 5;
const AT = '2026-01-01T00:00:00.000Z';
const OUTCOMES: ReadonlyArray<readonly [string, string]> = [
  ['提醒', ''], ['批评教育', ''], ['诫勉', ''], ['通报批评', ''], ['组织处理', ''], ['党纪处分', '警告'], ['党纪处分', '严重警告'], ['政务处分', '记过'],
];
const CATEGORIES = ['主要负责人', '班子成员', '一般干部', '一般干部', '一般干部'] as const;

function day(rng: () => number): string {
  const d = new Date(Date.UTC(YEAR, 0, 1) + Math.floor(rng() * 365) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Fills a county of `units` units (a tenth towns, the rest villages) with a year of inputs. */
function fill(db: Db, units: number, events: number): void {
  const rng = mulberry32(14_000 + units);
  db.transaction(() => {
    const unit = db.prepare(`INSERT INTO units (name, type, parent_id, headcount, leader_name, created_at, updated_at, established_date) VALUES (?, ?, ?, 10, '', ?, ?, '2020-01-01')`);
    const towns: number[] = [];
    const ids: number[] = [];
    for (let i = 0; i < units; i++) {
      const town = i % 10 === 0 || towns.length === 0;
      const id = Number(unit.run(town ? `镇${i}` : `村${i}`, town ? '镇（街道）' : '行政村', town ? null : (towns[towns.length - 1] ?? null), AT, AT).lastInsertRowid);
      if (town) towns.push(id);
      ids.push(id);
    }
    const types = new Map(ids.map((id) => [id, towns.includes(id) ? 'town' : 'village']));
    const check = db.prepare(`INSERT INTO index_checks (unit_id, year, quarter, item_key, result, by_name, at) VALUES (?, ?, ?, ?, ?, '基准', ?)`);
    const survey = db.prepare(`INSERT INTO index_surveys (unit_id, year, quarter, survey_key, rate, by_name, at) VALUES (?, ?, ?, ?, ?, '基准', ?)`);
    const cost = db.prepare(`INSERT INTO index_costs (unit_id, year, quarter, cost_per_capita, saving_rate, by_name, at) VALUES (?, ?, ?, ?, ?, '基准', ?)`);
    for (const id of ids) {
      const items = types.get(id) === 'town' ? ['collective', 'dual-sign', 'tendering', 'gov-affairs', 'vehicles'] : ['collective', 'dual-sign', 'tendering', 'village-affairs', 'vehicles'];
      for (let q = 1; q <= 4; q++) {
        for (const item of items) check.run(id, YEAR, q, item, rng() < 0.85 ? '落实' : rng() < 0.7 ? '部分落实' : '未落实', AT);
        for (const s of ['public', 'business', 'clients', 'cadres']) survey.run(id, YEAR, q, s, 7000 + Math.floor(rng() * 3001), AT);
        cost.run(id, YEAR, q, 80000 + Math.floor(rng() * 40000), Math.floor(rng() * 2000) - 1000, AT);
      }
    }
    const event = db.prepare(
      `INSERT INTO discipline_events (source_kind, source_id, person_name, unit_id, unit_name, category, outcome, grade, circumstance, conduct_date, decided_date, created_at)
       VALUES ('外部决定', ?, '某人', ?, '', ?, ?, ?, '一般', ?, ?, ?)`,
    );
    for (let i = 0; i < events; i++) {
      const [outcome, grade] = pick(rng, OUTCOMES);
      event.run(i + 1, pick(rng, ids), pick(rng, CATEGORIES), outcome, grade, rng() < 0.2 ? '2024-05-01' : null, day(rng), AT);
    }
    const finding = db.prepare(`INSERT INTO index_findings (unit_id, channel_key, found_date, source, summary, by_name, at, updated_at) VALUES (?, ?, ?, '报告', '问题', '基准', ?, ?)`);
    const bonus = db.prepare(`INSERT INTO index_bonuses (unit_id, kind_key, award_date, summary, evidence, by_name, at, updated_at) VALUES (?, ?, ?, '做法', '材料', '基准', ?, ?)`);
    for (let i = 0; i < units * 2; i++) finding.run(pick(rng, ids), pick(rng, ['audit', 'society', 'media', 'finance', 'congress']), day(rng), AT, AT);
    for (let i = 0; i < units; i++) bonus.run(pick(rng, ids), pick(rng, ['adopted', 'innovation', 'case-help']), day(rng), AT, AT);
    const tip = db.prepare(
      `INSERT INTO tips (number, year, seq, received_date, channel, mode, summary, content, status, result, concluded_date, created_by, created_at, updated_at)
       VALUES (?, ?, ?, '2026-01-02', '来信', '匿名', '反映问题', '内容', '已归档', ?, ?, '基准', ?, ?)`,
    );
    const tipUnit = db.prepare('INSERT INTO tip_units (tip_id, unit_id) VALUES (?, ?)');
    for (let i = 0; i < units; i++) {
      const id = Number(tip.run(`XF-${YEAR}-B${i}`, YEAR, 100000 + i, rng() < 0.7 ? '查实' : '查否', day(rng), AT, AT).lastInsertRowid);
      tipUnit.run(id, pick(rng, ids));
    }
    const rect = db.prepare(
      `INSERT INTO rect_items (number, source, unit_id, problem, category, deadline_original, deadline, status, created_on, created_at, closed_on, updated_at)
       VALUES (?, '专项检查', ?, '问题', '制度', ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < units; i++) {
      const created = day(rng);
      const closed = rng() < 0.5 ? day(rng) : null;
      const closedOn = closed && closed > created ? closed : null;
      rect.run(`ZG-B-${i}`, pick(rng, ids), created, created, closedOn ? '已销号' : '整改中', created, AT, closedOn, AT);
    }
    const id = insertScheme(db, { year: YEAR, contentJson: JSON.stringify(DEFAULT_SCHEME), note: '基准', userId: null, byName: '基准', at: AT });
    enableSchemeRow(db, id, null, '基准', AT);
  })();
  db.pragma('optimize');
}

function time(runs: number, work: () => unknown): { median: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return { median: median(times), max: Math.max(...times) };
}

const LABEL = 62;
function line(label: string, t: { median: number; max: number }, target = ''): void {
  console.log(padEnd(label, LABEL) + padStart(fmt(t.median), 10) + padStart(fmt(t.max), 9) + (target ? `  ${target}` : ''));
}

/** One county size: fills a store, then prints the figures. */
async function county(units: number, target: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lianqing-bench-index-'));
  const file = join(dir, 'index.sqlite');
  // After the year: every quarter has begun, the year so far is the whole year.
  const now = instantInZone(`${YEAR + 1}-01-10`, 12 * 60, DEFAULT_OFFICE_TIME_ZONE);
  const clock = { now: () => new Date(now) };
  const { db } = openDatabase(file, { now: clock.now });
  try {
    const start = performance.now();
    fill(db, units, BENCH_INTEGRITY_EVENTS);
    const ctx = createServiceContext(memoryStore(db, file), clock);
    insertUser(db, { username: 'bench', displayName: '基准', role: '领导', passwordHash: await hashPassword('Bench12345'), mustChangePassword: false }, now.toISOString());
    const login = await dispatch(ctx, { op: 'auth.login', input: { username: 'bench', password: 'Bench12345' } });
    if (!login.ok) throw new Error(login.error.message);
    const session = (login.value as { token: string }).token;
    console.log('');
    console.log(`廉情指数: ${units} units, ${BENCH_INTEGRITY_EVENTS} discipline events over ${YEAR} (BENCH_INTEGRITY_EVENTS), filled by SQL in ${fmt(performance.now() - start)} ms`);
    console.log(padEnd('operation', LABEL) + padStart('median ms', 10) + padStart('max ms', 9));

    const inputs = quarterInputs(db, YEAR, 2);
    line(`quarterInputs ${YEAR} Q2 (${inputs.events.length} events; SQL)`, time(RUNS, () => quarterInputs(db, YEAR, 2)));
    line('scoreQuarter Q2 (the engine alone)', time(RUNS, () => scoreQuarter(DEFAULT_SCHEME, inputs)));
    const call = async <T>(op: string, input: unknown): Promise<T> => {
      const r = await dispatch(ctx, { op, input, session });
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
      return r.value as T;
    };
    // Each run after a write (a change of the data): nothing cached.
    const uncached: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      db.prepare('UPDATE index_costs SET saving_rate = saving_rate WHERE id = 1').run();
      const t = performance.now();
      await call('integrity.computeYear', { year: YEAR });
      uncached.push(performance.now() - t);
    }
    const yearMs = median(uncached);
    line(`integrity.computeYear (4 quarters + year, uncached)`, { median: yearMs, max: Math.max(...uncached) }, `target < ${target} ms: ${yearMs < target ? 'met' : 'NOT met'}`);
    const gridCold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      db.prepare('UPDATE index_costs SET saving_rate = saving_rate WHERE id = 1').run();
      const t = performance.now();
      await call('integrity.grid', { year: YEAR, pageSize: 25 });
      gridCold.push(performance.now() - t);
    }
    line('integrity.grid first page (uncached)', { median: median(gridCold), max: Math.max(...gridCold) });
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await call('integrity.grid', { year: YEAR, pageSize: 25, sortField: 'year', sortDir: 'desc' });
      warm.push(performance.now() - t);
    }
    line('integrity.grid first page (cached periods), by year score', { median: median(warm), max: Math.max(...warm) });
    // The bare SQL of the same inputs: the events' base deductions summed per unit and quarter.
    const bare = db.prepare(
      `SELECT unit_id, (CAST(substr(decided_date, 6, 2) AS INTEGER) + 2) / 3 AS q,
              sum(CASE outcome WHEN '诫勉' THEN 100 WHEN '通报批评' THEN 100 WHEN '组织处理' THEN 300 WHEN '党纪处分' THEN 250 WHEN '政务处分' THEN 300 ELSE 0 END) AS d
       FROM discipline_events WHERE decided_date BETWEEN ? AND ? AND unit_id IS NOT NULL AND outcome <> '无' GROUP BY unit_id, q`,
    );
    const bareT = time(RUNS, () => bare.all(`${YEAR}-01-01`, `${YEAR}-12-31`));
    line('bare SQL: one GROUP BY of the events per unit and quarter', bareT);
    console.log(`computeYear / bare SQL: ${(yearMs / bareT.median).toFixed(1)}× (the service also reads every other input, scores every line, hashes the inputs)`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section: 300 units (target < 1 s for the year) and 3,000 units (target < 10 s). */
export async function integrityFigures(): Promise<void> {
  await county(300, 1000);
  await county(3000, 10000);
}

// Run alone: node bench/integrity.ts (npm run bench runs it after the other sections).
if (import.meta.url === `file://${process.argv[1]}`) await integrityFigures();
