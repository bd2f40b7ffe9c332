// interviews.export read back with exceljs: the title, 制表单位 and 筛选条件 lines, exactly the
// office's 14 columns, a talk's and a letter's row cell by cell (dates as dates; a talk's
// interviewers, a letter's sent date; the reply's deadline in force; 备注 with 委托谈话, 补充说明,
// 原期限 and 民主生活会), the ledger's order and filter; audited once with its filter and row count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { makeEnv, ok, type TestEnv } from '../../helpers/services.ts';
import { insertInterviewAs } from '../../helpers/interviews.ts';
import { namedTip, register } from '../../helpers/tips.ts';
import { interviewOffice, type InterviewOffice } from './office.ts';
import { DEMO_OFFICE } from '../../../electron/services/core/demoOffice.ts';
import { INTERVIEW_EXPORT_COLUMNS } from '../../../shared/interviews/index.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';

const WRITTEN_FOR = '2026-09-29T09:00:00+08:00';

let env: TestEnv;
let o: InterviewOffice;
const n: Record<string, { id: number; number: string }> = {};
let tipNumber: string;
let person: { name: string; unit: string; post: string };
let names: string;

beforeAll(async () => {
  env = makeEnv(WRITTEN_FOR);
  o = await interviewOffice(env);
  await ok(env, 'office.update', DEMO_OFFICE, o.admin);
  person = env.db.prepare('SELECT p.name, u.name AS unit, p.post FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = ?').get(o.staffId) as typeof person;
  const tip = await register(env, o.clerk, namedTip([{ id: o.staffId, name: person.name }], { receivedDate: '2026-08-01' }));
  tipNumber = tip.number;
  names = (env.db.prepare('SELECT group_concat(display_name, \'、\') AS n FROM (SELECT display_name FROM users WHERE id IN (?, ?) ORDER BY id)').get(o.handlerId, o.checkerId) as { n: string }).n;
  n.talk = insertInterviewAs(env.db, {
    kind: '谈话', talkType: '诫勉谈话', personId: o.staffId, tipId: tip.id, heldDate: '2026-09-10', heldTime: '15:00', place: '县纪委谈话室',
    interviewerIds: [o.handlerId, o.checkerId], outcome: '诫勉', concludedDate: '2026-09-15',
  });
  n.letter = insertInterviewAs(env.db, {
    kind: '函询', personId: o.staffId, sentDate: '2026-08-03', replyDate: '2026-09-01', supplements: 1, assessment: '如实说明',
    outcome: '了结', concludedDate: '2026-09-05', meetingDate: '2026-09-20', causeText: '反映收受礼金',
  });
  n.extended = insertInterviewAs(env.db, {
    kind: '函询', personId: o.chiefId, sentDate: '2026-09-15', due: { kind: '答复', date: '2026-10-20', original: '2026-10-13' },
    extensions: [{ oldDue: '2026-10-13', newDue: '2026-10-20' }],
  });
  n.entrusted = insertInterviewAs(env.db, {
    kind: '谈话', talkType: '提醒谈话', holder: '委托谈话', holderNames: '王书记', personId: o.chiefId, plannedDate: '2026-10-12',
  });
}, 60_000);
afterAll(() => env.close());

async function workbookOf(file: FileResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}
function rowValues(ws: Worksheet, r: number): CellValue[] {
  return Array.from({ length: INTERVIEW_EXPORT_COLUMNS.length }, (_, i) => ws.getRow(r).getCell(i + 1).value);
}
const day = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : `not a date: ${String(v)}`);

describe('interviews.export', () => {
  it('the office’s 14 columns; a talk and a letter cell by cell; audited once with its filter and rows', async () => {
    const before = (env.db.prepare('SELECT ifnull(max(id), 0) AS n FROM audit').get() as { n: number }).n;
    const file = await ok(env, 'interviews.export', { personId: o.staffId, sortField: 'number', sortDir: 'desc' }, o.readonly);
    expect(file.fileName).toBe('谈话函询登记_20260929.xlsx');
    const ws = (await workbookOf(file)).getWorksheet('谈话函询登记') as Worksheet;
    expect(ws.getCell(1, 1).value).toBe('谈话函询登记（2026-09-29导出，共2项）');
    expect(ws.getCell(2, 1).value).toBe('制表单位：中共临江县纪律检查委员会　临江县监察委员会');
    expect(ws.getCell(3, 1).value).toBe(`筛选条件：谈话（函询）对象=${person.name}`);
    expect(rowValues(ws, 4)).toEqual([...INTERVIEW_EXPORT_COLUMNS]);
    // By 编号 descending: TH- after HX-.
    const talk = rowValues(ws, 5);
    expect(talk.slice(0, 8)).toEqual([1, n.talk?.number, '诫勉谈话', person.name, person.unit, person.post, `信访件 ${tipNumber}`, names]);
    expect(talk.slice(8)).toEqual(['2026-09-10 15:00', '县纪委谈话室', null, null, '诫勉', null]);
    const letter = rowValues(ws, 6);
    expect(letter.slice(0, 7)).toEqual([2, n.letter?.number, '函询', person.name, person.unit, person.post, '其他：反映收受礼金']);
    expect(day(letter[7] as CellValue)).toBe('2026-08-03');
    expect([letter[8], letter[9]]).toEqual([null, null]);
    // 15 working days after 08-03.
    expect(day(letter[10] as CellValue)).toBe('2026-08-24');
    expect(day(letter[11] as CellValue)).toBe('2026-09-01');
    expect(letter.slice(12)).toEqual(['了结', '补充说明 1 次；民主生活会 2026-09-20']);
    expect(ws.getRow(7).getCell(1).value).toBeNull();
    const entries = env.db.prepare('SELECT op, entity, subject, summary FROM audit WHERE id > ?').all(before) as Array<{ op: string; entity: string; subject: string; summary: string }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ op: 'interviews.export', entity: 'export', subject: '谈话函询登记' });
    expect(JSON.parse((entries[0] as { summary: string }).summary)).toEqual({ list: '谈话函询登记', rows: 2, filter: `筛选条件：谈话（函询）对象=${person.name}` });
  });

  it('an extended reply shows its deadline in force and 原期限; a 委托谈话 its holder and planned date as a date', async () => {
    const file = await ok(env, 'interviews.export', { personId: o.chiefId, sortField: 'number', sortDir: 'asc' }, o.handler);
    const ws = (await workbookOf(file)).getWorksheet('谈话函询登记') as Worksheet;
    const letter = rowValues(ws, 5);
    expect(letter[1]).toBe(n.extended?.number);
    expect(day(letter[7] as CellValue)).toBe('2026-09-15');
    expect(day(letter[10] as CellValue)).toBe('2026-10-20');
    expect(letter[11]).toBeNull();
    expect(letter[13]).toBe('原期限 2026-10-13');
    const talk = rowValues(ws, 6);
    expect(talk[1]).toBe(n.entrusted?.number);
    expect(talk[7]).toBe('王书记');
    expect(day(talk[8] as CellValue)).toBe('2026-10-12');
    expect(talk[13]).toBe('委托谈话（王书记）');
  });

  it('the whole register without a filter, in the ledger’s order; a filter line for several conditions', async () => {
    const all = await ok(env, 'interviews.export', {}, o.handler);
    const ws = (await workbookOf(all)).getWorksheet('谈话函询登记') as Worksheet;
    expect(ws.getCell(3, 1).value).toBe('筛选条件：无（全部谈话函询）');
    expect([5, 6, 7, 8].map((r) => ws.getRow(r).getCell(1).value)).toEqual([1, 2, 3, 4]);
    const some = await ok(env, 'interviews.export', { kind: '函询', open: true, due: '逾期', q: '城关' }, o.handler);
    const ws2 = (await workbookOf(some)).getWorksheet('谈话函询登记') as Worksheet;
    expect(ws2.getCell(3, 1).value).toBe('筛选条件：类别=函询；办结情况=未办结；时限状态=逾期；搜索“城关”');
    expect(ws2.getCell(1, 1).value).toBe('谈话函询登记（2026-09-29导出，共0项）');
  });
});
