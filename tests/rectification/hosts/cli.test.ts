// The command line for the 整改台账, spawned for real on an encrypted store as the hosts open it:
// `rectification list --json` (all, --overdue, --unit NAME, an unknown unit refused) and the table,
// and `rectification export --out FILE.xlsx` (the office's columns; never over an existing file;
// audited as the command line). Its today is the test clock (--clock-file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { tempDir } from '../../helpers/services.ts';
import { openKeyed, openTestStore } from '../../helpers/store.ts';
import { runCli } from '../../helpers/processes.ts';
import { TEST_NOW, TEST_TODAY } from '../../helpers/testDate.ts';
import { insertRect } from '../../helpers/rectification.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { RECT_EXPORT_COLUMNS, type RectRow } from '../../../shared/rectification/index.ts';

let dir: string;
let db: string;
let clockFile: string;
const numbers: Record<string, string> = {};

beforeAll(() => {
  dir = tempDir('lianqing-cli-rect-');
  db = join(dir, 'office.sqlite');
  clockFile = join(dir, 'clock.txt');
  writeFileSync(clockFile, TEST_NOW.toISOString());
  const store = openTestStore(db, true);
  try {
    const now = TEST_NOW.toISOString();
    const a = insertUnit(store.db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
    const b = insertUnit(store.db, { name: '青山乡', type: '镇（街道）', parentId: null, headcount: 30, leaderName: '' }, now);
    const created = addDays(TEST_TODAY, -60);
    numbers.overdueA = insertRect(store.db, { unitId: a, problem: '村集体资金管理不规范', deadline: addDays(TEST_TODAY, -5), createdOn: created }).number;
    numbers.soonA = insertRect(store.db, { unitId: a, problem: '工程项目未按规定招标', deadline: addDays(TEST_TODAY, 3), createdOn: created }).number;
    numbers.overdueB = insertRect(store.db, { unitId: b, problem: '惠民补贴发放不及时', deadline: addDays(TEST_TODAY, -30), createdOn: created }).number;
    numbers.closedB = insertRect(store.db, { unitId: b, problem: '公务接待超标准', deadline: addDays(TEST_TODAY, -20), createdOn: created, closedOn: addDays(TEST_TODAY, -25) }).number;
  } finally {
    store.db.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rect = (...args: string[]) => runCli(['rectification', ...args, '--db', db, '--clock-file', clockFile]);

function listed(...args: string[]): Array<Omit<RectRow, 'version'>> {
  const run = rect('list', '--json', ...args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Array<Omit<RectRow, 'version'>>;
}

describe('lianqing rectification list', () => {
  it('lists every item by deadline, with what today makes of it', () => {
    const rows = listed();
    expect(rows.map((r) => r.number)).toEqual([numbers.overdueB, numbers.closedB, numbers.overdueA, numbers.soonA]);
    const a = rows.find((r) => r.number === numbers.overdueA);
    expect(a).toMatchObject({ unitName: '城关镇', status: '未启动', dueState: '逾期', overdueDays: 5 });
    expect(rows.find((r) => r.number === numbers.soonA)?.dueState).toBe('即将到期');
    expect(rows.find((r) => r.number === numbers.closedB)).toMatchObject({ dueState: null, closedOnTime: true });
    expect(rows.every((r) => !('version' in r))).toBe(true);
  });

  it('--overdue, --unit NAME, both; an unknown unit is refused', () => {
    expect(listed('--overdue').map((r) => r.number)).toEqual([numbers.overdueB, numbers.overdueA]);
    expect(listed('--unit', '城关镇').map((r) => r.number)).toEqual([numbers.overdueA, numbers.soonA]);
    expect(listed('--unit', '青山乡', '--overdue').map((r) => r.number)).toEqual([numbers.overdueB]);
    const unknown = rect('list', '--unit', '不存在乡');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('单位名册中没有名为“不存在乡”的单位');
  });

  it('prints a table without --json', () => {
    const run = rect('list', '--overdue');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]?.split('\t').slice(0, 3)).toEqual(['编号', '问题来源', '单位']);
    expect(lines[1]).toContain(numbers.overdueB);
    expect(lines.at(-1)).toBe('共 2 项');
  });
});

describe('lianqing rectification export', () => {
  it('writes the ledger in the office’s columns, readable by the user only, audited; never over a file', async () => {
    const out = join(dir, '整改台账.xlsx');
    const run = rect('export', '--out', out, '--unit', '城关镇');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`已导出到 ${out}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('整改台账') as Worksheet;
    expect(ws.getCell(1, 1).value).toBe(`整改台账（${TEST_TODAY}导出，共2项）`);
    const header = ws.getRow(3).values as unknown[];
    expect(ws.getCell(2, 1).value).toBe('筛选条件：单位=城关镇');
    expect(header.slice(1)).toEqual([...RECT_EXPORT_COLUMNS]);
    expect([ws.getCell(4, 4).value, ws.getCell(4, 10).value]).toEqual(['村集体资金管理不规范', '未启动（逾期5天）']);
    expect(ws.getCell(4, 8).value).toBeInstanceOf(Date);

    const again = rect('export', '--out', out);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('文件已存在，不会覆盖');
    const wrong = rect('export', '--out', join(dir, 'x.csv'));
    expect(wrong.status).toBe(2);

    const stored = openKeyed(db, true);
    try {
      const entries = stored.prepare("SELECT op, username, summary FROM audit WHERE op = 'rect.export'").all() as Array<{ op: string; username: string | null; summary: string }>;
      expect(entries).toHaveLength(1);
      expect(JSON.parse((entries[0] as { summary: string }).summary)).toMatchObject({ list: '整改台账', rows: 2 });
    } finally {
      stored.close();
    }
  });
});
