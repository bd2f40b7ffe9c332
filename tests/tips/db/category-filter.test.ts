// The ledger's 问题类别 filter — a bit of the tip's category mask, tested inside the indexes
// (migration 0008), and for a rare category also a join the query may start from — finds exactly
// the tips that tip_categories says, in the ledger's order: alone and with every other filter,
// tips with two categories among them; a common category (mask only) and rare ones, pages of a
// few matches (gathered and sorted) and of many (read in order), totals capped and exact, and
// the export's walk. The expected ids come from plain SQL over tip_categories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { insertUser } from '../../../db/repos/core/users.ts';
import { insertTip, insertTipParts, nextTipSeq, updateTip } from '../../../db/repos/tips/tips.ts';
import { indexTip } from '../../../db/repos/tips/search.ts';
import { CATEGORY_BITS } from '../../../db/repos/tips/categoryMask.ts';
import { categoryIsRare, iterateTips, listTips, type Viewer } from '../../../db/repos/tips/list.ts';
import { DISPOSALS, REPORT_MODES, TIP_CATEGORIES, TIP_STATUSES, type TipCategory, type TipChannel } from '../../../shared/tips/enums.ts';
import { TIP_TOTAL_CAP, tipListInput, type TipListInput } from '../../../shared/tips/ledger.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { mulberry32, pick } from '../../../shared/kernel/random.ts';
import { tempDir } from '../../helpers/services.ts';

const N = 7000;
const due = { today: '2026-11-21', soonDays: 5 };
const now = '2026-11-21T01:00:00.000Z';
const SUMMARIES = ['违规发放补贴', '公车私用', '收受礼金', '优亲厚友', '工程招投标', '吃拿卡要'];
const CHANNELS: readonly TipChannel[] = ['来信', '来访', '网络举报'];
let dir: string;
let db: Db;
let unitId: number;
let personId: number;
let handlerId: number;

/**
 * 廉洁纪律 is common (the first category of three tips in four: more than CATEGORY_START_LIMIT),
 * 群众纪律 rare but with more matches than the cap, the others rare and few; three tips in ten
 * have a second category.
 */
function categoriesOf(r: () => number): TipCategory[] {
  const x = r();
  const first: TipCategory = x < 0.75 ? '廉洁纪律' : x < 0.95 ? '群众纪律' : pick(r, TIP_CATEGORIES);
  const second = pick(r, TIP_CATEGORIES);
  return r() < 0.3 && second !== first ? [first, second] : [first];
}

beforeAll(() => {
  dir = tempDir();
  db = openDatabase(join(dir, 'categories.sqlite')).db;
  const r = mulberry32(11);
  db.transaction(() => {
    const units = Array.from({ length: 8 }, (_, i) => insertUnit(db, { name: `单位${i}`, type: '机关部门', parentId: null, headcount: 10, leaderName: '' }, now));
    unitId = units[3] as number;
    const people = Array.from({ length: 40 }, (_, i) => ({
      id: insertPerson(db, { name: `干部${i}`, idNumber: '', unitId: units[i % 8] as number, post: '科员', rank: '科员及以下', partyMember: true, category: '一般干部' }, now),
      name: `干部${i}`,
      unitId: units[i % 8] as number,
    }));
    personId = (people[5] as { id: number }).id;
    const handlers = ['甲', '乙', '丙'].map((name, i) => insertUser(db, { username: `h${i}`, displayName: name, role: '监督检查室', passwordHash: 'x', mustChangePassword: false }, now));
    handlerId = handlers[1] as number;
    const ids: number[] = [];
    for (let i = 0; i < N; i++) {
      const receivedDate = addDays('2024-01-01', Math.floor(r() * 1050));
      const year = Number(receivedDate.slice(0, 4));
      const seq = nextTipSeq(db, year);
      const number = `XF-${year}-${String(seq).padStart(4, '0')}`;
      const status = pick(r, TIP_STATUSES);
      const summary = `反映${pick(r, SUMMARIES)}问题`;
      const content = `来信反映${summary}。${r() < 0.01 ? '龘' : ''}`;
      const dueDate = status === '已归档' ? null : addDays(due.today, Math.floor(r() * 40) - 20);
      const repeatOf = ids.length > 10 && r() < 0.05 ? (pick(r, ids) as number) : null;
      const person = pick(r, people);
      const id = insertTip(db, {
        number, year, seq, receivedDate, channel: pick(r, CHANNELS), mode: pick(r, REPORT_MODES), reporter: { name: '', phone: '', idNumber: '', address: '' },
        queryCodeHash: null, summary, content, status, dueDate, repeatOf, createdBy: '测试', now,
      });
      if (status !== '待拟办') updateTip(db, id, 0, { disposal: pick(r, DISPOSALS), handler_user_id: pick(r, handlers) }, now);
      insertTipParts(db, id, [{ personId: person.id, name: person.name, unitId: person.unitId, unitName: '', post: '科员', category: '一般干部' }], r() < 0.5 ? [person.unitId] : [], categoriesOf(r));
      indexTip(db, id, { number, summary, names: [person.name, '科员'], content });
      ids.push(id);
    }
  })();
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each other filter of the ledger as input and as plain SQL over t. */
function otherFilters(): Array<{ input: Record<string, unknown>; sql: string; params: unknown[]; viewer?: Viewer }> {
  const out: Array<{ input: Record<string, unknown>; sql: string; params: unknown[]; viewer?: Viewer }> = [{ input: {}, sql: '1', params: [] }];
  for (const status of TIP_STATUSES) out.push({ input: { status }, sql: 't.status = ?', params: [status] });
  for (const disposal of DISPOSALS) out.push({ input: { disposal }, sql: 't.disposal = ?', params: [disposal] });
  for (const channel of [...CHANNELS, '媒体反映']) out.push({ input: { channel }, sql: 't.channel = ?', params: [channel] });
  for (const mode of REPORT_MODES) out.push({ input: { mode }, sql: 't.mode = ?', params: [mode] });
  out.push(
    { input: { handlerUserId: handlerId }, sql: 't.handler_user_id = ?', params: [handlerId] },
    { input: { mine: '我承办的' }, sql: 't.handler_user_id = ?', params: [handlerId], viewer: { id: handlerId, role: '监督检查室', readsContent: true } },
    { input: { due: '逾期' }, sql: 't.due_date < ?', params: [due.today] },
    { input: { due: '即将到期' }, sql: 't.due_date BETWEEN ? AND ?', params: [due.today, addDays(due.today, due.soonDays)] },
    { input: { repeat: true }, sql: 't.repeat_of IS NOT NULL', params: [] },
    { input: { repeat: false }, sql: 't.repeat_of IS NULL', params: [] },
    { input: { dateFrom: '2026-01-01' }, sql: 't.received_date >= ?', params: ['2026-01-01'] },
    { input: { dateFrom: '2025-03-01', dateTo: '2025-03-31' }, sql: 't.received_date BETWEEN ? AND ?', params: ['2025-03-01', '2025-03-31'] },
    { input: { unitId }, sql: '(t.id IN (SELECT tip_id FROM tip_units WHERE unit_id = ?) OR t.id IN (SELECT tip_id FROM tip_people WHERE unit_id = ?))', params: [unitId, unitId] },
    { input: { personId }, sql: 't.id IN (SELECT tip_id FROM tip_people WHERE person_id = ?)', params: [personId] },
    // A common search word (past the cap: tested per tip) and a rare one.
    { input: { q: '补贴' }, sql: "(instr(t.summary, '补贴') > 0 OR instr(t.content, '补贴') > 0)", params: [] },
    { input: { q: '龘' }, sql: "instr(t.content, '龘') > 0", params: [] },
    { input: { status: '承办中', disposal: '初步核实' }, sql: "t.status = '承办中' AND t.disposal = '初步核实'", params: [] },
    { input: { status: '已归档', mode: '匿名', repeat: false }, sql: "t.status = '已归档' AND t.mode = '匿名' AND t.repeat_of IS NULL", params: [] },
  );
  return out;
}

/** The tips of the category that match the other filter, by plain SQL over tip_categories, in this order. */
function expected(category: TipCategory, other: { sql: string; params: unknown[] }, order = 't.received_date DESC, t.id DESC'): number[] {
  return (
    db.prepare(`SELECT t.id FROM tips t WHERE t.id IN (SELECT tip_id FROM tip_categories WHERE category = ?) AND ${other.sql} ORDER BY ${order}`).all(category, ...other.params) as Array<{ id: number }>
  ).map((r) => r.id);
}

function page(input: Record<string, unknown>, viewer?: Viewer) {
  return listTips(db, tipListInput.parse(input) as TipListInput, due, viewer ?? null);
}

describe('the 问题类别 filter', () => {
  it('covers a common category, rare ones past the cap, and rare few; tips with two categories', () => {
    expect(categoryIsRare(db, '廉洁纪律')).toBe(false);
    expect(categoryIsRare(db, '群众纪律')).toBe(true);
    expect(expected('群众纪律', { sql: '1', params: [] }).length).toBeGreaterThan(TIP_TOTAL_CAP);
    expect(expected('政治纪律', { sql: '1', params: [] }).length).toBeLessThan(TIP_TOTAL_CAP);
    expect((db.prepare('SELECT count(*) AS n FROM (SELECT tip_id FROM tip_categories GROUP BY tip_id HAVING count(*) = 2)').get() as { n: number }).n).toBeGreaterThan(N / 5);
  });

  it('finds exactly the tips of the category with every other filter: totals, first and last pages', () => {
    let compared = 0;
    for (const category of TIP_CATEGORIES) {
      for (const other of otherFilters()) {
        const want = expected(category, other);
        const label = JSON.stringify({ category, ...other.input });
        const exact = page({ category, ...other.input, pageSize: 100, exactTotal: true }, other.viewer);
        expect(exact.total, label).toBe(want.length);
        expect(exact.rows.map((r) => r.id), label).toEqual(want.slice(0, 100));
        const capped = page({ category, ...other.input, pageSize: 100 }, other.viewer);
        expect(capped.total, label).toBe(Math.min(want.length, TIP_TOTAL_CAP));
        expect(capped.totalCapped, label).toBe(want.length > TIP_TOTAL_CAP);
        expect(capped.rows.map((r) => r.id), label).toEqual(want.slice(0, 100));
        const last = Math.max(0, Math.ceil(want.length / 100) - 1);
        expect(page({ category, ...other.input, pageSize: 100, page: last }, other.viewer).rows.map((r) => r.id), label).toEqual(want.slice(last * 100, last * 100 + 100));
        compared++;
      }
    }
    expect(compared).toBe(TIP_CATEGORIES.length * otherFilters().length);
  });

  it('agrees in the due-date order (read through its own index) and in the export', () => {
    const byDue = "ifnull(t.due_date, '9999-12-31') ASC, t.id ASC";
    for (const category of ['廉洁纪律', '群众纪律', '政治纪律'] as const) {
      for (const other of [{ input: {}, sql: '1', params: [] }, { input: { status: '承办中' }, sql: "t.status = '承办中'", params: [] }]) {
        const want = expected(category, other, byDue);
        const label = JSON.stringify({ category, ...other.input });
        expect(page({ category, ...other.input, pageSize: 100, sortField: 'dueDate', sortDir: 'asc' }).rows.map((r) => r.id), label).toEqual(want.slice(0, 100));
        const exported = [...iterateTips(db, tipListInput.parse({ category, ...other.input }) as TipListInput, due)].map((r) => r.id);
        expect(exported, label).toEqual(expected(category, other));
      }
    }
  });

  it('keeps each tip’s mask what its categories say', () => {
    const rows = db.prepare("SELECT t.id, t.category_mask AS mask, group_concat(c.category, ',') AS categories FROM tips t JOIN tip_categories c ON c.tip_id = t.id GROUP BY t.id").all() as Array<{ id: number; mask: number; categories: string }>;
    expect(rows).toHaveLength(N);
    for (const r of rows) {
      const bits = r.categories.split(',').reduce((m, c) => m + 2 ** CATEGORY_BITS[c as TipCategory], 0);
      expect(r.mask, String(r.id)).toBe(bits);
    }
  });
});
