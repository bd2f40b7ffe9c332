// The `lianqing index` commands spawned for real on an encrypted store as the hosts open it:
// compute a quarter and a year as JSON, publish (refused without --confirm-missing while points
// are 未录入), and export the 廉情指数表. Its today is the test clock (--clock-file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../../helpers/services.ts';
import { openTestStore } from '../../helpers/store.ts';
import { runCli } from '../../helpers/processes.ts';
import { TEST_NOW } from '../../helpers/testDate.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { enableSchemeRow, insertScheme } from '../../../db/repos/integrity/schemes.ts';
import { DEFAULT_SCHEME } from '../../../shared/integrity/index.ts';
import { INDEX_YEAR } from '../office.ts';
import { addDecision, fullChecklists } from '../services/facts.ts';

const Y = INDEX_YEAR;
let dir: string;
let db: string;
let clockFile: string;

beforeAll(() => {
  dir = tempDir('lianqing-cli-index-');
  db = join(dir, 'office.sqlite');
  clockFile = join(dir, 'clock.txt');
  writeFileSync(clockFile, TEST_NOW.toISOString());
  const store = openTestStore(db, true);
  try {
    const now = TEST_NOW.toISOString();
    const town = insertUnit(store.db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
    const village = insertUnit(store.db, { name: '城关东村', type: '行政村', parentId: town, headcount: 8, leaderName: '' }, now);
    store.db.prepare("UPDATE units SET established_date = '2020-01-01'").run();
    const id = insertScheme(store.db, { year: Y, contentJson: JSON.stringify(DEFAULT_SCHEME), note: '', userId: null, byName: '测试', at: now });
    enableSchemeRow(store.db, id, null, '测试', now);
    fullChecklists(store.db, Y, 1);
    addDecision(store.db, { unitId: village, outcome: '党纪处分', grade: '警告', decidedDate: `${Y}-02-10` });
  } finally {
    store.db.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const index = (...args: string[]) => runCli(['index', ...args, '--db', db, '--clock-file', clockFile]);

describe('lianqing index', () => {
  it('computes a quarter as JSON: one object per unit with its score, colour, parts and lines', () => {
    const run = index('compute', '--year', String(Y), '--quarter', '1', '--json');
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ unitName: string; unitType: string; score: number; colour: string; parts: Record<string, number>; lines: Array<{ rule: string; points: number }> }>;
    const village = rows.find((r) => r.unitName === '城关东村');
    expect(village).toMatchObject({ unitType: '行政村', score: 98, colour: '绿', parts: { 控制性: 40, 主体性: 40, 绩效: 20, 激励性: 0, 廉勤性: -2 } });
    expect(village?.lines.find((l) => l.rule === 'integrity.event')?.points).toBe(-2);
    expect(rows.find((r) => r.unitName === '城关镇')?.score).toBe(100);
  });

  it('computes the year so far with grade and veto', () => {
    const run = index('compute', '--year', String(Y), '--json');
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ unitName: string; score: number; grade: string; veto: boolean; quarters: Array<{ score: number; colour: string } | null> }>;
    const village = rows.find((r) => r.unitName === '城关东村');
    // Quarters 2–4 have no checklist (control 0): (98 + 60 + 60 + 60) / 4 = 69.5 → C.
    expect(village).toMatchObject({ score: 69.5, grade: 'C', veto: false });
    expect(village?.quarters[0]).toMatchObject({ score: 98, colour: '绿' });
    const table = index('compute', '--year', String(Y), '--quarter', '1');
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain('城关东村\t行政村\t98.00\t绿');
  });

  it('publishes a quarter (refused while points are 未录入 unless confirmed) and exports the table', async () => {
    const refused = index('publish', '--year', String(Y), '--quarter', '2');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('确认后未录入项按0分计');
    const published = index('publish', '--year', String(Y), '--quarter', '1');
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toContain(`已发布 ${Y}年第1季度：评分方案 ${Y}年度第1版，2 个单位（绿 2、橙 0、红 0）`);
    const again = index('publish', '--year', String(Y), '--quarter', '1');
    expect(again.stderr).toContain('重新发布须说明理由');
    const out = join(dir, '廉情指数表.xlsx');
    const exported = index('export', '--year', String(Y), '--out', out);
    expect(exported.status, exported.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('廉情指数表');
    expect(ws?.getCell(1, 1).value).toBe(`${Y}年度廉情指数表`);
  });
});
