// The ledger at 100,000 tips on a real database file: search of every length, filters and
// sorting agree with the data, and the queries use their indexes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { listTips, tipFilterSql } from '../../../db/repos/tips/list.ts';
import { TIP_TOTAL_CAP, tipListInput, type TipListInput } from '../../../shared/tips/ledger.ts';
import { bulkTips, type BulkTip } from '../../helpers/bulkTips.ts';
import { tempDir } from '../../helpers/services.ts';

const N = 100_000;
const due = { today: '2026-11-21', soonDays: 5 };
let dir: string;
let db: Db;
let tips: BulkTip[];
let units: number[];

beforeAll(() => {
  dir = tempDir();
  db = openDatabase(join(dir, 'scale.sqlite')).db;
  units = Array.from({ length: 300 }, (_, i) => insertUnit(db, { name: `单位${i}`, type: '机关部门', parentId: null, headcount: 10, leaderName: '' }, '2026-01-01T00:00:00Z'));
  tips = bulkTips(db, N, units);
}, 240_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page with its exact total (计算总数); `withContent` false: as a role without the 信访内容 right. */
function list(input: Record<string, unknown>, withContent = true) {
  const viewer = withContent ? null : { id: 0, role: '只读' as const, readsContent: false };
  return listTips(db, tipListInput.parse({ exactTotal: true, ...input }) as TipListInput, due, viewer);
}

/** What a scan of the texts finds: the query inside one field, full-width and half-width alike. */
const key = (s: string) => s.normalize('NFKC').toLowerCase();
const holds = (fields: readonly string[], q: string) => fields.some((f) => key(f).includes(key(q)));

describe(`the ledger at ${N.toLocaleString()} tips`, () => {
  it('finds by any substring of 1, 2, 3 or more characters inside one field, exactly as a scan of the texts would', () => {
    // With punctuation, full-width, across a sentence or a field boundary (the last ones find nothing).
    const queries = ['贪', '冒', '公车', '青山乡', '收受礼金', '编号4242', '编号4242。', 'XF-2025-01', '来信反映，', '来信反映,', '较大请求', '反映来信', '干部反映'];
    for (const withContent of [true, false]) {
      for (const q of queries) {
        const expected = tips.filter((t) => holds(withContent ? [...t.meta, t.content] : t.meta, q)).map((t) => t.id);
        const page = list({ q, pageSize: 100, sortField: 'receivedDate', sortDir: 'desc' }, withContent);
        expect(page.total, `${q} ${withContent}`).toBe(expected.length);
        const shown = new Set(page.rows.map((r) => r.id));
        expect([...shown].every((id) => expected.includes(id)), q).toBe(true);
      }
    }
    expect(list({ q: '来信反映，' }).total).toBe(N);
    expect(list({ q: '较大请求' }).total).toBe(0);
    expect(list({ q: '来信反映' }, false).total).toBe(0);
  });

  it('filters and sorts in SQL, agreeing with the data', () => {
    const overdue = tips.filter((t) => t.dueDate !== null && t.dueDate < due.today).length;
    expect(list({ due: '逾期' }).total).toBe(overdue);
    const unit = units[17]!;
    expect(list({ unitId: unit }).total).toBe(tips.filter((t) => t.unitId === unit).length);
    expect(list({ repeat: true }).total).toBe(tips.filter((t) => t.repeatOf !== null).length);
    expect(list({ channel: '来访', category: '廉洁纪律' }).total).toBe(tips.filter((t) => t.channel === '来访' && t.category === '廉洁纪律').length);
    expect(list({ dateFrom: '2025-01-01', dateTo: '2025-03-31' }).total).toBe(tips.filter((t) => t.receivedDate >= '2025-01-01' && t.receivedDate <= '2025-03-31').length);
    const byDue = list({ sortField: 'dueDate', sortDir: 'asc', pageSize: 100, page: 3 }).rows.map((r) => r.dueDate as string);
    expect(byDue).toEqual([...byDue].sort());
    const first = list({ page: 0, pageSize: 50 }).rows.map((r) => r.id);
    const second = list({ page: 1, pageSize: 50 }).rows.map((r) => r.id);
    expect(first.some((id) => second.includes(id))).toBe(false);
  });

  it('counts up to 1000 unless asked (totalCapped), pages on past the cap, and counts exactly on request', () => {
    const all = list({ q: '公车' });
    expect(all.total).toBeGreaterThan(TIP_TOTAL_CAP);
    expect(all.totalCapped).toBe(false);
    const capped = list({ q: '公车', exactTotal: undefined });
    expect(capped).toMatchObject({ total: TIP_TOTAL_CAP, totalCapped: true });
    expect(capped.rows.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
    // A filter as well as the search: counted in the ledger's query, capped the same.
    expect(list({ q: '公车', repeat: false, exactTotal: undefined })).toMatchObject({ total: TIP_TOTAL_CAP, totalCapped: true });
    // Past the cap the count reaches the end of the page asked for, so there is a next page.
    const far = list({ exactTotal: undefined, page: 60, pageSize: 25 });
    expect(far).toMatchObject({ total: 61 * 25, totalCapped: true });
    expect(far.rows).toHaveLength(25);
    // Under the cap: exact, not capped.
    const few = list({ q: '公车', unitId: units[17], exactTotal: undefined });
    expect(few.total).toBeGreaterThan(0);
    expect(few.total).toBeLessThanOrEqual(TIP_TOTAL_CAP);
    expect(few).toMatchObject({ total: list({ q: '公车', unitId: units[17] }).total, totalCapped: false });
  });

  it('uses indexes for the ledger filters, never a scan of every tip', () => {
    const plan = (input: Record<string, unknown>, categoryStart = false) => {
      const f = tipFilterSql(tipListInput.parse(input) as TipListInput, due, null, { categoryStart });
      return (db.prepare(`EXPLAIN QUERY PLAN SELECT t.id FROM tips t ${f.joins} ${f.where}`).all(...f.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    };
    expect(plan({ due: '逾期' })).toMatch(/USING (COVERING )?INDEX tips_(by_)?due/);
    expect(plan({ status: '承办中' })).toMatch(/USING (COVERING )?INDEX tips_(by_status|status_due|status_disposal)/);
    expect(plan({ status: '承办中', disposal: '初步核实' })).toMatch(/USING COVERING INDEX tips_(status_disposal|by_status|by_disposal)/);
    expect(plan({ channel: '来访', repeat: true })).toMatch(/USING COVERING INDEX tips_(by_repeat|by_channel)/);
    expect(plan({ q: '公车' })).toMatch(/VIRTUAL TABLE INDEX/);
    expect(plan({ dateFrom: '2026-01-01' })).toMatch(/USING (COVERING )?INDEX tips_(by_)?received/);
    for (const input of [{ status: '承办中', channel: '来信' }, { disposal: '暂存待查', channel: '上级转办' }, { mode: '实名', handlerUserId: 3 }]) {
      expect(plan(input), JSON.stringify(input)).not.toMatch(/SCAN t( |$)/);
    }
    expect(plan({ personId: 5 })).toMatch(/tip_people_person/);
    // A category is its bit of category_mask, tested inside the index another filter reads: no
    // look-up of tip_categories per tip. A rare one may also start from its own index.
    for (const input of [{ category: '政治纪律', disposal: '谈话函询' }, { category: '政治纪律', mode: '实名' }, { category: '廉洁纪律', dateFrom: '2026-11-01' }]) {
      expect(plan(input), JSON.stringify(input)).toMatch(/^SEARCH t USING COVERING INDEX tips_/);
      expect(plan(input), JSON.stringify(input)).not.toMatch(/tip_categories/);
    }
    expect(plan({ category: '政治纪律' }, true)).toMatch(/^SEARCH c USING COVERING INDEX tip_categories_category/);
  });
});
