// 预警闭环 and 评先评优名单 over the demo county (its finished quarters and last year published, each
// publication with the consequences its result called for), as the 案件监督管理室 sees them: a red
// unit's 预警告知书 still to draft in a published quarter, found by period and unit (both in the
// address), filtered and paged with the address following (F5 keeps the page); 拟制告知书 lands on
// its draft in 发文登记, which traces back to the result; the year's lists and the answer for a person
// on the no-awards list. Each page passes the accessibility audit.
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

/** The latest published quarter with a red unit whose 预警告知书 is still to draft. */
async function redNeed(call: Call, session: string): Promise<ConsequenceRow> {
  for (const { year, quarter } of quartersBack()) {
    const view = await period(call, session, year, quarter, { kind: '预警告知书', filter: '未完成' });
    const red = view.rows.find((r) => r.colour === '红' && r.state === '待拟制');
    if (red) return red;
  }
  throw new Error('no red unit with a notice to draft in the demo county');
}

async function openConsequences(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '预警闭环' }).click();
  await expect(page.getByRole('heading', { name: '预警闭环', level: 1 })).toBeVisible();
}

/** The list's rows naming the unit (its name is the first cell's link). */
function rowsOf(page: Page, unit: string) {
  return page.getByRole('grid', { name: '预警事项' }).getByRole('row').filter({ has: page.getByRole('link', { name: unit, exact: true }) });
}

test('预警闭环: a red unit needs its 告知书, found by period and unit; filters and pages in the address; 拟制告知书 lands on its draft', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const session = (await readyStaff(call, [MANAGER])).get(MANAGER.username) ?? '';
  const red = await redNeed(call, session);
  const label = periodLabel(red.year, red.quarter);

  await page.goto(demoHost.url);
  await signInAs(page, MANAGER);
  await openConsequences(page);
  const search = page.getByRole('search');
  await choose(search, '年度', `${red.year}年`);
  await choose(search, '期间', QUARTER_NAMES[red.quarter - 1] ?? '');
  await expect(page).toHaveURL(new RegExp(`year=${red.year}.*quarter=${red.quarter}|quarter=${red.quarter}.*year=${red.year}`));
  await expect(page.getByLabel('发布情况')).toContainText(`${label}廉情指数已发布`);
  const notices = page.getByRole('group', { name: '预警告知书统计' });
  await expect(notices).toContainText('共 ');

  // The red unit, searched by name: its notice is needed, why (红色 with the score) and 待拟制.
  await search.getByRole('searchbox', { name: '搜索单位名称' }).fill(red.unitName);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(red.unitName)}`));
  const row = rowsOf(page, red.unitName).filter({ hasText: '预警告知书' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`红色（${formatHundredths(red.score)}分）`);
  await expect(row).toContainText('待拟制');
  await expectAccessible(page, '预警闭环');

  // 办理情况 未完成 in the address, and the red unit still listed; 已完成 does not list it.
  await choose(search, '办理情况', '未完成');
  await expect(page).toHaveURL(/filter=%E6%9C%AA%E5%AE%8C%E6%88%90|filter=未完成/);
  await expect(row).toHaveCount(1);
  await choose(search, '办理情况', '已完成');
  await expect(rowsOf(page, red.unitName)).toHaveCount(0);
  await choose(search, '办理情况', '全部');
  await expect(page).not.toHaveURL(/filter=/);

  // 拟制告知书: the draft opens in 发文登记, tracing back to the result that called for it.
  await row.getByRole('button', { name: '拟制告知书' }).click();
  await expect(page).toHaveURL(/#\/documents\/\d+/);
  await expect(page.getByRole('heading', { name: /^预警告知书：/, level: 1 })).toBeVisible();
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible();
  const origin = page.getByRole('region', { name: '预警来源' });
  await expect(origin.getByLabel('预警来源说明')).toContainText(`由${label}廉情指数（${red.unitName}，红色 ${formatHundredths(red.score)}分）产生`);
  await origin.getByRole('link', { name: '查看预警事项' }).click();
  await expect(page.getByRole('heading', { name: `${red.unitName} 预警告知书`, level: 1 })).toBeVisible();
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
  await choose(search, '年度', `${biggest.year}年`);
  await choose(search, '期间', biggest.quarter === 0 ? '全年' : (QUARTER_NAMES[biggest.quarter - 1] ?? ''));
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
