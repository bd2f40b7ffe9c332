// The closed loop as issue 12 tells it, on a host whose clock the test moves: a 预警告知书 with
// three problems drafted for a village and issued (发文登记) makes three items; on one — 修改 (a measure), progress and
// evidence, 申请验收 recorded by one 监督检查室 member, 退回整改 by another, evidence again, 申请验收
// with a file, 验收 passed, 销号 by a 领导 (the evidence's hashes on record); the notice's page
// counts it; the exported 整改台账 is read back column by column; the clock moved past the deadline
// shows the other items 逾期 on 首页.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { RECT_EXPORT_COLUMNS } from '../../../shared/rectification/index.ts';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import {
  closeItem, draftAndIssueWarning, expectItemStatus, fillDate, hostApi, INSPECTOR, INSPECTOR2, isoDay, LEADER, openAction, openItem,
  readyStaff, recordProgress, requestAcceptance, sha256, signInAs, someVillage, textFile, uploadEvidence, verify,
} from './steps.ts';

const PROBLEMS = [
  { text: '村集体资金收支未按规定公开', category: '三资管理' },
  { text: '低保资格审核把关不严', category: '惠民资金' },
  { text: '村干部值班制度落实不到位', category: '作风纪律' },
] as const;
const DEADLINE_DAYS = 30;

test('a 预警告知书 to a village: three items, one through 退回整改 to 销号, the others 逾期 on 首页, the ledger exported', async ({ page, clockHost }) => {
  test.setTimeout(300_000);
  const call = hostApi(clockHost.url);
  const sessions = await readyStaff(call, [INSPECTOR, INSPECTOR2, LEADER]);
  const inspectorSession = sessions.get(INSPECTOR.username) as string;
  const village = await someVillage(call, inspectorSession);
  const [first, second] = PROBLEMS;

  // 拟制预警告知书 to the village with the three problems, 印发 (which makes the items).
  await login(page, clockHost.url);
  await signInAs(page, INSPECTOR);
  const notice = await draftAndIssueWarning(page, village.name, PROBLEMS);
  await page.getByRole('link', { name: '查看整改事项' }).click();
  await expect(page.getByRole('heading', { name: '预警告知书整改情况', level: 1 })).toBeVisible();
  await expect(page.getByLabel('文号')).toHaveText(notice.number);
  const items = page.getByRole('table', { name: '整改事项' });
  await expect(items.getByRole('row')).toHaveCount(1 + PROBLEMS.length);
  for (const p of PROBLEMS) await expect(items.getByRole('row').filter({ hasText: p.text })).toContainText('未启动');
  await expect(page.getByRole('region', { name: '未销号' })).toContainText('3');

  // The first problem's item.
  await items.getByRole('row').filter({ hasText: first.text }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^整改事项 ZG-/ })).toBeVisible();
  const number = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('整改事项 ', '').trim();
  await expectItemStatus(page, '未启动');
  await expect(page.getByLabel('问题来源')).toHaveText(`预警告知书 ${notice.number}`);
  await expect(page.getByLabel('整改时限')).toHaveText(isoDay(DEADLINE_DAYS));

  // 修改: a measure with its own 时限.
  const edit = await openAction(page, '修改', '修改整改事项');
  await edit.getByLabel('整改措施1').fill('建立村务公开台账，每月公开收支明细');
  await fillDate(edit, '措施1时限', isoDay(10));
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('table', { name: '整改措施' })).toContainText('建立村务公开台账');

  // Progress and evidence, 申请验收 recorded by the first 监督检查室 member.
  await recordProgress(page, '已公开2026年前三季度收支明细', 60);
  await expectItemStatus(page, '整改中');
  const photo = textFile('公开栏照片说明.txt', '村务公开栏2026年第三季度收支明细公开情况。');
  await uploadEvidence(page, photo, '公开栏照片');
  await requestAcceptance(page, '已按要求完成收支公开。');
  await expectItemStatus(page, '待验收');
  // The one who recorded it may not check it.
  await expect(page.getByRole('button', { name: '验收', exact: true })).toHaveCount(0);

  // Another 监督检查室 member: 退回整改 with the reasons.
  await signInAs(page, INSPECTOR2);
  await openItem(page, number, '收支未按规定公开');
  await verify(page, false, '缺少第四季度公开计划，请补充。');
  await expectItemStatus(page, '整改中');

  // Evidence again, and 申请验收 with a file of its own.
  await signInAs(page, INSPECTOR);
  await openItem(page, number, '收支未按规定公开');
  const plan = textFile('第四季度公开计划.txt', '第四季度村务公开计划：12月10日前公开全部收支。');
  await uploadEvidence(page, plan, '公开计划');
  const report = textFile('整改报告.txt', '关于村集体资金收支公开问题的整改报告。');
  await requestAcceptance(page, '已补充第四季度公开计划。', [report]);
  await expectItemStatus(page, '待验收');
  await expect(page.getByRole('table', { name: '佐证材料' }).getByRole('row')).toHaveCount(4);

  await signInAs(page, INSPECTOR2);
  await openItem(page, number, '收支未按规定公开');
  await verify(page, true, '整改到位，同意销号。');
  await expect(page.getByText('验收已通过，待领导销号。')).toBeVisible();

  // 销号 by a leader: the closing entry lists every piece of evidence's SHA-256.
  await signInAs(page, LEADER);
  await openItem(page, number, '收支未按规定公开');
  await closeItem(page, '同意销号。');
  await expectItemStatus(page, '已销号');
  await expect(page.getByLabel('销号日期')).toHaveText(isoDay(0));
  const history = page.getByRole('table', { name: '整改过程' });
  for (const step of ['进展', '佐证材料', '申请验收', '退回整改', '验收通过', '销号']) {
    await expect(history.getByRole('cell', { name: step, exact: true }).first()).toBeVisible();
  }
  const hashes = history.getByRole('row').filter({ hasText: '销号' }).last().getByRole('list', { name: '佐证材料校验值（SHA-256）' });
  for (const f of [photo, plan, report]) await expect(hashes).toContainText(sha256(f.buffer));
  await expect(page.getByRole('button', { name: '登记屡查屡犯' })).toBeVisible();

  // The notice's page counts it.
  await page.getByRole('link', { name: `预警告知书 ${notice.number}` }).click();
  await expect(page.getByRole('heading', { name: '预警告知书整改情况', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '已销号' })).toContainText('1');
  await expect(page.getByRole('region', { name: '未销号' })).toContainText('2');

  // The ledger of the notice's items, exported and read back column by column.
  await page.getByRole('link', { name: '在整改台账中查看' }).click();
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  await expect(page.getByRole('grid', { name: '整改台账' }).getByRole('row')).toHaveCount(1 + PROBLEMS.length);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await (await downloading).path()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet in the export');
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (headerRow === 0 && row.getCell(1).text === '序号') headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(0);
  expect(sheet.getCell(headerRow - 1, 1).text).toContain('预警告知书');
  const header = (sheet.getRow(headerRow).values as unknown[]).slice(1).map(String);
  expect(header).toEqual([...RECT_EXPORT_COLUMNS]);
  const col = (name: (typeof RECT_EXPORT_COLUMNS)[number]) => header.indexOf(name) + 1;
  const rows = Array.from({ length: sheet.rowCount - headerRow }, (_, i) => sheet.getRow(headerRow + 1 + i));
  expect(rows.map((r) => r.getCell(col('序号')).value)).toEqual([1, 2, 3]);
  expect(rows.map((r) => r.getCell(col('问题描述')).text).sort()).toEqual(PROBLEMS.map((p) => p.text).sort());
  const byProblem = (text: string) => rows.find((r) => r.getCell(col('问题描述')).text === text) as ExcelJS.Row;
  const leaders = new Map(
    (await call<{ items: Array<{ problem: string; leaderName: string }> }>('rect.notice', { documentId: notice.id }, inspectorSession)).items.map((i) => [i.problem, i.leaderName]),
  );
  const day = (v: ExcelJS.CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  for (const p of PROBLEMS) {
    const r = byProblem(p.text);
    expect(r.getCell(col('问题来源')).text).toBe(`预警告知书（${notice.number}）`);
    expect(r.getCell(col('单位')).text).toBe(village.name);
    expect(r.getCell(col('责任领导')).text).toBe(leaders.get(p.text) ?? '');
    expect(r.getCell(col('责任人')).text).toBe('');
    expect(day(r.getCell(col('整改时限')).value)).toBe(isoDay(DEADLINE_DAYS));
  }
  const closed = byProblem(first.text);
  expect(closed.getCell(col('整改措施')).text).toContain('建立村务公开台账，每月公开收支明细');
  expect(closed.getCell(col('整改进展')).text).toContain('已公开2026年前三季度收支明细');
  expect(closed.getCell(col('完成情况')).text).toBe('已销号（按期销号）');
  for (const f of [photo, plan, report]) expect(closed.getCell(col('佐证材料')).text).toContain(f.name);
  expect(day(closed.getCell(col('销号日期')).value)).toBe(isoDay(0));
  const open = byProblem(second.text);
  expect(open.getCell(col('整改措施')).text).toBe('');
  expect(open.getCell(col('整改进展')).text).toBe('');
  expect(open.getCell(col('完成情况')).text).toBe('未启动');
  expect(open.getCell(col('佐证材料')).text).toBe('');
  expect(open.getCell(col('销号日期')).text).toBe('');

  // Past the deadline: the open items are 逾期 on the 监督检查室's 首页, the closed one is not.
  await clockHost.setDaysAhead(DEADLINE_DAYS + 3);
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await signInAs(page, INSPECTOR);
  // (The demo county has overdue items of its own, longer overdue: 首页 shows the five most overdue,
  // its 查看全部 the whole list, where the search finds ours.)
  const overdue = page.getByRole('region', { name: '整改逾期' });
  await expect(overdue).toBeVisible();
  await overdue.getByRole('link', { name: '查看全部整改逾期' }).click();
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  const grid = page.getByRole('grid', { name: '整改台账' });
  const search = page.getByLabel('搜索编号、问题描述、整改措施');
  await search.fill(second.text);
  await expect(grid.getByRole('row').filter({ hasText: second.text })).toContainText('逾期3天');
  await search.fill(first.text);
  await expect(grid.getByText('暂无数据')).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: first.text })).toHaveCount(0);
});
