// Migration 0005 on a database of version 4: the tips already there are indexed again, exactly
// inside one field and with 反映内容 apart, and nothing of what was stored changes.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../../db/migrate.ts';
import { openDatabase } from '../../../db/open.ts';
import { listTips } from '../../../db/repos/tips/list.ts';
import { tipListInput, type TipListInput } from '../../../shared/tips/ledger.ts';
import { tempDir } from '../../helpers/services.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const now = () => new Date('2026-11-21T08:00:00Z');
const due = { today: '2026-11-21', soonDays: 5 };

describe('migration 0005 (tips search)', () => {
  it('re-indexes the tips of a version-4 database: exact within one field, content only with the right', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'v4.sqlite');
    const old = new Database(file);
    migrate(old, { file, now, target: 4 });
    const unit = old.prepare("INSERT INTO units (name, type, created_at, updated_at) VALUES ('城关镇', '镇（街道）', 'x', 'x')").run().lastInsertRowid;
    const tip = old
      .prepare(
        `INSERT INTO tips (number, year, seq, received_date, channel, mode, summary, content, status, created_at, created_by, updated_at)
         VALUES ('XF-2026-0001', 2026, 1, '2026-11-02', '来信', '匿名', '反映工程款被挪用', '甲说:龘。麤鱻事项。', '待拟办', 'x', '周文静', 'x')`,
      )
      .run().lastInsertRowid;
    old.prepare("INSERT INTO tip_people (tip_id, position, name, unit_id, unit_name, post, category) VALUES (?, 0, '潘浩宇', ?, '城关镇', '副书记', '班子成员')").run(tip, unit);
    old.prepare('INSERT INTO tip_units (tip_id, unit_id) VALUES (?, ?)').run(tip, unit);
    // The columns of version 4 (later migrations add their own, e.g. 0008's category_mask).
    const columns = (old.prepare("SELECT name FROM pragma_table_info('tips')").all() as Array<{ name: string }>).map((c) => c.name).join(', ');
    const before = old.prepare(`SELECT ${columns} FROM tips`).all();
    old.close();

    const { db } = openDatabase(file, { now });
    expect(db.prepare(`SELECT ${columns} FROM tips`).all()).toEqual(before);
    const reader = { id: 0, role: '只读' as const, readsContent: false };
    const total = (q: string, withContent = true) => listTips(db, tipListInput.parse({ q }) as TipListInput, due, withContent ? null : reader).total;
    expect(total('甲说:龘')).toBe(1);
    expect(total('甲说：龘')).toBe(1);
    expect(total('龘麤')).toBe(0);
    expect(total('挪用潘')).toBe(0);
    expect(total('潘浩宇')).toBe(1);
    expect(total('副书记')).toBe(1);
    expect(total('城关镇')).toBe(1);
    expect(total('龘', false)).toBe(0);
    expect(total('工程款', false)).toBe(1);
    expect(db.prepare('SELECT reporter_free FROM tip_attachments').all()).toEqual([]);
    db.close();
  });
});
