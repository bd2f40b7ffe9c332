// The 整改台账 in SQL (db/repos/rectification/ledger.ts, summary.ts): every filter alone and some
// pairs, each sort field both ways, paging and totals, the search by a 1+ character substring of
// the number, problem or a measure (never across two fields) — against the same rows filtered in
// plain TypeScript. Then the summaries by unit and by source, counted by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { insertUser } from '../../../db/repos/core/users.ts';
import { rectLedgerIds, rectLedgerPage, type DueDates } from '../../../db/repos/rectification/ledger.ts';
import { rectSummary } from '../../../db/repos/rectification/summary.ts';
import { rectRowsByIds } from '../../../db/repos/rectification/rows.ts';
import {
  RECT_SORT_FIELDS, RECT_SOURCES, RECT_STATUSES, rectListInput, rectSummaryInput,
  type RectFilterInput, type RectSortField, type RectSource, type RectStatus,
} from '../../../shared/rectification/index.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { mulberry32, pick } from '../../../shared/kernel/random.ts';
import { tempDir } from '../../helpers/services.ts';
import { insertRect, setLiaison } from '../../helpers/rectification.ts';

const TODAY = '2026-11-21';
const due: DueDates = { today: TODAY, soonDays: 7, superviseCutoff: '2026-10-30' };
const PROBLEMS = ['村集体资金管理不规范', '工程项目未按规定招标', '惠民补贴发放不及时', '公务接待超标准', '会议记录缺失', '采购程序不完整'];
const MEASURES = ['建立资金台账', '重新组织招标', '逐户核对补贴', '退还超标准费用', '补齐会议记录', '修订采购制度'];

interface Item {
  id: number;
  number: string;
  unitId: number;
  unitKey: string;
  source: RectSource;
  status: RectStatus;
  problem: string;
  measures: string[];
  leaderId: number | null;
  ownerId: number | null;
  measureOwnerId: number | null;
  deadline: string;
  closedOn: string | null;
  percent: number;
  recurrenceOf: number | null;
}

let dir: string;
let db: Db;
let liaisonId: number;
const units: Array<{ id: number; name: string; key: string }> = [];
const people: number[] = [];
const items: Item[] = [];

beforeAll(() => {
  dir = tempDir('lianqing-rect-ledger-');
  ({ db } = openDatabase(join(dir, 'test.sqlite')));
  const now = '2026-01-01T00:00:00.000Z';
  for (const name of ['城关镇', '青山乡', '河口镇', '县财政局']) {
    const id = insertUnit(db, { name, type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
    units.push({ id, name, key: (db.prepare('SELECT sort_key AS k FROM units WHERE id = ?').get(id) as { k: string }).k });
  }
  for (const [k, name] of ['周建国', '吴晓梅', '郑志强', '冯丽', '陈立新'].entries()) {
    people.push(insertPerson(db, { name, idNumber: '', unitId: (units[k % units.length] as { id: number }).id, post: '主任', rank: '正科级', partyMember: true, category: '主要负责人' }, now));
  }
  liaisonId = insertUser(db, { username: 'liaison', displayName: '联系干部', role: '案件监督管理室', passwordHash: 'x', mustChangePassword: false }, now);
  setLiaison(db, (units[1] as { id: number }).id, liaisonId);
  setLiaison(db, (units[2] as { id: number }).id, liaisonId);
  const rng = mulberry32(5);
  const closed: number[] = [];
  for (let k = 0; k < 400; k++) {
    const unit = pick(rng, units);
    const createdOn = addDays('2025-12-01', Math.floor(rng() * 340));
    const deadline = addDays(TODAY, Math.floor(rng() * 120) - 70);
    const r = rng();
    const status: RectStatus = r < 0.2 ? '未启动' : r < 0.55 ? '整改中' : r < 0.7 ? '待验收' : '已销号';
    const closedOn = status === '已销号' ? addDays(deadline, Math.floor(rng() * 30) - 20) : null;
    const nMeasures = Math.floor(rng() * 3);
    const measures = Array.from({ length: nMeasures }, () => pick(rng, MEASURES));
    const problem = `${unit.name}${pick(rng, PROBLEMS)}`;
    const leaderId = rng() < 0.7 ? pick(rng, people) : null;
    const ownerId = rng() < 0.7 ? pick(rng, people) : null;
    const measureOwnerId = nMeasures > 0 && rng() < 0.3 ? pick(rng, people) : null;
    const recurrenceOf = closed.length > 0 && rng() < 0.1 ? pick(rng, closed) : null;
    const source = pick(rng, RECT_SOURCES.filter((s) => s !== '预警告知书')) as Exclude<RectSource, '预警告知书'>;
    const extended = rng() < 0.2;
    const percent = status === '已销号' ? 100 : status === '未启动' ? 0 : Math.floor(rng() * 100);
    const inserted = insertRect(db, {
      unitId: unit.id, source, problem, createdOn, deadline: extended ? addDays(deadline, -30) : deadline,
      extensions: extended ? [{ deadline, decidedOn: createdOn }] : [],
      measures: measures.map((text, m) => ({ text, ownerPersonId: m === 0 ? measureOwnerId : null })),
      leaderPersonId: leaderId, ownerPersonId: ownerId, status, closedOn, recurrenceOf,
      progress: status === '整改中' || status === '待验收' ? [{ date: createdOn, text: '推进中', percent }] : [],
    });
    if (status === '已销号') closed.push(inserted.id);
    items.push({ id: inserted.id, number: inserted.number, unitId: unit.id, unitKey: unit.key, source, status, problem, measures, leaderId, ownerId, measureOwnerId, deadline, closedOn, percent: status === '已销号' ? 100 : (status === '未启动' ? 0 : percent), recurrenceOf });
  }
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = (i: Item) => i.status !== '已销号';

function matches(i: Item, f: RectFilterInput, viewer: number | null): boolean {
  if (f.q && ![i.number, i.problem, ...i.measures].some((t) => t.includes(f.q as string))) return false;
  if (f.unitId !== undefined && i.unitId !== f.unitId) return false;
  if (f.source && i.source !== f.source) return false;
  if (f.status && i.status !== f.status) return false;
  if (f.open !== undefined && open(i) !== f.open) return false;
  if (f.due === '逾期' && !(open(i) && i.deadline < TODAY)) return false;
  if (f.due === '即将到期' && !(open(i) && i.deadline >= TODAY && i.deadline <= addDays(TODAY, 7))) return false;
  if (f.due === '需督办' && !(open(i) && i.deadline <= (due.superviseCutoff as string))) return false;
  if (f.personId !== undefined && ![i.leaderId, i.ownerId, i.measureOwnerId].includes(f.personId)) return false;
  if (f.deadlineFrom && i.deadline < f.deadlineFrom) return false;
  if (f.deadlineTo && i.deadline > f.deadlineTo) return false;
  if (f.recurrence !== undefined && (i.recurrenceOf !== null) !== f.recurrence) return false;
  if (f.liaisonMine && (viewer === null || ![units[1]?.id, units[2]?.id].includes(i.unitId))) return false;
  return true;
}

const STATUS_ORDER = new Map<string, number>(RECT_STATUSES.map((s, k) => [s, k]));
const SOURCE_ORDER = new Map<string, number>(RECT_SOURCES.map((s, k) => [s, k]));

function sortKey(i: Item, field: RectSortField): Array<string | number> {
  switch (field) {
    case 'number': return [i.number];
    case 'unitName': return [i.unitKey, units.find((u) => u.id === i.unitId)?.name ?? ''];
    case 'source': return [SOURCE_ORDER.get(i.source) ?? 0];
    case 'status': return [STATUS_ORDER.get(i.status) ?? 0];
    case 'deadline': return [i.deadline];
    // NULLs first ascending, as SQLite sorts them.
    case 'closedOn': return [i.closedOn ?? ''];
    case 'percent': return [i.percent];
  }
}

function expected(f: RectFilterInput, field: RectSortField, dir: 'asc' | 'desc', viewer: number | null = null): number[] {
  const cmp = (a: Item, b: Item) => {
    const ka = [...sortKey(a, field), a.id];
    const kb = [...sortKey(b, field), b.id];
    for (let k = 0; k < ka.length; k++) {
      const x = ka[k] as string | number;
      const y = kb[k] as string | number;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
  const list = items.filter((i) => matches(i, f, viewer)).sort(cmp);
  return (dir === 'desc' ? list.reverse() : list).map((i) => i.id);
}

const FILTERS: RectFilterInput[] = [
  {},
  { q: '资' }, { q: '资金' }, { q: '招标' }, { q: '台账' }, { q: '龘' }, { q: 'ZG-2026-0' }, { q: '金工' },
  ...[0, 1, 2, 3].map((k) => ({ unitId: -1 - k })),
  ...RECT_SOURCES.map((source) => ({ source })),
  ...RECT_STATUSES.map((status) => ({ status })),
  { open: true }, { open: false },
  { due: '逾期' }, { due: '即将到期' }, { due: '需督办' },
  { deadlineFrom: '2026-11-01', deadlineTo: '2026-11-30' }, { deadlineFrom: TODAY }, { deadlineTo: '2026-10-01' },
  { recurrence: true }, { recurrence: false },
  { liaisonMine: true },
  { due: '逾期', liaisonMine: true }, { q: '资', open: true }, { source: '审计发现', due: '逾期' },
];

function resolve(f: RectFilterInput): RectFilterInput {
  return f.unitId !== undefined && f.unitId < 0 ? { ...f, unitId: (units[-1 - f.unitId] as { id: number }).id } : f;
}

describe('the ledger’s filters', () => {
  it('each filter and some pairs: the same items as the rows filtered by hand, totals too', () => {
    for (const raw of FILTERS) {
      const f = resolve(raw);
      const want = expected(f, 'deadline', 'asc', liaisonId);
      const page = rectLedgerPage(db, { ...rectListInput.parse(f), pageSize: 500 }, due, liaisonId);
      expect(page.ids, JSON.stringify(f)).toEqual(want);
      expect(page.total, JSON.stringify(f)).toBe(want.length);
      expect(rectLedgerIds(db, { ...f, sortField: 'deadline', sortDir: 'asc' }, due, liaisonId)).toEqual(want);
    }
    // Every filter finds something here but 龘 (and a filter that could be empty by chance).
    expect(expected({ q: '资' }, 'deadline', 'asc').length).toBeGreaterThan(10);
  });

  it('by person: 责任领导, 责任人 or a measure’s 责任人', () => {
    for (const personId of people) {
      const want = expected({ personId }, 'deadline', 'asc');
      expect(rectLedgerPage(db, { ...rectListInput.parse({ personId }), pageSize: 500 }, due, null).ids).toEqual(want);
    }
    expect(items.some((i) => i.measureOwnerId !== null && i.measureOwnerId !== i.leaderId && i.measureOwnerId !== i.ownerId)).toBe(true);
  });

  it('我联系的单位 is nobody’s on the command line', () => {
    expect(rectLedgerPage(db, rectListInput.parse({ liaisonMine: true }), due, null)).toEqual({ ids: [], total: 0 });
  });

  it('a search never runs from the problem into a measure', () => {
    // "资金" + "建立": the end of one field and the start of the next.
    const across = items.find((i) => i.problem.endsWith('不规范') && i.measures[0] === '建立资金台账');
    if (across) expect(rectLedgerPage(db, rectListInput.parse({ q: '规范建立' }), due, null).ids).not.toContain(across.id);
  });
});

describe('the ledger’s order and pages', () => {
  it('every sort field both ways, the id breaking ties', () => {
    for (const field of RECT_SORT_FIELDS) {
      for (const dir of ['asc', 'desc'] as const) {
        const want = expected({}, field, dir);
        expect(rectLedgerIds(db, { sortField: field, sortDir: dir }, due, null), `${field} ${dir}`).toEqual(want);
        expect(rectLedgerPage(db, rectListInput.parse({ sortField: field, sortDir: dir, pageSize: 25, page: 3 }), due, null).ids).toEqual(want.slice(75, 100));
      }
    }
  });

  it('pages: the total stays the count of every match, the last page is short', () => {
    const want = expected({ open: true }, 'deadline', 'asc');
    const last = Math.floor(want.length / 25);
    const page = rectLedgerPage(db, rectListInput.parse({ open: true, page: last, pageSize: 25 }), due, null);
    expect(page.total).toBe(want.length);
    expect(page.ids).toEqual(want.slice(last * 25));
    expect(rectLedgerPage(db, rectListInput.parse({ open: true, page: last + 5 }), due, null)).toEqual({ ids: [], total: want.length });
  });

  it('reads the rows in the page’s order', () => {
    const page = rectLedgerPage(db, rectListInput.parse({ pageSize: 10, sortField: 'number', sortDir: 'desc' }), due, null);
    expect(rectRowsByIds(db, page.ids).map((r) => r.id)).toEqual(page.ids);
  });
});

describe('the summaries', () => {
  const count = (list: Item[]) => ({
    total: list.length,
    open: list.filter(open).length,
    overdue: list.filter((i) => open(i) && i.deadline < TODAY).length,
    closedOnTime: list.filter((i) => i.closedOn !== null && i.closedOn <= i.deadline).length,
    closedLate: list.filter((i) => i.closedOn !== null && i.closedOn > i.deadline).length,
  });
  const extendedIds = () => new Set((db.prepare("SELECT DISTINCT item_id AS id FROM rect_extensions WHERE state = '已批准'").all() as Array<{ id: number }>).map((r) => r.id));

  it('by unit: every unit with items, in the registry’s order, counted as by hand', () => {
    const rows = rectSummary(db, rectSummaryInput.parse({ by: 'unit' }), due, null);
    const ext = extendedIds();
    const withItems = [...units].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).filter((u) => items.some((i) => i.unitId === u.id));
    expect(rows.map((r) => r.label)).toEqual(withItems.map((u) => u.name));
    for (const r of rows) {
      const list = items.filter((i) => String(i.unitId) === r.key);
      expect(r).toEqual({ key: r.key, label: r.label, ...count(list), extended: list.filter((i) => ext.has(i.id)).length });
    }
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(items.length);
    expect(rows.some((r) => r.closedLate > 0 && r.closedOnTime > 0 && r.overdue > 0 && r.extended > 0)).toBe(true);
  });

  it('by source, in the sources’ order, under a filter', () => {
    const unitId = (units[0] as { id: number }).id;
    const rows = rectSummary(db, rectSummaryInput.parse({ by: 'source', unitId }), due, null);
    const list = items.filter((i) => i.unitId === unitId);
    expect(rows.map((r) => r.key)).toEqual(RECT_SOURCES.filter((s) => list.some((i) => i.source === s)));
    const ext = extendedIds();
    for (const r of rows) {
      const of = list.filter((i) => i.source === r.key);
      expect(r).toEqual({ key: r.key, label: r.key, ...count(of), extended: of.filter((i) => ext.has(i.id)).length });
    }
  });
});
