// 登记整改事项 as the office fills in a 问题清单 (two items of one unit, the second 同上), the ledger
// and 整改汇总 that follow; a closed item registered again as 屡查屡犯 (linked both ways) and its
// 延期 asked and approved (both dates shown); a 预警告知书's 整改情况报告 recorded — each page
// passing the accessibility audit.
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { choose, pickUnit } from '../../helpers/e2e/helpers.ts';
import {
  fillDate, hostApi, INSPECTOR, INSPECTOR2, isoDay, issueWarning, LEADER, openAction, readyStaff, signInAs, someVillage, textFile,
} from './steps.ts';

test('登记整改事项: a 巡察反馈 list of two items, the second 同上; the ledger and 整改汇总 show them', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const call = hostApi(demoHost.url);
  const sessions = await readyStaff(call, [INSPECTOR]);
  const village = await someVillage(call, sessions.get(INSPECTOR.username) as string);
  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '整改台账' }).click();
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '整改台账');
  await page.getByRole('button', { name: '登记整改事项' }).click();
  await expect(page.getByRole('heading', { name: '登记整改事项', level: 1 })).toBeVisible();

  // Nothing filled in: every problem is named at once.
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, '登记整改事项（有错误提示）');

  await choose(page, '问题来源', '巡察反馈');
  await page.getByLabel('来源说明').fill('县委第三巡察组反馈意见');
  const first = page.getByRole('group', { name: '事项1' });
  await pickUnit(first, '单位', village.name.slice(-3), village.name);
  await choose(first, '问题类别', '三资管理');
  await first.getByLabel('问题描述').fill('村集体经济合同管理不规范');
  await first.getByLabel('整改措施1').fill('全面清理村集体经济合同');
  await fillDate(first, '措施1时限', isoDay(15));
  await fillDate(first, '整改时限', isoDay(45));

  await page.getByRole('button', { name: '添加整改事项' }).click();
  const second = page.getByRole('group', { name: '事项2' });
  // 同上: the unit, category and deadline of the row above.
  await expect(second.getByRole('combobox', { name: '单位' })).toHaveValue(village.name);
  await expect(second.getByText('同上一事项')).toBeVisible();
  await expect(second.getByLabel('问题描述')).toBeFocused();
  await second.getByLabel('问题描述').fill('村务监督委员会未按规定履职');
  await second.getByLabel('整改措施1').fill('健全村务监督委员会议事规则');
  await second.getByRole('button', { name: '添加措施' }).click();
  await second.getByLabel('整改措施2').fill('每季度向村民代表会议报告监督情况');
  await page.getByRole('button', { name: '登记', exact: true }).click();

  // Two items: the ledger under that source and unit.
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  const grid = page.getByRole('grid', { name: '整改台账' });
  await expect(grid).toHaveAttribute('aria-rowcount', '3');
  await expect(grid.getByRole('row').filter({ hasText: '村集体经济合同管理不规范' })).toContainText(isoDay(45));
  await expect(grid.getByRole('row').filter({ hasText: '村务监督委员会未按规定履职' })).toContainText('未启动');

  await page.getByRole('button', { name: '汇总' }).click();
  await expect(page.getByRole('heading', { name: '整改汇总', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: '按问题来源' }).click();
  const summary = page.getByRole('table', { name: '整改汇总（按问题来源）' });
  await expect(summary.getByRole('row').filter({ hasText: '巡察反馈' })).toBeVisible();
  await expectAccessible(page, '整改汇总');
  await summary.getByRole('link', { name: '巡察反馈未销号：2' }).click();
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', '3');
});

test("a closed item registered again as 屡查屡犯, its 延期 approved; a 预警告知书's 整改情况报告", async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const call = hostApi(demoHost.url);
  const sessions = await readyStaff(call, [INSPECTOR, INSPECTOR2, LEADER]);
  const as = (s: { username: string }) => sessions.get(s.username) as string;
  const village = await someVillage(call, as(INSPECTOR));
  type Detail = { id: number; number: string; version: number };
  const [made] = await call<Detail[]>('rect.create', {
    source: '专项检查', sourceRef: '2026年惠民资金专项检查',
    items: [{ unitId: village.id, problem: '惠民补贴发放台账缺失', category: '惠民资金', deadline: isoDay(20) }],
  }, as(INSPECTOR));
  if (!made) throw new Error('no item made');
  let item: Detail = await call<Detail>('rect.progress', { id: made.id, version: made.version, date: isoDay(0), text: '已建立补贴发放台账', percent: 100 }, as(INSPECTOR));
  item = await call<Detail>('rect.requestAcceptance', { id: item.id, version: item.version, date: isoDay(0), text: '整改完成' }, as(INSPECTOR));
  item = await call<Detail>('rect.verify', { id: item.id, version: item.version, date: isoDay(0), passed: true, opinion: '整改到位' }, as(INSPECTOR2));
  await call<Detail>('rect.close', { id: item.id, version: item.version, date: isoDay(0) }, as(LEADER));

  await login(page, `${demoHost.url}`);
  await signInAs(page, INSPECTOR);
  await page.goto(new URL(`#/rectification/${made.id}`, demoHost.url).toString());
  await expect(page.getByRole('heading', { name: `整改事项 ${made.number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '整改事项（已销号）');
  await page.getByRole('button', { name: '登记屡查屡犯' }).click();
  await expect(page.getByRole('heading', { name: '登记屡查屡犯事项', level: 1 })).toBeVisible();
  const row = page.getByRole('group', { name: '事项1' });
  await expect(row.getByLabel('问题描述')).toHaveValue('惠民补贴发放台账缺失');
  await expect(row.getByRole('combobox', { name: '单位' })).toHaveValue(village.name);
  await row.getByLabel('整改措施1').fill('补建2025年以来的补贴发放台账');
  await fillDate(row, '整改时限', isoDay(20));
  await page.getByRole('button', { name: '登记', exact: true }).click();

  // The new item, linked both ways.
  const heading = page.getByRole('heading', { level: 1, name: /^整改事项 ZG-/ });
  await expect(heading).not.toHaveText(`整改事项 ${made.number}`);
  const again = ((await heading.textContent()) ?? '').replace('整改事项 ', '').trim();
  await expect(page.getByLabel('屡查屡犯')).toContainText(made.number);

  // 延期: asked, then approved by a leader; both dates shown.
  const ask = await openAction(page, '申请延期');
  await fillDate(ask, '延期后的整改时限', isoDay(40));
  await ask.getByLabel('延期理由').fill('涉及跨年度资料，需向乡镇调取。');
  await ask.getByRole('button', { name: '提交申请' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText(`申请将整改时限由 ${isoDay(20)} 延期至 ${isoDay(40)}`)).toBeVisible();
  await signInAs(page, LEADER);
  await page.goto(new URL(`#/rectification/${made.id}`, demoHost.url).toString());
  await expect(page.getByLabel('再次出现')).toContainText(again);
  await page.getByLabel('再次出现').getByRole('link', { name: again }).click();
  const decide = await openAction(page, '审批延期');
  await decide.getByRole('radiogroup', { name: '审批结论' }).getByRole('radio', { name: '同意', exact: true }).check();
  await decide.getByLabel('审批意见').fill('同意延期。');
  await decide.getByRole('button', { name: '提交审批' }).click();
  await expect(decide).toBeHidden();
  await expect(page.getByLabel('整改时限')).toHaveText(`${isoDay(40)}（原 ${isoDay(20)}）`);
  const extensions = page.getByRole('table', { name: '延期' });
  await expect(extensions.getByRole('row').nth(1)).toContainText(isoDay(20));
  await expect(extensions.getByRole('row').nth(1)).toContainText(isoDay(40));
  await expect(extensions.getByRole('row').nth(1)).toContainText('已批准');
  await expectAccessible(page, '整改事项');

  // A 预警告知书's page: 登记整改情况报告 with its scan.
  const notice = await issueWarning(call, as(INSPECTOR), { village, problems: [{ text: '村务公开不及时', category: '制度执行' }], deadline: isoDay(30) });
  await page.goto(new URL(`#/rectification/notices/${notice.id}`, demoHost.url).toString());
  await expect(page.getByRole('heading', { name: '预警告知书整改情况', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '登记整改情况报告' }).click();
  const dialog = page.getByRole('dialog', { name: '登记整改情况报告' });
  await dialog.getByLabel('报告摘要').fill('已对村务公开问题全面整改。');
  await dialog.getByLabel('选择报告文件').setInputFiles(textFile('整改情况报告.txt', '整改情况报告正文。'));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const reports = page.getByRole('table', { name: '整改情况报告' });
  await expect(reports.getByRole('row').nth(1)).toContainText('已对村务公开问题全面整改。');
  await expect(reports.getByRole('row').nth(1)).toContainText('整改情况报告.txt');
  await expect(page.getByRole('link', { name: '查看公文' })).toHaveAttribute('href', `#/documents/${notice.id}`);
  await expectAccessible(page, '预警告知书整改情况');
});
