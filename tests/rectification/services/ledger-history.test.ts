// The ledger over histories the real services wrote, the clock moved from day to day: registered in
// August, progress and evidence, an extension approved on the quarter's last day, another after it,
// an item closed on the last day. The quarter-end count (overdueItemsAt) agrees with the pure rule on
// those rows and answers from the history, not today's status; the list, summary and export read
// what the steps recorded (the latest 进展, the evidence's names, 原时限 beside the extended deadline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { makeEnv, ok, PASSWORD, type TestEnv } from '../../helpers/services.ts';
import { rectOffice, anItem, type RectOffice } from './office.ts';
import { overdueCountsByUnitAt, overdueItemsAt } from '../../../db/repos/rectification/index.ts';
import { overdueAt, type ItemHistory } from '../../../shared/rectification/index.ts';
import { daysBetween } from '../../../shared/kernel/workdays.ts';
import type { RectRow } from '../../../shared/rectification/index.ts';

const START = '2026-08-03';
const Q3_END = '2026-09-30';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let env: TestEnv;
let o: RectOffice;
let day = START;
const ids: Record<'extendedOnLastDay' | 'closedOnLastDay' | 'extendedAfter', number> = { extendedOnLastDay: 0, closedOnLastDay: 0, extendedAfter: 0 };
const tokens: Record<string, string> = {};

/** Moves the clock to 09:00 office time on `to`, and signs in again who acts that day (the idle lock). */
async function goTo(to: string, ...users: string[]): Promise<void> {
  env.clock.advanceMinutes(daysBetween(day, to) * 24 * 60);
  day = to;
  for (const username of users) {
    tokens[username] = (await ok(env, 'auth.login', { username, password: PASSWORD }, null)).token;
  }
}

async function version(id: number): Promise<number> {
  return (env.db.prepare('SELECT version FROM rect_items WHERE id = ?').get(id) as { version: number }).version;
}

beforeAll(async () => {
  env = makeEnv(`${START}T09:00:00+08:00`);
  o = await rectOffice(env);
  await goTo(START, 'handler');
  const rows = await ok(env, 'rect.create', {
    source: '巡察反馈', sourceRef: '县委第三巡察组反馈意见',
    items: [
      anItem(o, { problem: '村集体资产租赁合同未经民主程序', deadline: '2026-09-15' }),
      anItem(o, { problem: '惠民资金发放台账不全', category: '惠民资金', deadline: Q3_END, measures: [] }),
      anItem(o, { problem: '工程项目未按规定招标', category: '工程项目', deadline: '2026-08-31', measures: [] }),
    ],
  }, tokens.handler as string);
  [ids.extendedOnLastDay, ids.closedOnLastDay, ids.extendedAfter] = rows.map((r) => r.id) as [number, number, number];

  await goTo('2026-09-10', 'handler');
  await ok(env, 'rect.progress', { id: ids.extendedOnLastDay, version: await version(ids.extendedOnLastDay), date: '2026-09-10', text: '已召开村民代表会议', percent: 40 }, tokens.handler as string);
  await ok(env, 'rect.addEvidence', { id: ids.extendedOnLastDay, file: { fileName: '会议记录.pdf', dataBase64: PDF.toString('base64') }, note: '' }, tokens.handler as string);
  await ok(env, 'rect.progress', { id: ids.closedOnLastDay, version: await version(ids.closedOnLastDay), date: '2026-09-10', text: '补齐台账', percent: 80 }, tokens.handler as string);

  await goTo('2026-09-14', 'handler', 'checker');
  await ok(env, 'rect.requestExtension', { id: ids.extendedOnLastDay, version: await version(ids.extendedOnLastDay), newDeadline: '2026-10-31', reason: '需重新签订合同' }, tokens.handler as string);
  await ok(env, 'rect.requestExtension', { id: ids.extendedAfter, version: await version(ids.extendedAfter), newDeadline: '2026-12-31', reason: '需重新招标' }, tokens.handler as string);
  await ok(env, 'rect.requestAcceptance', { id: ids.closedOnLastDay, version: await version(ids.closedOnLastDay), date: '2026-09-14', text: '台账已补齐' }, tokens.handler as string);
  await ok(env, 'rect.verify', { id: ids.closedOnLastDay, version: await version(ids.closedOnLastDay), date: '2026-09-14', passed: true, opinion: '到位' }, tokens.checker as string);

  await goTo(Q3_END, 'leader');
  await ok(env, 'rect.decideExtension', { id: ids.extendedOnLastDay, version: await version(ids.extendedOnLastDay), approve: true, opinion: '同意' }, tokens.leader as string);
  await ok(env, 'rect.close', { id: ids.closedOnLastDay, version: await version(ids.closedOnLastDay), date: Q3_END, opinion: '同意销号' }, tokens.leader as string);

  await goTo('2026-10-09', 'leader');
  await ok(env, 'rect.decideExtension', { id: ids.extendedAfter, version: await version(ids.extendedAfter), approve: true, opinion: '同意' }, tokens.leader as string);

  await goTo('2026-11-21', 'reader');
});
afterAll(() => env.close());

function histories(): Array<ItemHistory & { id: number; unitId: number }> {
  const items = env.db.prepare('SELECT id, unit_id AS unitId, created_on AS createdOn, deadline_original AS deadlineOriginal, closed_on AS closedOn FROM rect_items ORDER BY id').all() as Array<ItemHistory & { id: number; unitId: number }>;
  const ext = env.db.prepare("SELECT item_id AS itemId, decided_on AS decidedOn, requested_deadline AS deadline FROM rect_extensions WHERE state = '已批准' ORDER BY id").all() as Array<{ itemId: number; decidedOn: string; deadline: string }>;
  return items.map((i) => ({ ...i, extensions: ext.filter((e) => e.itemId === i.id) }));
}

describe('overdue at the quarter end, from what the services recorded', () => {
  it('closed on the last day and extended on the last day are not overdue; extended after it is', () => {
    expect(overdueItemsAt(env.db, Q3_END).map((i) => [i.id, i.deadline])).toEqual([[ids.extendedAfter, '2026-08-31']]);
    expect(overdueItemsAt(env.db, Q3_END).map((i) => i.id)).toEqual(histories().filter((h) => overdueAt(h, Q3_END)).map((h) => h.id));
    expect(overdueCountsByUnitAt(env.db, Q3_END)).toEqual(new Map([[o.villageId, 1]]));
    // The day before: the one due on the quarter's last day is not yet overdue, the first is.
    expect(overdueItemsAt(env.db, '2026-09-29').map((i) => i.id)).toEqual(histories().filter((h) => overdueAt(h, '2026-09-29')).map((h) => h.id));
    expect(overdueItemsAt(env.db, '2026-09-29').map((i) => i.id)).toEqual([ids.extendedOnLastDay, ids.extendedAfter]);
    // Today the one extended after the quarter is within its new deadline, the other past its own.
    expect(overdueItemsAt(env.db, '2026-11-21').map((i) => i.id)).toEqual([ids.extendedOnLastDay]);
  });
});

describe('the ledger over those histories', () => {
  it('rows, the 逾期 filter and the summary', async () => {
    const page = await ok(env, 'rect.list', { sortField: 'number' }, tokens.reader as string);
    const byId = new Map<number, RectRow>(page.rows.map((r) => [r.id, r]));
    expect(byId.get(ids.extendedOnLastDay)).toMatchObject({ deadline: '2026-10-31', deadlineOriginal: '2026-09-15', dueState: '逾期', overdueDays: 21, percent: 40, evidenceCount: 1 });
    expect(byId.get(ids.closedOnLastDay)).toMatchObject({ status: '已销号', closedOn: Q3_END, closedOnTime: true });
    expect(byId.get(ids.extendedAfter)).toMatchObject({ deadline: '2026-12-31', dueState: '正常' });
    expect((await ok(env, 'rect.list', { due: '逾期' }, tokens.reader as string)).rows.map((r) => r.id)).toEqual([ids.extendedOnLastDay]);
    expect(await ok(env, 'rect.summary', { by: 'source' }, tokens.reader as string)).toEqual([
      { key: '巡察反馈', label: '巡察反馈', total: 3, open: 2, overdue: 1, closedOnTime: 1, closedLate: 0, extended: 2 },
    ]);
  });

  it('the export: the latest 进展, the evidence, 原时限, 按期销号', async () => {
    const file = await ok(env, 'rect.export', { sortField: 'number' }, tokens.reader as string);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('整改台账') as Worksheet;
    // No 机关信息 saved here: no 制表单位 line, the filter line under the title.
    expect(ws.getCell(2, 1).value).toBe('筛选条件：无（全部整改事项）');
    const header = ws.getRow(3).values as CellValue[];
    expect(header.slice(1)).toEqual(['序号', '问题来源', '单位', '问题描述', '整改措施', '责任领导', '责任人', '整改时限', '整改进展', '完成情况', '佐证材料', '销号日期', '备注']);
    const row = (r: number) => (ws.getRow(r).values as CellValue[]).slice(1, 14);
    const date = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    const [first, second, third] = [row(4), row(5), row(6)];
    expect([first[1], first[3], first[4], first[5], date(first[7]), first[8], first[9], first[10], first[12]]).toEqual([
      '巡察反馈（县委第三巡察组反馈意见）', '村集体资产租赁合同未经民主程序', '1. 召开村民代表会议重新审议租赁合同', '周建国', '2026-10-31',
      '2026-09-10：已召开村民代表会议（40%）', '整改中（逾期21天）', '会议记录.pdf', '原时限 2026-09-15',
    ]);
    expect([second[8], second[9], date(second[11])]).toEqual(['2026-09-10：补齐台账（80%）', '已销号（按期销号）', Q3_END]);
    expect([third[9], third[12]]).toEqual(['未启动', '原时限 2026-08-31']);
  });
});
