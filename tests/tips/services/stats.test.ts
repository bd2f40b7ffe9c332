// 信访举报统计 on a small office with known tips: counts by each dimension per month, quarter
// and year, every row of the enumeration (zeros included), 重复件 counted once, outcomes per
// person by decision date; and the Excel 信访举报统计表 read back with exceljs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { makeEnv, ok, send, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import type { OpInput } from '../../../shared/api.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { DISPOSALS, OUTCOMES, TIP_CATEGORIES, TIP_CHANNELS, TIP_RESULTS } from '../../../shared/tips/enums.ts';
import { STAT_DIMENSION_LABELS, type TipStats } from '../../../shared/tips/stats.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';

/** The day these tests' dates were written for (they name 2026 dates and numbers). */
const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';

interface Office {
  admin: string;
  clerk: string;
  leader: string;
  handler: string;
  handlerId: number;
  reader: string;
}

type Reg = OpInput<'tips.register'>;

let env: TestEnv;
let o: Office;

async function register(input: Partial<Reg> & Pick<Reg, 'receivedDate'>): Promise<TipDetail> {
  const reg = await ok(env, 'tips.register', {
    channel: '来信',
    mode: '匿名',
    people: [{ name: '张某某', unitName: '某某村', category: '主要负责人' }],
    categories: ['廉洁纪律'],
    summary: '反映问题',
    content: '反映内容',
    ...input,
  }, o.clerk);
  return ok(env, 'tips.get', { id: reg.id }, o.clerk);
}

async function approve(tip: TipDetail, disposal: (typeof DISPOSALS)[number]): Promise<TipDetail> {
  const proposed = await ok(env, 'tips.propose', {
    id: tip.id, version: tip.version, disposal, handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-31',
  }, o.clerk);
  return ok(env, 'tips.approve', { id: proposed.id, version: proposed.version, approved: true }, o.leader);
}

type OutcomeIn = NonNullable<OpInput<'tips.conclude'>['outcomes']>[number];

async function conclude(tip: TipDetail, result: (typeof TIP_RESULTS)[number] | null, concludedDate: string, outcomes: (people: TipDetail['people']) => OutcomeIn[] = () => []): Promise<TipDetail> {
  return ok(env, 'tips.conclude', { id: tip.id, version: tip.version, result, concludedDate, conclusion: '办结', outcomes: outcomes(tip.people) }, o.handler);
}

const stats = (input: OpInput<'tips.stats'>, token = o.reader): Promise<TipStats> => ok(env, 'tips.stats', input, token);

function row(s: TipStats, label: string): number[] {
  const r = s.rows.find((x) => x.label === label);
  if (!r) throw new Error(`no row ${label}`);
  return r.counts;
}

/** 12 months with the given month (1–12) counts. */
function months(counts: Record<number, number>): number[] {
  return Array.from({ length: 12 }, (_, i) => counts[i + 1] ?? 0);
}

beforeAll(async () => {
  env = makeEnv(WRITTEN_FOR);
  const admin = await setupAdmin(env);
  o = {
    admin,
    clerk: await userWithRole(env, '信访室', 'clerk'),
    leader: await userWithRole(env, '领导', 'leader'),
    handler: await userWithRole(env, '监督检查室', 'handler'),
    handlerId: 0,
    reader: await userWithRole(env, '只读', 'reader'),
  };
  o.handlerId = (env.db.prepare("SELECT id FROM users WHERE username = 'handler'").get() as { id: number }).id;

  // Counted in 2025 (received), but its outcome is decided in January 2026.
  const t6 = await approve(await register({ receivedDate: '2025-12-20', people: [{ name: '钱某', category: '一般干部' }] }), '谈话函询');
  await conclude(t6, '部分查实', '2026-01-05', (p) => [{ tipPersonId: p[0]!.id, outcome: '批评教育', conductDate: '2025-10-01' }]);

  // 2026
  const t1 = await approve(await register({ receivedDate: '2026-01-15', categories: ['廉洁纪律', '工作纪律'], people: [{ name: '赵某', category: '主要负责人' }] }), '初步核实');
  await conclude(t1, '查实', '2026-03-10', (p) => [{ tipPersonId: p[0]!.id, outcome: '党纪处分', grade: '警告', conductDate: '2025-12-01' }]);

  const t2 = await approve(await register({
    receivedDate: '2026-02-03', channel: '网络举报', categories: ['群众纪律'],
    people: [{ name: '孙某', category: '班子成员' }, { name: '李某', category: '一般干部' }],
  }), '谈话函询');
  await conclude(t2, '部分查实', '2026-04-02', (p) => [
    { tipPersonId: p[0]!.id, outcome: '诫勉', conductDate: '2025-11-01' },
    { tipPersonId: p[1]!.id, outcome: '政务处分', grade: '记过', conductDate: '2025-11-01' },
  ]);

  const t3 = await approve(await register({ receivedDate: '2026-04-20', channel: '电话' }), '予以了结');
  await conclude(t3, null, '2026-05-01');

  await approve(await register({ receivedDate: '2026-07-01', categories: ['生活纪律'] }), '暂存待查');
  await register({ receivedDate: '2026-10-08', channel: '12388举报平台', categories: ['其他'] });

  // A 重复件 of t1: not counted, not even its (odd) outcome.
  const r1 = await approve(await register({ receivedDate: '2026-05-05', channel: '来访', repeatOf: t1.id, people: [{ name: '赵某', category: '主要负责人' }] }), '初步核实');
  await conclude(r1, '查实', '2026-06-01', (p) => [{ tipPersonId: p[0]!.id, outcome: '党纪处分', grade: '严重警告', conductDate: '2025-12-01' }]);
});
afterAll(() => env.close());

describe('tips.stats', () => {
  it('counts by 来源渠道 per month with every channel in order, totals and 重复件 left out', async () => {
    const s = await stats({ year: 2026, dimension: 'channel' });
    expect(s.columns).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(s.rows.map((r) => r.label)).toEqual([...TIP_CHANNELS]);
    expect(row(s, '来信')).toEqual(months({ 1: 1, 7: 1 }));
    expect(row(s, '网络举报')).toEqual(months({ 2: 1 }));
    expect(row(s, '电话')).toEqual(months({ 4: 1 }));
    expect(row(s, '12388举报平台')).toEqual(months({ 10: 1 }));
    expect(row(s, '来访')).toEqual(months({})); // the 重复件 came by 来访
    expect(row(s, '媒体反映')).toEqual(months({}));
    expect(s.totals).toEqual(months({ 1: 1, 2: 1, 4: 1, 7: 1, 10: 1 }));
    expect(s.grandTotal).toBe(5);
    expect(s.repeatsExcluded).toBe(1);
    for (const r of s.rows) expect(r.total).toBe(r.counts.reduce((a, b) => a + b, 0));
  });

  it('per quarter and per year', async () => {
    const q = await stats({ year: 2026, dimension: 'channel', period: 'quarter' });
    expect(q.columns).toEqual(['一季度', '二季度', '三季度', '四季度']);
    expect(row(q, '来信')).toEqual([1, 0, 1, 0]);
    expect(q.totals).toEqual([2, 1, 1, 1]);
    const y = await stats({ year: 2026, dimension: 'channel', period: 'year' });
    expect(y.columns).toEqual(['2026年']);
    expect(row(y, '来信')).toEqual([2]);
    expect(y.totals).toEqual([5]);
    expect(y.grandTotal).toBe(5);
    const last = await stats({ year: 2025, dimension: 'channel', period: 'year' });
    expect(last.grandTotal).toBe(1);
    expect(last.repeatsExcluded).toBe(0);
  });

  it('counts a tip in each of its 问题类别', async () => {
    const s = await stats({ year: 2026, dimension: 'category' });
    expect(s.rows.map((r) => r.label)).toEqual([...TIP_CATEGORIES]);
    expect(row(s, '廉洁纪律')).toEqual(months({ 1: 1, 4: 1 }));
    expect(row(s, '工作纪律')).toEqual(months({ 1: 1 }));
    expect(row(s, '群众纪律')).toEqual(months({ 2: 1 }));
    expect(row(s, '生活纪律')).toEqual(months({ 7: 1 }));
    expect(row(s, '其他')).toEqual(months({ 10: 1 }));
    expect(s.grandTotal).toBe(6);
  });

  it('by 处置方式, with the tips not yet proposed as 未拟办', async () => {
    const s = await stats({ year: 2026, dimension: 'disposal', period: 'year' });
    expect(s.rows.map((r) => [r.label, r.total])).toEqual([['谈话函询', 1], ['初步核实', 1], ['暂存待查', 1], ['予以了结', 1], ['未拟办', 1]]);
  });

  it('by 办理结果: 查实 / 部分查实 / 查否, concluded without a finding, and not concluded', async () => {
    const s = await stats({ year: 2026, dimension: 'result' });
    expect(s.rows.map((r) => r.label)).toEqual(['查实', '部分查实', '查否', '未作认定', '未办结']);
    expect(row(s, '查实')).toEqual(months({ 1: 1 }));
    expect(row(s, '部分查实')).toEqual(months({ 2: 1 }));
    expect(row(s, '查否')).toEqual(months({}));
    expect(row(s, '未作认定')).toEqual(months({ 4: 1 }));
    expect(row(s, '未办结')).toEqual(months({ 7: 1, 10: 1 }));
  });

  it('counts 处理 per person by the date decided (a 2025 tip decided in January counts in 2026)', async () => {
    const s = await stats({ year: 2026, dimension: 'outcome' });
    expect(s.rows.map((r) => r.label)).toEqual([...OUTCOMES]);
    expect(row(s, '党纪处分')).toEqual(months({ 3: 1 })); // not the 重复件's 严重警告 in June
    expect(row(s, '政务处分')).toEqual(months({ 4: 1 }));
    expect(row(s, '诫勉')).toEqual(months({ 4: 1 }));
    expect(row(s, '批评教育')).toEqual(months({ 1: 1 }));
    expect(s.grandTotal).toBe(4);
    expect((await stats({ year: 2025, dimension: 'outcome' })).grandTotal).toBe(0);
  });

  it('refuses an impossible year and answers zeros for an empty one', async () => {
    expect(await send(env, 'tips.stats', { year: 1999 }, o.reader)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const empty = await stats({ year: 2030, dimension: 'disposal' });
    expect(empty.rows.map((r) => r.label)).toEqual([...DISPOSALS, '未拟办']);
    expect(empty.grandTotal).toBe(0);
    expect(empty.rows.every((r) => r.counts.every((n) => n === 0))).toBe(true);
  });
});

async function workbookOf(file: FileResult): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function rowValues(ws: Worksheet, r: number, count = 14): CellValue[] {
  return Array.from({ length: count }, (_, i) => ws.getRow(r).getCell(i + 1).value);
}

/** Label → the 12 month cells and 合计 of a data row. */
function sheetRows(ws: Worksheet): Map<string, CellValue[]> {
  const out = new Map<string, CellValue[]>();
  for (let r = 3; r <= ws.rowCount; r++) {
    const [label, ...rest] = rowValues(ws, r);
    if (typeof label === 'string' && rest.some((v) => typeof v === 'number')) out.set(label, rest);
  }
  return out;
}

function notes(ws: Worksheet): string {
  const lines: string[] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).getCell(1).value;
    if (typeof v === 'string' && ws.getRow(r).getCell(2).value === null) lines.push(v);
  }
  return lines.join('\n');
}

describe('tips.statsExport', () => {
  it('writes the 信访举报统计表 for the year: a sheet per dimension, months and 合计, numbers, the 重复件 note', async () => {
    const file = await ok(env, 'tips.statsExport', { year: 2026 }, o.reader);
    expect(file.fileName).toBe('信访举报统计表-2026.xlsx');
    const wb = await workbookOf(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(STAT_DIMENSION_LABELS));

    const channel = wb.getWorksheet('来源渠道') as Worksheet;
    expect(String(channel.getCell('A1').value)).toContain('2026年度信访举报统计表');
    expect(channel.getCell('N1').master.address).toBe('A1');
    expect(rowValues(channel, 2)).toEqual(['来源渠道', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '合计']);
    const view = channel.views[0];
    expect(view?.state).toBe('frozen');
    expect(view && 'ySplit' in view ? view.ySplit : undefined).toBe(2);
    expect(channel.getColumn(1).width).toBeGreaterThanOrEqual(12);
    const rows = sheetRows(channel);
    expect([...rows.keys()]).toEqual([...TIP_CHANNELS, '合计']);
    expect(rows.get('来信')).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2]);
    expect(rows.get('合计')).toEqual([1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 5]);
    expect(notes(channel)).toContain('重复件不重复统计，本年重复件 1 件');

    const category = wb.getWorksheet('问题类别') as Worksheet;
    expect(sheetRows(category).get('合计')?.at(-1)).toBe(6);
    expect(notes(category)).toContain('各计一次');

    const outcome = wb.getWorksheet('处理') as Worksheet;
    const outcomeRows = sheetRows(outcome);
    expect([...outcomeRows.keys()]).toEqual(['党纪处分', '其中：警告', '政务处分', '其中：记过', '组织处理', '诫勉', '批评教育', '提醒', '移送司法', '无', '合计']);
    expect(outcomeRows.get('其中：警告')).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(outcomeRows.get('合计')?.at(-1)).toBe(4); // the 其中 rows are not added again
    expect(notes(outcome)).toContain('人次');
  });

  it('is recorded in the audit trail', async () => {
    await ok(env, 'tips.statsExport', { year: 2025 }, o.clerk);
    const audit = await ok(env, 'audit.list', { q: '信访举报统计表' }, o.admin);
    expect(audit.rows[0]).toMatchObject({ op: 'tips.statsExport', entity: 'export' });
    expect(audit.rows[0]?.summary).toContain('2025');
  });
});
