// Migration 0008 on a database of version 7: each tip's category mask is filled from its
// tip_categories rows (two categories: both bits; none: 0), the ledger's covering indexes carry
// it, and nothing else stored changes. The bits are pinned: they are in every database since.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { LATEST_VERSION, migrate } from '../../../db/migrate.ts';
import { openDatabase } from '../../../db/open.ts';
import { CATEGORY_BITS } from '../../../db/repos/tips/categoryMask.ts';
import { listTips } from '../../../db/repos/tips/list.ts';
import { TIP_CATEGORIES } from '../../../shared/tips/enums.ts';
import { tipListInput, type TipListInput } from '../../../shared/tips/ledger.ts';
import { tempDir } from '../../helpers/services.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const now = () => new Date('2026-11-21T08:00:00Z');
const due = { today: '2026-11-21', soonDays: 5 };

/** Every table's rows (the tips without the new column), each as text, sorted: what 0008 must leave alone. */
function stored(db: Database.Database): Record<string, string[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'tips_fts%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>;
    // Columns later migrations add (the mask; 0013's plan state, empty on every row) aside.
    out[t] = rows.map(({ category_mask: _mask, plan_state: _plan, ...rest }) => JSON.stringify(rest)).sort();
  }
  return out;
}

describe('migration 0008 (tips category mask)', () => {
  it('fills the mask of each tip of a version-7 database from its categories and changes nothing else', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'v7.sqlite');
    const old = new Database(file);
    migrate(old, { file, now, target: 7 });
    const tip = (seq: number, received: string) =>
      Number(
        old
          .prepare(
            `INSERT INTO tips (number, year, seq, received_date, channel, mode, summary, content, status, created_at, created_by, updated_at, version)
             VALUES (?, 2026, ?, ?, '来信', '匿名', '反映问题', '内容', '待拟办', 'x', '周文静', 'y', 3)`,
          )
          .run(`XF-2026-000${seq}`, seq, received).lastInsertRowid,
      );
    const one = tip(1, '2026-11-02');
    const two = tip(2, '2026-11-03');
    const none = tip(3, '2026-11-04');
    const category = old.prepare('INSERT INTO tip_categories (tip_id, category) VALUES (?, ?)');
    category.run(one, '其他职务违法犯罪');
    category.run(two, '政治纪律');
    category.run(two, '廉洁纪律');
    const before = stored(old);
    old.close();

    const { db, migration } = openDatabase(file, { now });
    expect(migration).toMatchObject({ from: 7, to: LATEST_VERSION });
    const masks = db.prepare('SELECT id, category_mask AS mask FROM tips ORDER BY id').all();
    expect(masks).toEqual([
      { id: one, mask: 2 ** 9 },
      { id: two, mask: 2 ** 0 + 2 ** 2 },
      { id: none, mask: 0 },
    ]);
    // Nothing entered changes: not the tips (updated_at and version too), not their categories; the
    // tables of later migrations are there, empty.
    const after = stored(db);
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, after[t]]))).toEqual(before);
    // (A new full-text index's own tables, which FTS5 starts with its settings and structure rows, aside.)
    for (const t of Object.keys(after).filter((t) => !(t in before) && !/_fts_(config|data|idx|docsize)$/.test(t))) expect(after[t], t).toEqual([]);

    // Each covering index of the ledger ends with the mask; status × disposal stays in the
    // ledger's whole order (received_date, then the row id).
    const columns = (index: string) => (db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(index) as Array<{ name: string }>).map((c) => c.name);
    for (const index of ['tips_by_status', 'tips_by_disposal', 'tips_by_channel', 'tips_by_mode', 'tips_by_handler', 'tips_by_received', 'tips_by_due', 'tips_by_repeat']) {
      expect(columns(index).at(-1), index).toBe('category_mask');
    }
    expect(columns('tips_status_disposal')).toEqual(['status', 'disposal', 'received_date']);
    const ids = (category: string) => listTips(db, tipListInput.parse({ category }) as TipListInput, due).rows.map((r) => r.id);
    expect(ids('政治纪律')).toEqual([two]);
    expect(ids('廉洁纪律')).toEqual([two]);
    expect(ids('其他职务违法犯罪')).toEqual([one]);
    expect(ids('其他')).toEqual([]);
    db.close();
  });

  it('keeps each category on the bit it was given: never renumbered, one bit each', () => {
    // These numbers are stored in every database since 0008; changing one would silently make
    // the ledger's category filter find other tips. A new category appends a new bit here.
    expect(CATEGORY_BITS).toEqual({
      政治纪律: 0, 组织纪律: 1, 廉洁纪律: 2, 群众纪律: 3, 工作纪律: 4, 生活纪律: 5,
      贪污贿赂: 6, 滥用职权: 7, 玩忽职守: 8, 其他职务违法犯罪: 9, 其他: 10,
    });
    const bits = TIP_CATEGORIES.map((c) => CATEGORY_BITS[c]);
    expect(new Set(bits).size).toBe(TIP_CATEGORIES.length);
    expect(bits.every((b) => Number.isInteger(b) && b >= 0 && b < 53)).toBe(true);
  });
});
