// The 整改台账 through dispatch: filters and what today makes of a row (逾期N天, 即将到期, 按期销号),
// 需督办 from the holiday calendar (a holiday the administrator adds moves the cutoff), the
// summaries, 首页's lists for each scope (全部单位 for 监督检查室 and leaders, 我联系的单位 for a
// 联系干部, none otherwise), and the export read back column by column — the office's 13 columns,
// date cells, the title, 制表单位 and 筛选条件 lines — audited once per export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { makeEnv, ok, send, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { insertRect, setLiaison } from '../../helpers/rectification.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { DEMO_OFFICE } from '../../../electron/services/core/demoOffice.ts';
import { RECT_EXPORT_COLUMNS, superviseCutoff, type RectRow } from '../../../shared/rectification/index.ts';
import { addDays, WorkCalendar } from '../../../shared/kernel/workdays.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';

/** A Saturday; the suite names 2026 dates (the 国庆 holidays among them). */
const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';
const TODAY = '2026-11-21';

let env: TestEnv;
let admin: string;
let inspector: string;
let leader: string;
let liaison: string;
let reader: string;
let unitA: number;
let unitB: number;
let personId: number;
const ids: Record<string, number> = {};

function cutoffNow(): string {
  return superviseCutoff(new WorkCalendar(calendarTable(env.db)), TODAY, 15);
}

beforeAll(async () => {
  env = makeEnv(WRITTEN_FOR);
  admin = await setupAdmin(env);
  await ok(env, 'office.update', DEMO_OFFICE, admin);
  inspector = await userWithRole(env, '监督检查室', 'inspector');
  leader = await userWithRole(env, '领导', 'leader');
  liaison = await userWithRole(env, '案件监督管理室', 'liaison');
  reader = await userWithRole(env, '只读', 'reader');
  const liaisonId = (env.db.prepare("SELECT id FROM users WHERE username = 'liaison'").get() as { id: number }).id;
  const now = env.clock.now().toISOString();
  unitA = insertUnit(env.db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
  unitB = insertUnit(env.db, { name: '青山乡', type: '镇（街道）', parentId: null, headcount: 30, leaderName: '' }, now);
  personId = insertPerson(env.db, { name: '周建国', idNumber: '', unitId: unitA, post: '镇长', rank: '正科级', partyMember: true, category: '主要负责人' }, now);
  const owner = insertPerson(env.db, { name: '吴晓梅', idNumber: '', unitId: unitA, post: '财政所长', rank: '正科级', partyMember: true, category: '班子成员' }, now);
  setLiaison(env.db, unitB, liaisonId);
  const cutoff = cutoffNow();
  const db = env.db;
  ids.extended = insertRect(db, {
    unitId: unitA, source: '巡察反馈', sourceRef: '县委第三巡察组反馈意见', problem: '村集体资金管理不规范', category: '三资管理',
    measures: ['建立资金台账', { text: '清理往来款项', ownerPersonId: owner, dueDate: '2026-10-15' }], leaderPersonId: personId, ownerPersonId: owner,
    deadline: '2026-10-31', createdOn: '2026-08-01', extensions: [{ deadline: '2026-11-25', decidedOn: '2026-10-20' }],
    progress: [{ date: '2026-09-10', text: '已制定整改方案', percent: 30 }, { date: '2026-11-10', text: '台账已建立，正在清理往来款', percent: 70 }],
    files: ['资金台账.xlsx', '整改方案.pdf'], remarks: '镇党委已专题研究',
  }).id;
  ids.overdue = insertRect(db, { unitId: unitA, source: '审计发现', problem: '工程项目未按规定招标', deadline: '2026-11-11', createdOn: '2026-09-01', progress: [{ date: '2026-10-01', text: '已约谈', percent: 20 }] }).id;
  ids.supervise = insertRect(db, { unitId: unitB, source: '专项检查', problem: '惠民补贴发放不及时', deadline: cutoff, createdOn: '2026-06-01' }).id;
  ids.notYet = insertRect(db, { unitId: unitB, source: '专项检查', problem: '会议记录缺失', deadline: addDays(cutoff, 1), createdOn: '2026-06-01' }).id;
  ids.closedOnTime = insertRect(db, { unitId: unitB, source: '民主生活会', problem: '公务接待超标准', deadline: '2026-10-30', createdOn: '2026-07-01', closedOn: '2026-10-28', files: ['退款凭证.pdf'] }).id;
  ids.closedLate = insertRect(db, { unitId: unitA, source: '审计发现', problem: '采购程序不完整', deadline: '2026-09-30', createdOn: '2026-07-01', closedOn: '2026-10-09' }).id;
  ids.later = insertRect(db, { unitId: unitB, source: '其他', problem: '制度汇编未更新', deadline: '2027-03-31', createdOn: '2026-11-01' }).id;
});
afterAll(() => env.close());

const idsOf = (rows: RectRow[]) => rows.map((r) => r.id);

describe('rect.list', () => {
  it('the deadline order by default, what today makes of each row', async () => {
    const page = await ok(env, 'rect.list', {}, reader);
    expect(page.total).toBe(7);
    const deadlines = page.rows.map((r) => r.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    const byId = new Map(page.rows.map((r) => [r.id, r]));
    const extended = byId.get(ids.extended as number) as RectRow;
    expect([extended.deadline, extended.deadlineOriginal, extended.dueState, extended.overdueDays]).toEqual(['2026-11-25', '2026-10-31', '即将到期', 0]);
    expect(extended.measuresText).toBe('1. 建立资金台账\n2. 清理往来款项');
    expect([extended.leaderName, extended.ownerName, extended.percent, extended.evidenceCount]).toEqual(['周建国', '吴晓梅', 70, 2]);
    expect(byId.get(ids.overdue as number)).toMatchObject({ dueState: '逾期', overdueDays: 10 });
    expect(byId.get(ids.closedOnTime as number)).toMatchObject({ dueState: null, closedOnTime: true });
    expect(byId.get(ids.closedLate as number)).toMatchObject({ dueState: null, closedOnTime: false, overdueDays: 0 });
    expect(byId.get(ids.later as number)).toMatchObject({ dueState: '正常' });
  });

  it('filters: 逾期, 即将到期, unit, source, person, deadline range, a 1-character search', async () => {
    const overdue = await ok(env, 'rect.list', { due: '逾期' }, reader);
    expect(idsOf(overdue.rows)).toEqual([ids.supervise, ids.notYet, ids.overdue]);
    expect(idsOf((await ok(env, 'rect.list', { due: '即将到期' }, reader)).rows)).toEqual([ids.extended]);
    expect((await ok(env, 'rect.list', { unitId: unitB, open: true }, reader)).total).toBe(3);
    expect(idsOf((await ok(env, 'rect.list', { source: '审计发现', sortField: 'number', sortDir: 'desc' }, reader)).rows)).toEqual([ids.closedLate, ids.overdue]);
    expect(idsOf((await ok(env, 'rect.list', { personId }, reader)).rows)).toEqual([ids.extended]);
    expect(idsOf((await ok(env, 'rect.list', { deadlineFrom: '2026-09-01', deadlineTo: '2026-09-30' }, reader)).rows)).toEqual([ids.closedLate]);
    expect(idsOf((await ok(env, 'rect.list', { deadlineFrom: '2026-11-11', deadlineTo: '2026-11-25', sortDir: 'desc' }, reader)).rows)).toEqual([ids.extended, ids.overdue]);
    // One character of a measure; one of a problem.
    expect(idsOf((await ok(env, 'rect.list', { q: '账' }, reader)).rows)).toEqual([ids.extended]);
    expect((await ok(env, 'rect.list', { q: '标' }, reader)).total).toBe(2);
    expect((await ok(env, 'rect.list', { q: ' 惠民 ' }, reader)).rows.map((r) => r.problem)).toEqual(['惠民补贴发放不及时']);
    expect((await ok(env, 'rect.list', { recurrence: true }, reader)).total).toBe(0);
  });

  it('需督办: overdue by more than 15 working days, counted on the holiday calendar', async () => {
    const before = cutoffNow();
    const deadline = (env.db.prepare('SELECT deadline FROM rect_items WHERE id = ?').get(ids.supervise) as { deadline: string }).deadline;
    expect(deadline).toBe(before);
    expect(idsOf((await ok(env, 'rect.list', { due: '需督办' }, reader)).rows)).toEqual([ids.supervise]);
    // A day off the administrator adds inside the last 15 working days moves the cutoff back: the
    // item due on the old cutoff is no longer late enough.
    const r = await send(env, 'calendar.set', { date: '2026-11-13', kind: '休', name: '测试' }, admin);
    expect(r.ok).toBe(true);
    expect(cutoffNow() < before).toBe(true);
    expect(idsOf((await ok(env, 'rect.list', { due: '需督办' }, reader)).rows)).toEqual([]);
    expect((await ok(env, 'rect.dashboard', {}, leader)).totals.supervise).toBe(0);
    await ok(env, 'calendar.set', { date: '2026-11-13', kind: null }, admin);
    expect(idsOf((await ok(env, 'rect.list', { due: '需督办' }, reader)).rows)).toEqual([ids.supervise]);
  });

  it('我联系的单位: the caller’s units as 联系干部', async () => {
    expect((await ok(env, 'rect.list', { liaisonMine: true }, liaison)).rows.every((r) => r.unitId === unitB)).toBe(true);
    expect((await ok(env, 'rect.list', { liaisonMine: true }, liaison)).total).toBe(4);
    expect((await ok(env, 'rect.list', { liaisonMine: true }, inspector)).total).toBe(0);
  });
});

describe('rect.summary', () => {
  it('by unit and by source', async () => {
    const byUnit = await ok(env, 'rect.summary', { by: 'unit' }, reader);
    expect(byUnit).toEqual([
      { key: String(unitA), label: '城关镇', total: 3, open: 2, overdue: 1, closedOnTime: 0, closedLate: 1, extended: 1 },
      { key: String(unitB), label: '青山乡', total: 4, open: 3, overdue: 2, closedOnTime: 1, closedLate: 0, extended: 0 },
    ]);
    const bySource = await ok(env, 'rect.summary', { by: 'source', open: false }, reader);
    expect(bySource.map((r) => [r.key, r.closedOnTime, r.closedLate])).toEqual([['审计发现', 0, 1], ['民主生活会', 1, 0]]);
  });
});

describe('rect.dashboard', () => {
  it('全部单位 for 监督检查室 and leaders: the ledger’s lists and totals', async () => {
    for (const session of [inspector, leader]) {
      const d = await ok(env, 'rect.dashboard', {}, session);
      expect(d.scope).toBe('全部单位');
      expect(idsOf(d.overdue)).toEqual([ids.supervise, ids.notYet, ids.overdue]);
      expect(idsOf(d.dueSoon)).toEqual([ids.extended]);
      expect(idsOf(d.supervise)).toEqual([ids.supervise]);
      expect(d.totals).toEqual({ overdue: 3, dueSoon: 1, supervise: 1 });
      expect(d.filters).toEqual({ overdue: { due: '逾期' }, dueSoon: { due: '即将到期' }, supervise: { due: '需督办' } });
      for (const list of ['overdue', 'dueSoon', 'supervise'] as const) {
        expect((await ok(env, 'rect.list', d.filters[list], session)).total).toBe(d.totals[list]);
      }
    }
  });

  it('我联系的单位 for a 联系干部 of another role; none for others', async () => {
    const d = await ok(env, 'rect.dashboard', {}, liaison);
    expect(d.scope).toBe('我联系的单位');
    expect(idsOf(d.overdue)).toEqual([ids.supervise, ids.notYet]);
    expect(d.dueSoon).toEqual([]);
    expect(d.totals).toEqual({ overdue: 2, dueSoon: 0, supervise: 1 });
    expect(d.filters.overdue).toEqual({ due: '逾期', liaisonMine: true });
    const none = await ok(env, 'rect.dashboard', {}, reader);
    expect(none).toMatchObject({ scope: null, overdue: [], dueSoon: [], supervise: [], totals: { overdue: 0, dueSoon: 0, supervise: 0 } });
  });
});

async function workbookOf(file: FileResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function rowValues(ws: Worksheet, r: number): CellValue[] {
  return Array.from({ length: RECT_EXPORT_COLUMNS.length }, (_, i) => ws.getRow(r).getCell(i + 1).value);
}

const day = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : `not a date: ${String(v)}`);

describe('rect.export', () => {
  it('the office’s columns, one row per item in the ledger’s order, dates as dates, audited once', async () => {
    const before = (env.db.prepare('SELECT ifnull(max(id), 0) AS n FROM audit').get() as { n: number }).n;
    const file = await ok(env, 'rect.export', { unitId: unitA, source: '巡察反馈' }, reader);
    expect(file.fileName).toBe('整改台账_20261121.xlsx');
    const ws = (await workbookOf(file)).getWorksheet('整改台账') as Worksheet;
    expect(ws.getCell(1, 1).value).toBe('整改台账（2026-11-21导出，共1项）');
    expect(ws.getCell(2, 1).value).toBe('制表单位：中共临江县纪律检查委员会　临江县监察委员会');
    expect(ws.getCell(3, 1).value).toBe('筛选条件：单位=城关镇；问题来源=巡察反馈');
    expect(rowValues(ws, 4)).toEqual([...RECT_EXPORT_COLUMNS]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const v = rowValues(ws, 5);
    expect(v[0]).toBe(1);
    expect(v[1]).toBe('巡察反馈（县委第三巡察组反馈意见）');
    expect(v[2]).toBe('城关镇');
    expect(v[3]).toBe('村集体资金管理不规范');
    expect(v[4]).toBe('1. 建立资金台账\n2. 清理往来款项');
    expect([v[5], v[6]]).toEqual(['周建国', '吴晓梅']);
    expect(day(v[7] as CellValue)).toBe('2026-11-25');
    expect(v[8]).toBe('2026-11-10：台账已建立，正在清理往来款（70%）');
    expect(v[9]).toBe('整改中');
    expect(v[10]).toBe('资金台账.xlsx、整改方案.pdf');
    expect(v[11]).toBeNull();
    expect(v[12]).toBe('原时限 2026-10-31；镇党委已专题研究');
    expect(ws.getRow(6).getCell(1).value).toBeNull();
    const entries = env.db.prepare('SELECT op, entity, subject, summary FROM audit WHERE id > ?').all(before) as Array<{ op: string; entity: string; subject: string; summary: string }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ op: 'rect.export', entity: 'export', subject: '整改台账' });
    expect(JSON.parse((entries[0] as { summary: string }).summary)).toEqual({ list: '整改台账', rows: 1, filter: '筛选条件：单位=城关镇；问题来源=巡察反馈' });
  });

  it('完成情况 and 销号日期: 逾期N天, 按期销号, 逾期销号; the whole ledger without a filter', async () => {
    const file = await ok(env, 'rect.export', { sortField: 'number', sortDir: 'asc' }, reader);
    const ws = (await workbookOf(file)).getWorksheet('整改台账') as Worksheet;
    const total = 7;
    expect(ws.getCell(1, 1).value).toBe(`整改台账（2026-11-21导出，共${total}项）`);
    expect(ws.getCell(3, 1).value).toBe('筛选条件：无（全部整改事项）');
    const rows = new Map<string, CellValue[]>();
    for (let r = 5; r < 5 + total; r++) rows.set(String(ws.getRow(r).getCell(4).value), rowValues(ws, r));
    expect(rows.get('工程项目未按规定招标')?.[9]).toBe('整改中（逾期10天）');
    expect(rows.get('工程项目未按规定招标')?.[8]).toBe('2026-10-01：已约谈（20%）');
    expect(rows.get('惠民补贴发放不及时')?.[9]).toMatch(/^未启动（逾期\d+天）$/);
    expect(rows.get('惠民补贴发放不及时')?.[8]).toBeNull();
    const onTime = rows.get('公务接待超标准') as CellValue[];
    expect([onTime[9], day(onTime[11] as CellValue), onTime[10], onTime[1]]).toEqual(['已销号（按期销号）', '2026-10-28', '退款凭证.pdf', '民主生活会']);
    const late = rows.get('采购程序不完整') as CellValue[];
    expect([late[9], day(late[11] as CellValue), day(late[7] as CellValue), late[12]]).toEqual(['已销号（逾期销号）', '2026-10-09', '2026-09-30', null]);
    expect(rows.get('制度汇编未更新')?.[9]).toBe('未启动');
    // 序号 runs 1…N in the order asked (编号).
    expect(Array.from({ length: total }, (_, k) => ws.getRow(5 + k).getCell(1).value)).toEqual(Array.from({ length: total }, (_, k) => k + 1));
  });

  it('a filter of 时限状态 and a search in the 筛选条件 line', async () => {
    const file = await ok(env, 'rect.export', { due: '逾期', q: '补贴', open: true }, inspector);
    const ws = (await workbookOf(file)).getWorksheet('整改台账') as Worksheet;
    expect(ws.getCell(3, 1).value).toBe('筛选条件：销号情况=未销号；时限状态=逾期；搜索“补贴”');
    expect(ws.getCell(1, 1).value).toBe('整改台账（2026-11-21导出，共1项）');
  });
});

describe('rect.dashboard at more than a page', () => {
  it('shows five rows a list at most; the total is the ledger’s', async () => {
    const extra: number[] = [];
    for (let k = 0; k < 6; k++) extra.push(insertRect(env.db, { unitId: unitA, problem: `临时逾期事项${k}`, deadline: addDays('2026-01-10', k), createdOn: '2026-01-02' }).id);
    const d = await ok(env, 'rect.dashboard', {}, leader);
    expect(d.overdue).toHaveLength(5);
    expect(idsOf(d.overdue)).toEqual(extra.slice(0, 5));
    expect(d.totals.overdue).toBe(9);
  });
});
