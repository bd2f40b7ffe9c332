// The ledger export (问题线索台账): the office's columns, the listed rows in order, dates as
// dates, 承办时限 after an extension, 时限状态; reporter data absent unless a role with the
// right asks for it, and every export audited (the reporter export on its own, without data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { makeEnv, ok, send, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { TIP_EXPORT_COLUMNS, TIP_REPORTER_COLUMNS } from '../../../electron/services/tips/export.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/index.ts';
import { idCheckDigit } from '../../../shared/kernel/idcard.ts';
import type { OpInput } from '../../../shared/api.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { TipDetail } from '../../../shared/tips/ledger.ts';

/** The day these tests' dates were written for (they name 2026 dates and numbers). */
const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';

const ID = (() => {
  const first17 = '33902119750312123';
  return first17 + idCheckDigit(first17);
})();
const REPORTER = { name: '欧阳明远', phone: '13912345678', idNumber: ID, address: '临江县河口镇滨江路88号' };

let env: TestEnv;
let admin: string;
let clerk: string;
let leader: string;
let handler: string;
let reader: string;
let handlerId: number;
const tips: Record<string, TipDetail> = {};

async function register(input: Partial<OpInput<'tips.register'>> & Pick<OpInput<'tips.register'>, 'receivedDate'>): Promise<TipDetail> {
  const r = await ok(env, 'tips.register', {
    channel: '来信',
    mode: '匿名',
    people: [{ name: '王某某', unitName: '河口镇新洲村', post: '村委会主任', category: '主要负责人' }],
    categories: ['群众纪律'],
    summary: '反映截留补偿款问题',
    content: '反映内容',
    ...input,
  }, clerk);
  return ok(env, 'tips.get', { id: r.id }, clerk);
}

async function workbookOf(file: FileResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function rowValues(ws: Worksheet, r: number, count: number): CellValue[] {
  return Array.from({ length: count }, (_, i) => ws.getRow(r).getCell(i + 1).value);
}

/** Every cell of every sheet as text: what a reader of the file could find. */
function allText(wb: ExcelJS.Workbook): string {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value)))));
  return out.join('\n');
}

function dateText(v: CellValue): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

beforeAll(async () => {
  env = makeEnv(WRITTEN_FOR);
  admin = await setupAdmin(env);
  clerk = await userWithRole(env, '信访室', 'clerk');
  leader = await userWithRole(env, '领导', 'leader');
  handler = await userWithRole(env, '监督检查室', 'handler');
  reader = await userWithRole(env, '只读', 'reader');
  handlerId = (env.db.prepare("SELECT id FROM users WHERE username = 'handler'").get() as { id: number }).id;

  // named, then extended: 承办时限 is the new date
  let t = await register({ receivedDate: '2026-09-01', mode: '实名', reporter: REPORTER, categories: ['廉洁纪律', '工作纪律'] });
  t = await ok(env, 'tips.propose', { id: t.id, version: t.version, disposal: '初步核实', handlingDept: '第一纪检监察室', handlerUserId: handlerId, handlingDue: '2026-12-10' }, clerk);
  t = await ok(env, 'tips.approve', { id: t.id, version: t.version, approved: true }, leader);
  t = await ok(env, 'tips.requestExtension', { id: t.id, version: t.version, newDue: '2026-12-31', reason: '需调取账目' }, handler);
  tips.named = await ok(env, 'tips.decideExtension', { extensionId: t.extensions[0]!.id, approved: true }, leader);
  // anonymous, waiting for 拟办 since October: 逾期
  tips.overdue = await register({ receivedDate: '2026-10-09', channel: '网络举报' });
  // a 重复件 of the named one
  tips.repeat = await register({ receivedDate: '2026-11-20', channel: '电话', repeatOf: tips.named.id });
});
afterAll(() => env.close());

describe('tips.export', () => {
  it('uses the office column names, without reporter columns by default', () => {
    expect(TIP_EXPORT_COLUMNS.map((c) => c.header)).toEqual([
      '序号', '编号', '收件日期', '来源渠道', '反映方式', '被反映人', '被反映人单位', '被反映人职务', '被反映单位', '问题类别', '问题摘要',
      '处置方式', '承办部门', '承办人', '承办时限', '办理状态', '时限状态', '办理结果', '办结日期', '处理', '延期', '反馈', '重复件（原件编号）',
    ]);
    expect(TIP_REPORTER_COLUMNS.map((c) => c.header)).toEqual(['反映人姓名', '联系电话', '身份证号', '通讯地址']);
  });

  it('writes the listed rows in the ledger order, dates as dates, and no reporter data', async () => {
    const file = await ok(env, 'tips.export', {}, reader);
    expect(file.fileName).toMatch(/^问题线索台账_\d{8}\.xlsx$/);
    const wb = await workbookOf(file);
    const ws = wb.worksheets[0] as Worksheet;
    const headers = TIP_EXPORT_COLUMNS.map((c) => c.header);
    expect(String(ws.getCell('A1').value)).toMatch(/^问题线索台账（2026-11-21导出，共3件）$/);
    expect(String(ws.getCell('A2').value)).toBe('筛选条件：无（全部信访件）');
    expect(rowValues(ws, 3, headers.length + 1)).toEqual([...headers, null]);
    const view = ws.views[0];
    expect(view && 'ySplit' in view ? view.ySplit : undefined).toBe(3);

    const list = await ok(env, 'tips.list', { pageSize: 100 }, reader);
    expect(ws.rowCount - 3).toBe(list.total);
    list.rows.forEach((r, i) => {
      const cells = rowValues(ws, 4 + i, headers.length);
      expect(cells[0]).toBe(i + 1);
      expect(cells[1]).toBe(r.number);
      expect(cells[2]).toBeInstanceOf(Date);
      expect(dateText(cells[2] ?? null)).toBe(r.receivedDate);
    });

    const byNumber = new Map<string, CellValue[]>();
    for (let r = 4; r <= ws.rowCount; r++) byNumber.set(String(ws.getRow(r).getCell(2).value), rowValues(ws, r, headers.length));
    const named = byNumber.get(tips.named!.number)!;
    expect(named.slice(3, 5)).toEqual(['来信', '实名']);
    expect(named.slice(5, 8)).toEqual(['王某某', '河口镇新洲村', '村委会主任']);
    expect(named[9]).toBe('廉洁纪律、工作纪律');
    expect(named.slice(11, 14)).toEqual(['初步核实', '第一纪检监察室', '测试监督检查室']);
    expect(dateText(named[14] ?? null)).toBe('2026-12-31');
    expect(named.slice(15, 22)).toEqual(['承办中', '正常', null, null, null, '2026-11-21申请延期至2026-12-31（已批准）', null]);
    const overdue = byNumber.get(tips.overdue!.number)!;
    expect(overdue.slice(14, 17)).toEqual([null, '待拟办', '逾期']);
    expect(byNumber.get(tips.repeat!.number)![22]).toBe(tips.named!.number);

    const text = allText(wb);
    for (const secret of [REPORTER.name, REPORTER.phone, REPORTER.idNumber, REPORTER.address, '欧*']) expect(text).not.toContain(secret);
    expect(text).not.toContain('反映人姓名');
  });

  it('applies the ledger filters and sort', async () => {
    const filters = { due: '逾期', sortField: 'number', sortDir: 'asc' } as const;
    const wb = await workbookOf(await ok(env, 'tips.export', filters, reader));
    const ws = wb.worksheets[0] as Worksheet;
    const list = await ok(env, 'tips.list', filters, reader);
    expect(list.total).toBe(1);
    expect(String(ws.getCell('A2').value)).toBe('筛选条件：时限状态=逾期');
    expect(ws.rowCount - 3).toBe(1);
    expect(ws.getRow(4).getCell(2).value).toBe(tips.overdue!.number);
    const repeats = await workbookOf(await ok(env, 'tips.export', { repeat: true }, reader));
    expect(String(repeats.worksheets[0]!.getCell('A2').value)).toBe('筛选条件：重复件=仅重复件');
    expect(repeats.worksheets[0]!.getRow(4).getCell(2).value).toBe(tips.repeat!.number);
    expect(repeats.worksheets[0]!.rowCount).toBe(4);
  });

  it('refuses reporter data to roles without the right, and records only the refusal (no export)', async () => {
    const before = (env.db.prepare('SELECT ifnull(max(id), 0) AS n FROM audit').get() as { n: number }).n;
    for (const token of [reader, handler]) {
      const r = await send(env, 'tips.export', { includeReporter: true }, token);
      expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色无权导出举报人信息。' } });
    }
    const entries = env.db.prepare('SELECT op, entity FROM audit WHERE id > ?').all(before);
    expect(entries).toEqual([{ op: 'tips.export', entity: 'refusal' }, { op: 'tips.export', entity: 'refusal' }]);
  });

  it('includes reporter data when a role with the right asks, and audits it without the data', async () => {
    const file = await ok(env, 'tips.export', { includeReporter: true, mode: '实名' }, clerk);
    expect(file.fileName).toContain('含举报人信息');
    const wb = await workbookOf(file);
    const ws = wb.worksheets[0] as Worksheet;
    const headers = [...TIP_EXPORT_COLUMNS, ...TIP_REPORTER_COLUMNS].map((c) => c.header);
    expect(rowValues(ws, 3, headers.length)).toEqual(headers);
    expect(String(ws.getCell('A1').value)).toContain('含举报人信息');
    expect(String(ws.getCell('A2').value)).toBe('筛选条件：反映方式=实名');
    expect(rowValues(ws, 4, headers.length).slice(-4)).toEqual([REPORTER.name, REPORTER.phone, REPORTER.idNumber, REPORTER.address]);
    expect(ws.rowCount).toBe(4);

    const entries = env.db.prepare("SELECT op, entity, summary FROM audit WHERE op = 'tips.export' ORDER BY id DESC LIMIT 2").all() as Array<{ op: string; entity: string; summary: string }>;
    expect(entries.map((e) => e.entity).sort()).toEqual(['export', 'tip-reporter-export']);
    const reporterEntry = entries.find((e) => e.entity === 'tip-reporter-export')!;
    expect(JSON.parse(reporterEntry.summary)).toMatchObject({ rows: 1, withReporter: 1, filters: { mode: '实名' } });
    const allAudit = (env.db.prepare('SELECT summary FROM audit').all() as Array<{ summary: string }>).map((r) => r.summary).join('\n');
    for (const secret of [REPORTER.name, REPORTER.phone, REPORTER.idNumber, REPORTER.address]) expect(allAudit).not.toContain(secret);
  });

  it('follows the reporter roles set by the administrator', async () => {
    await ok(env, 'settings.update', { ...DEFAULT_SETTINGS, reporterRoles: ['监督检查室'] }, admin);
    expect((await send(env, 'tips.export', { includeReporter: true }, handler)).ok).toBe(true);
    expect(await send(env, 'tips.export', { includeReporter: true }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(env, 'settings.update', { ...DEFAULT_SETTINGS }, admin);
  });

  it('audits every export with its row count and filters', async () => {
    await ok(env, 'tips.export', { channel: '网络举报' }, reader);
    const last = env.db.prepare("SELECT entity, summary FROM audit WHERE op = 'tips.export' ORDER BY id DESC LIMIT 1").get() as { entity: string; summary: string };
    expect(last.entity).toBe('export');
    expect(JSON.parse(last.summary)).toMatchObject({ list: '问题线索台账', rows: 1, filters: { channel: '网络举报' }, includeReporter: false });
  });

  it('states every filter it was made with, in the office’s words and names', async () => {
    const unit = (env.db.prepare("SELECT id, name FROM units ORDER BY id LIMIT 1").get() as { id: number; name: string } | undefined);
    const input = { status: '承办中', disposal: '初步核实', q: '村委会', handlerUserId: handlerId, mine: '我承办的', ...(unit ? { unitId: unit.id } : {}) } as const;
    const ws = (await workbookOf(await ok(env, 'tips.export', input, handler))).worksheets[0] as Worksheet;
    expect(String(ws.getCell('A2').value)).toBe(
      `筛选条件：我的=我承办的；办理状态=承办中；处置方式=初步核实；${unit ? `被反映单位=${unit.name}；` : ''}承办人=测试监督检查室；搜索“村委会”`,
    );
  });

  it('adds 办结日期, each person’s 处理 and the 反馈 of a concluded tip', async () => {
    let t = await register({
      receivedDate: '2026-09-02', mode: '实名', reporter: REPORTER,
      people: [
        { name: '李某', unitName: '河口镇', post: '副镇长', category: '班子成员' },
        { name: '赵某', unitName: '', post: '', category: '一般干部' },
      ],
    });
    t = await ok(env, 'tips.propose', { id: t.id, version: t.version, disposal: '初步核实', handlingDept: '第一纪检监察室', handlerUserId: handlerId, handlingDue: '2026-12-10' }, clerk);
    t = await ok(env, 'tips.approve', { id: t.id, version: t.version, approved: true }, leader);
    t = await ok(env, 'tips.conclude', {
      id: t.id, version: t.version, result: '部分查实', concludedDate: '2026-11-20', conclusion: '部分属实。',
      outcomes: [
        { tipPersonId: t.people[0]!.id, outcome: '党纪处分', grade: '警告', circumstance: '一般', conductDate: '2026-03-01' },
        { tipPersonId: t.people[1]!.id, outcome: '批评教育', circumstance: '从轻', conductDate: '2026-03-01' },
      ],
    }, handler);
    await ok(env, 'tips.feedback', { id: t.id, version: t.version, date: '2026-11-21', way: '电话反馈', content: '已电话告知核实结果' }, clerk);
    const ws = (await workbookOf(await ok(env, 'tips.export', { q: t.number }, reader))).worksheets[0] as Worksheet;
    const headers = TIP_EXPORT_COLUMNS.map((c) => c.header);
    const row = rowValues(ws, 4, headers.length);
    const cell = (header: string) => row[headers.indexOf(header)] ?? null;
    expect(ws.rowCount).toBe(4);
    expect([cell('被反映人'), cell('被反映人单位'), cell('被反映人职务')]).toEqual(['李某、赵某', '河口镇、—', '副镇长、—']);
    expect(cell('办理结果')).toBe('部分查实');
    expect(dateText(cell('办结日期'))).toBe('2026-11-20');
    expect(cell('处理')).toBe('李某：党纪处分（警告）；赵某：批评教育');
    expect(cell('延期')).toBeNull();
    expect(cell('反馈')).toBe('2026-11-21 电话反馈：已电话告知核实结果');
  });
});

describe('tips.exportStart / tips.exportProgress', () => {
  it('writes the same file as a job its owner follows, done / total rising to the end, the file handed over once', async () => {
    const started = await ok(env, 'tips.exportStart', { sortField: 'number', sortDir: 'asc' }, reader);
    const list = await ok(env, 'tips.list', {}, reader);
    expect(started.total).toBe(list.total);
    // Another person cannot follow it (nor take its file).
    expect(await send(env, 'tips.exportProgress', { jobId: started.jobId }, handler)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    let status = await ok(env, 'tips.exportProgress', { jobId: started.jobId }, reader);
    const seen: number[] = [];
    while (status.state === 'running') {
      seen.push(status.done);
      await new Promise<void>((resolve) => setImmediate(resolve));
      status = await ok(env, 'tips.exportProgress', { jobId: started.jobId }, reader);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(status).toMatchObject({ state: 'done', done: list.total, total: list.total });
    if (status.state !== 'done') throw new Error('not done');
    const direct = await workbookOf(await ok(env, 'tips.export', { sortField: 'number', sortDir: 'asc' }, reader));
    const viaJob = await workbookOf(status.result);
    expect(allText(viaJob)).toBe(allText(direct));
    expect(await send(env, 'tips.exportProgress', { jobId: started.jobId }, reader)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Audited as it starts, like every export.
    const entries = env.db.prepare("SELECT op FROM audit WHERE op = 'tips.exportStart'").all();
    expect(entries).toHaveLength(1);
  });
});
