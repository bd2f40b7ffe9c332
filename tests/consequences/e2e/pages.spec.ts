// 预警闭环 and 评先评优名单 over the demo county (its finished quarters and last year published, each
// publication with the consequences its result called for, the office's work on them done as the demo
// plans it), as the 案件监督管理室 sees them: a red unit's 预警告知书 in a published quarter, found by
// period and unit (both in the address) with why and where it stands, filtered and paged with the
// address following (F5 keeps the page); a notice still to draft — 拟制告知书 lands on its draft in
// 发文登记, which traces back to the result; the year's lists and the answer for a person on the
// no-awards list. Each page passes the accessibility audit.
import type { Page } from '@playwright/test';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { hostApi, readyStaff, signInAs, type Staff } from '../../rectification/e2e/steps.ts';
import { formatHundredths, periodLabel, quarterOf } from '../../../shared/integrity/index.ts';
import type { AwardListRow, AwardLookup, ConsequenceRow, PeriodConsequences } from '../../../shared/consequences/index.ts';
import type { Page as Paged } from '../../../shared/kernel/common.ts';

/** The demo office's 案件监督管理室 clerk (drafts notices, plans talks). */
const MANAGER: Staff = { username: 'anguan', displayName: '孙丽华' };

const YEAR = Number(TEST_TODAY.slice(0, 4));
/** The last full year: the demo publishes it after its fourth quarter. */
const LAST = YEAR - 1;
const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

type Call = ReturnType<typeof hostApi>;

/** The published quarters, latest first: this year's finished ones, then last year's. */
function quartersBack(): Array<{ year: number; quarter: number }> {
  const now = quarterOf(TEST_TODAY);
  const out: Array<{ year: number; quarter: number }> = [];
  for (let q = now - 1; q >= 1; q--) out.push({ year: YEAR, quarter: q });
  for (let q = 4; q >= 1; q--) out.push({ year: LAST, quarter: q });
  return out;
}

async function period(call: Call, session: string, year: number, quarter: number, more: Record<string, unknown> = {}): Promise<PeriodConsequences> {
  return call<PeriodConsequences>('consequences.period', { year, quarter, page: 0, pageSize: 100, ...more }, session);
}

/** The latest published quarter's consequence that `pick` chooses (of the rows `more` filters). */
async function latest(call: Call, session: string, pick: (r: ConsequenceRow) => boolean, more: Record<string, unknown> = {}): Promise<ConsequenceRow | undefined> {
  for (const { year, quarter } of quartersBack()) {
    const found = (await period(call, session, year, quarter, { kind: '预警告知书', ...more })).rows.find(pick);
    if (found) return found;
  }
  return undefined;
}

async function choosePeriod(page: Page, year: number, quarter: number): Promise<void> {
  const search = page.getByRole('search');
  await choose(search, '年度', `${year}年`);
  await choose(search, '期间', quarter === 0 ? '全年' : (QUARTER_NAMES[quarter - 1] ?? ''));
  await expect(page).toHaveURL(new RegExp(`year=${year}&quarter=${quarter}`));
}

async function openConsequences(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '预警闭环' }).click();
  await expect(page.getByRole('heading', { name: '预警闭环', level: 1 })).toBeVisible();
}

/** The list's rows naming the unit (its name is the first cell's link). */
function rowsOf(page: Page, unit: string) {
  return page.getByRole('grid', { name: '预警事项' }).getByRole('row').filter({ has: page.getByRole('link', { name: unit, exact: true }) });
}

test('预警闭环: a red unit\'s 告知书 and where it stands, found by period and unit; filters and pages in the address; 拟制告知书 lands on its draft', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const session = (await readyStaff(call, [MANAGER])).get(MANAGER.username) ?? '';
  // A unit red again while its earlier items are open (flagged) when the demo has one, else any red unit.
  const red = (await latest(call, session, (r) => r.colour === '红' && r.repeatRed !== null)) ?? (await latest(call, session, (r) => r.colour === '红'));
  const need = await latest(call, session, (r) => r.state === '待拟制', { filter: '未完成' });
  if (!red || !need) throw new Error('the demo county has no red unit or no notice to draft in its published quarters');

  await page.goto(demoHost.url);
  await signInAs(page, MANAGER);
  await openConsequences(page);
  // The period shown is in the address from the start.
  await expect(page).toHaveURL(/year=\d{4}&quarter=[0-4]/);
  await choosePeriod(page, red.year, red.quarter);
  await expect(page.getByLabel('发布情况')).toContainText(`${periodLabel(red.year, red.quarter)}廉情指数已发布`);
  await expect(page.getByRole('group', { name: '预警告知书统计' })).toContainText('共 ');

  // The red unit, searched by name: its notice, why (红色 with the score), where it stands, what it made.
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: '搜索单位名称' }).fill(red.unitName);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(red.unitName)}`));
  const row = rowsOf(page, red.unitName).filter({ hasText: '预警告知书' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`红色（${formatHundredths(red.score)}分）`);
  await expect(row).toContainText(red.state);
  if (red.document?.number) await expect(row.getByRole('link', { name: red.document.number })).toBeVisible();
  if (red.repeatRed) await expect(row).toContainText(`红色预警再次出现：此前告知书（${red.repeatRed.notices.join('、')}）尚有${red.repeatRed.openItems}项整改未销号`);
  if (red.items) await expect(row.getByRole('link', { name: `整改事项 ${red.items.total}项/已销号${red.items.closed}/逾期${red.items.overdue}` })).toBeVisible();
  await expectAccessible(page, '预警闭环');

  // 办理情况 in the address; 已关闭 lists only closed ones.
  await choose(search, '办理情况', '已关闭');
  await expect(page).toHaveURL(new RegExp(`filter=${encodeURIComponent('已关闭')}`));
  await expect(rowsOf(page, red.unitName)).toHaveCount(red.closed ? 1 : 0);
  await choose(search, '办理情况', '全部');
  await expect(page).not.toHaveURL(/filter=/);
  await expect(row).toHaveCount(1);

  // A notice still to draft: 拟制告知书 opens the draft in 发文登记, tracing back to the result.
  await choosePeriod(page, need.year, need.quarter);
  await search.getByRole('searchbox', { name: '搜索单位名称' }).fill(need.unitName);
  const needRow = rowsOf(page, need.unitName).filter({ hasText: '待拟制' });
  await expect(needRow).toContainText(need.basis);
  await needRow.getByRole('button', { name: '拟制告知书' }).click();
  await expect(page).toHaveURL(/#\/documents\/\d+/);
  await expect(page.getByRole('heading', { name: /^预警告知书：/, level: 1 })).toBeVisible();
  const origin = page.getByRole('region', { name: '预警来源' });
  const score = need.colour ? `${need.colour}色 ${formatHundredths(need.score)}分` : '';
  await expect(origin.getByLabel('预警来源说明')).toContainText(`由${periodLabel(need.year, need.quarter)}廉情指数（${need.unitName}，${score}）产生`);
  await origin.getByRole('link', { name: '查看预警事项' }).click();
  await expect(page.getByRole('heading', { name: `${need.unitName} 预警告知书`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('办理情况', { exact: true })).toContainText('草稿');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '预警事项');

  // Paging kept in the address: the period with the most consequences, its second page, F5.
  const candidates = [{ year: LAST, quarter: 0 }, ...quartersBack()];
  let biggest = { year: LAST, quarter: 0, total: 0 };
  for (const c of candidates) {
    const view = await call<PeriodConsequences>('consequences.period', { ...c, page: 0, pageSize: 1 }, session);
    if (view.total > biggest.total) biggest = { ...c, total: view.total };
  }
  expect(biggest.total).toBeGreaterThan(25);
  const second = await call<PeriodConsequences>('consequences.period', { year: biggest.year, quarter: biggest.quarter, page: 1, pageSize: 25 }, session);
  const firstOfSecond = second.rows[0];
  if (!firstOfSecond) throw new Error('no second page');
  await openConsequences(page);
  await choosePeriod(page, biggest.year, biggest.quarter);
  await expect(page.locator('.MuiTablePagination-displayedRows')).toContainText(`共 ${biggest.total}`);
  await page.getByRole('button', { name: /下一页|Go to next page/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('.MuiTablePagination-displayedRows')).toContainText(`26–50 共 ${biggest.total}`);
  await expect(page.getByRole('grid', { name: '预警事项' }).getByRole('row').nth(1)).toContainText(firstOfSecond.unitName);
  await page.reload();
  await expect(page.locator('.MuiTablePagination-displayedRows')).toContainText(`26–50 共 ${biggest.total}`, { timeout: 30_000 });
  // A new filter goes back to the first page.
  await choose(page.getByRole('search'), '办理情况', '未完成');
  await expect(page).not.toHaveURL(/page=/);
});

test('评先评优名单: the last full year\'s no-awards list with its people, and the answer for a person on it', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const call = hostApi(demoHost.url);
  const session = (await readyStaff(call, [MANAGER])).get(MANAGER.username) ?? '';
  const list = await call<Paged<AwardListRow>>('consequences.awardList', { year: LAST, list: '不得评先评优', page: 0, pageSize: 25 }, session);
  const unit = list.rows.find((r) => r.persons.some((p) => p.removed === null));
  const person = unit?.persons.find((p) => p.removed === null);
  if (!unit || !person) throw new Error(`no one on ${LAST}'s 不得评先评优 list`);
  const expected = await call<AwardLookup>('consequences.lookup', { year: LAST, personId: person.personId }, session);

  await page.goto(demoHost.url);
  await signInAs(page, MANAGER);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评先评优名单' }).click();
  await expect(page.getByRole('heading', { name: '评先评优名单', level: 1 })).toBeVisible();
  await choose(page.getByRole('search'), '年度', `${LAST}年`);
  await choose(page.getByRole('search'), '名单', '不得评先评优');
  const grid = page.getByRole('grid', { name: `${LAST}年度不得评先评优名单` });
  await expect(page.locator('.MuiTablePagination-displayedRows')).toContainText(`共 ${list.total}`);
  const unitRow = grid.getByRole('row').filter({ has: page.getByRole('link', { name: unit.unitName, exact: true }) });
  await expect(unitRow).toContainText(`${unit.grade}级 ${formatHundredths(unit.score)}分`);
  await expect(unitRow).toContainText(`${person.personName}（${person.category}`);

  // 按人员查询: the person picked, the answer in words with its why.
  const lookup = page.getByRole('region', { name: '按人员查询' });
  await lookup.getByRole('combobox', { name: '查询人员' }).fill(person.personName);
  await page.getByRole('option').filter({ hasText: person.personName }).filter({ hasText: unit.unitName }).first().click();
  const answer = lookup.getByRole('status', { name: '查询结果' });
  await expect(answer).toContainText(`不得评先评优：${person.personName}不得参加${LAST}年度评先评优`);
  expect(expected.answer).toBe('不得评先评优');
  await expect(answer).toContainText(expected.because);
  await expect(lookup.getByRole('table', { name: '名单记录' })).toContainText(unit.unitName);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '评先评优名单');
});
