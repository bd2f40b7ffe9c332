// integrity.export: the 廉情指数表 read back with exceljs — title, headers, a unit's row, the note of
// published and draft periods — and its audit entry.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ok } from '../../helpers/services.ts';
import { DEMO_OFFICE } from '../../../electron/services/core/demoOffice.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';
import { addDecision, fullChecklists } from './facts.ts';

const Y = INDEX_YEAR;
const t = indexEachTest();

describe('integrity.export', () => {
  it('writes the units with their quarters, year, grade, veto and parts', async () => {
    const { env, o } = t;
    await ok(env, 'office.update', DEMO_OFFICE, o.admin);
    fullChecklists(env.db, Y, 1);
    addDecision(env.db, { unitId: o.villageId, outcome: '党纪处分', grade: '警告', decidedDate: `${Y}-02-01` });
    await ok(env, 'integrity.publish', { year: Y, quarter: 1 }, o.manager);
    const file = await ok(env, 'integrity.export', { year: Y }, o.readonly);
    expect(file.fileName).toMatch(/^廉情指数表_\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('廉情指数表');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell(1, 1).value).toBe(`临江县${Y}年度廉情指数表`);
    expect(String(ws.getCell(3, 1).value)).toMatch(/^已发布：第1季度；草稿（按当前数据计算，未发布）：第2季度、第3季度/);
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual(['单位名称', '所属乡镇', '单位类型', '第一季度', '第二季度', '第三季度', '第四季度', '年度指数', '等级', '一票否决', '控制性', '主体性', '绩效', '激励性', '廉勤性']);
    const name = (env.db.prepare('SELECT name FROM units WHERE id = ?').get(o.villageId) as { name: string }).name;
    let found: unknown[] | null = null;
    ws.eachRow((row, n) => {
      if (n > 4 && row.getCell(1).value === name) found = (row.values as unknown[]).slice(1);
    });
    expect(found).not.toBeNull();
    const row = found as unknown as string[];
    expect(row.slice(0, 4)).toEqual([name, '城关镇', '行政村', '98.00（绿）']);
    expect(row[9]).toBe('否');
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'integrity.export'").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toMatchObject({ year: Y, rows: 6 });
  });
});
