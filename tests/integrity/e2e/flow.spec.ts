// The flow of the 廉情指数, as the 案件监督管理室 does it: a correction of the year's scheme
// (one control item's points changed, another's so the sums hold) enabled; a village's checklist
// entered for the test clock's quarter; its colour word and score in the grid of 展示平台; its lines
// on its page (the changed item's points), records opened from its lines (the checklist, a finding); once the quarter is over,
// the quarter published; an input changed; the unit's page shows 数据已变化 with the recomputed
// score while the published one stays. Year and quarter come from the test clock.
import type { Page } from '@playwright/test';
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { hostApi, readyStaff, signInAs, type Staff } from '../../rectification/e2e/steps.ts';
import { formatHundredths, periodRange, quarterOf, type SchemeDetail, type SchemeRow, type UnitIndexView } from '../../../shared/integrity/index.ts';
import { daysBetween } from '../../../shared/kernel/workdays.ts';

/** The demo office's 案件监督管理室 clerk. */
const MANAGER: Staff = { username: 'anguan', displayName: '孙丽华' };

const YEAR = Number(TEST_TODAY.slice(0, 4));
const QUARTER = quarterOf(TEST_TODAY);
const QUARTER_NAME = ['第一季度', '第二季度', '第三季度', '第四季度'][QUARTER - 1] ?? '';
/** The first day after the quarter: it may be published from then on. */
const DAYS_TO_QUARTER_END = daysBetween(TEST_TODAY, periodRange(YEAR, QUARTER).to) + 1;

type Call = ReturnType<typeof hostApi>;

/** A new session of the 案件监督管理室 clerk (readyStaff set the password the rectification steps use). */
async function managerSession(call: Call): Promise<string> {
  return (await call<{ token: string }>('auth.login', { username: MANAGER.username, password: 'Rect123456' })).token;
}

/** A 行政村 of the demo registry. */
async function someVillage(call: Call, session: string): Promise<{ id: number; name: string }> {
  const found = await call<Array<{ id: number; name: string }>>('units.options', { q: '村', limit: 5, types: ['行政村'] }, session);
  const village = found[1] ?? found[0];
  if (!village) throw new Error('no 行政村 in the demo registry');
  return village;
}

/** The year has an enabled scheme to correct (the demo's, or DOMAIN's default enabled here). */
async function ensureScheme(call: Call, session: string): Promise<void> {
  const rows = await call<SchemeRow[]>('integrity.schemes', { year: YEAR }, session);
  if (rows.some((r) => r.status === '已启用')) return;
  const draft = rows.find((r) => r.status === '草稿') ?? (await call<SchemeDetail>('integrity.createScheme', { year: YEAR, from: '默认方案', note: '' }, session));
  await call('integrity.enableScheme', { id: draft.id, rowVersion: draft.rowVersion }, session);
}

/** What the correction changed: the village's control points in force, the one raised and the one lowered. */
interface Correction {
  items: Array<{ name: string; points: number }>;
  raised: { name: string; points: number };
  lowered: { name: string; points: number };
}

/**
 * 评分方案 on the screen: a correction of this year's latest version (本年最新版本) — the first
 * control point of a 行政村 gets 2 points more and the next one of the same unit types 2 less (so
 * every type's sum holds) — saved and enabled. Which points those are is read from the version
 * corrected.
 */
async function correctScheme(page: Page, call: Call, session: string): Promise<Correction> {
  const versions = await call<SchemeRow[]>('integrity.schemes', { year: YEAR }, session);
  const latest = [...versions].sort((x, y) => y.version - x.version)[0];
  if (!latest) throw new Error('no scheme of the year');
  const all = (await call<SchemeDetail>('integrity.scheme', { id: latest.id }, session)).content.control.items;
  const village = all.filter((i) => i.unitTypes.includes('行政村'));
  const first = village[0];
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((t) => y.includes(t));
  const second = village.find((i) => i !== first && first !== undefined && same(i.unitTypes, first.unitTypes) && i.points >= 2);
  if (!first || !second) throw new Error('no two control points of the same unit types');

  await openPage(page, '评分方案');
  await page.getByRole('button', { name: '新建方案' }).click();
  const dialog = page.getByRole('dialog', { name: '新建评分方案' });
  await dialog.getByRole('textbox', { name: '年度' }).fill(String(YEAR));
  await dialog.getByRole('radio', { name: /^本年最新版本/ }).check();
  await dialog.getByRole('textbox', { name: '说明' }).fill('年中修正：调整控制点分值');
  await dialog.getByRole('button', { name: '新建' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: new RegExp(`^${YEAR}年度评分方案 第\\d+版$`), level: 1 })).toBeVisible();
  const items = page.getByRole('table', { name: '控制点' });
  for (const [item, points] of [[first, first.points + 2], [second, second.points - 2]] as const) {
    const n = all.indexOf(item) + 1;
    await expect(items.getByRole('textbox', { name: `控制点${n} 名称` })).toHaveValue(item.name);
    await items.getByRole('textbox', { name: `控制点${n} 分值` }).fill(String(points));
  }
  await expect(page.getByRole('region', { name: '检查结果' })).toContainText('检查通过');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByRole('button', { name: '启用' }).click();
  const confirm = page.getByRole('dialog', { name: /^启用/ });
  await confirm.getByRole('button', { name: '启用' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('该版本已启用，不能再修改。')).toBeVisible();

  const raised = { name: first.name, points: first.points + 2 };
  const lowered = { name: second.name, points: second.points - 2 };
  const inForce = village.map((i) => (i === first ? raised : i === second ? lowered : { name: i.name, points: i.points }));
  return { items: inForce, raised, lowered };
}

/** 控制性检查 on the screen: the village's checklist of the quarter, every point 落实 but those named. */
async function enterChecklist(page: Page, village: string, points: readonly string[], other: Record<string, string> = {}): Promise<void> {
  const address = `#/index/checklist?year=${YEAR}&quarter=${QUARTER}&unitType=${encodeURIComponent('行政村')}&q=${encodeURIComponent(village)}`;
  await page.goto(new URL(address, page.url()).toString());
  for (const item of points) {
    const cell = page.getByLabel(`${village} ${item}`, { exact: true });
    const wanted = other[item] ?? '落实';
    await expect(cell).toBeEnabled();
    // A point the demo entered already as wanted stays as it is; another is saved under this clerk's name.
    if ((await cell.inputValue()) === wanted) continue;
    await cell.selectOption(wanted);
    await expect(cell).toHaveValue(wanted);
    await expect(page.getByLabel(`${village} ${item} 录入人`)).toHaveText(MANAGER.displayName);
  }
}

/** An 审计-like finding (a channel other than 信访, which comes from the tips) dated the test day. */
async function addFinding(call: Call, session: string, unitId: number): Promise<{ id: number; summary: string }> {
  const latest = [...(await call<SchemeRow[]>('integrity.schemes', { year: YEAR }, session))].sort((x, y) => y.version - x.version)[0];
  if (!latest) throw new Error('no scheme of the year');
  const channels = (await call<SchemeDetail>('integrity.scheme', { id: latest.id }, session)).content.participation.channels;
  const channel = channels.find((c) => c.key !== 'tips');
  if (!channel) throw new Error('no supervision channel');
  const summary = '村级工程结算资料不全（流程测试）';
  const row = await call<{ id: number }>('integrity.addFinding', { unitId, channelKey: channel.key, date: TEST_TODAY, source: '县审计局专项审计', summary }, session);
  return { id: row.id, summary };
}

async function openPlatform(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '廉情指数' }).click();
  await expect(page.getByRole('heading', { name: '廉情指数', level: 1 })).toBeVisible();
  await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#/index?year=${YEAR}`);
  await expect(page.getByRole('heading', { name: '廉情指数', level: 1 })).toBeVisible();
}

test('廉情指数: a corrected scheme, a checklist, the grid, the lines, publishing and 数据已变化', async ({ page, clockHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(clockHost.url);
  const session = (await readyStaff(call, [MANAGER])).get(MANAGER.username) ?? '';
  const village = await someVillage(call, session);
  await ensureScheme(call, session);

  await page.goto(clockHost.url);
  await signInAs(page, MANAGER);
  const correction = await correctScheme(page, call, session);
  const names = correction.items.map((i) => i.name);
  // A supervision finding about the village in the quarter (entered on 监督发现's own page elsewhere).
  const finding = await addFinding(call, session, village.id);
  const last = names[names.length - 1] ?? '';
  await enterChecklist(page, village.name, names, { [last]: '部分落实' });
  const draft = await call<UnitIndexView>('integrity.unit', { unitId: village.id, year: YEAR }, session);
  const shown = draft.quarters[QUARTER - 1]?.shown;
  if (!shown) throw new Error('the village is not scored in the quarter');
  const score = `${shown.colour} ${formatHundredths(shown.score)}`;
  await openPlatform(page);

  // The grid: the village's quarter in its colour word and score, a draft.
  await page.getByRole('searchbox', { name: '搜索单位名称' }).fill(village.name);
  const table = page.getByRole('table', { name: '廉情指数表' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: village.name, exact: true }) });
  await expect(row).toHaveCount(1);
  const cell = row.getByRole('cell').nth(QUARTER - 1);
  await expect(cell).toContainText(score);
  await expect(cell).toContainText('草稿');

  // The unit's page: the quarter's lines, the changed item's points.
  await row.getByRole('link', { name: village.name }).click();
  await expect(page.getByRole('heading', { name: `${village.name} 廉情指数`, level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: QUARTER_NAME, exact: true });
  await expect(section).toContainText(score);
  const lines = section.getByRole('table', { name: `${QUARTER_NAME}计分明细` });
  const raised = lines.getByRole('row').filter({ hasText: correction.raised.name });
  await expect(raised.getByRole('cell').nth(2)).toHaveText(`+${correction.raised.points}`);
  await expect(lines.getByRole('row').filter({ hasText: correction.lowered.name }).getByRole('cell').nth(2)).toHaveText(`+${correction.lowered.points}`);

  // A record from a line: the checklist of the quarter.
  await raised.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`#/index/checklist\\?year=${YEAR}&quarter=${QUARTER}&unitType=`));
  await page.goBack();
  await expect(page.getByRole('heading', { name: `${village.name} 廉情指数`, level: 1 })).toBeVisible();
  // … and the finding behind its line, on 监督发现's page.
  await lines.locator(`a[href$="#/index/findings?id=${finding.id}"]`).click();
  await expect(page.getByRole('heading', { name: '监督发现问题', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '监督发现问题列表' })).toContainText(finding.summary);
  await page.goBack();
  await expect(page.getByRole('heading', { name: `${village.name} 廉情指数`, level: 1 })).toBeVisible();

  // Past the quarter's end: published (未录入 points elsewhere confirmed as 0).
  await clockHost.setDaysAhead(DAYS_TO_QUARTER_END);
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await signInAs(page, MANAGER);
  await openPlatform(page);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '发布廉情指数' });
  await choose(dialog, '期间', `${YEAR}年${QUARTER_NAME}`);
  await expect(dialog.getByLabel('计算结果')).toContainText('参评单位');
  const confirm = dialog.getByLabel('未录入项按0分计');
  if (await confirm.isVisible()) await confirm.check();
  await dialog.getByRole('button', { name: '发布', exact: true }).click();
  await expect(dialog.getByRole('link', { name: '查看预警闭环' })).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: '搜索单位名称' }).fill(village.name);
  await expect(cell).toContainText(score);
  await expect(cell).toContainText('已发布');

  // An input changed after publishing: the published score stays, the recomputation is shown.
  await enterChecklist(page, village.name, [correction.raised.name], { [correction.raised.name]: '未落实' });
  const after = await call<UnitIndexView>('integrity.unit', { unitId: village.id, year: YEAR }, await managerSession(call));
  const recomputed = after.quarters[QUARTER - 1]?.recomputed;
  if (!recomputed) throw new Error('no recomputation after the change');
  await openPlatform(page);
  await page.getByRole('searchbox', { name: '搜索单位名称' }).fill(village.name);
  await expect(cell).toContainText('数据已变化');
  await expect(cell).toContainText(score);
  await row.getByRole('link', { name: village.name }).click();
  await expect(section).toContainText(score);
  const changed = section.getByLabel(`${QUARTER_NAME}数据已变化`);
  await expect(changed).toContainText(`重新计算为 ${formatHundredths(recomputed.score)}`);
  await expect(changed.getByRole('table', { name: `${QUARTER_NAME}变化的明细` }).getByRole('row').filter({ hasText: correction.raised.name })).toContainText(`+${correction.raised.points}`);
  expect(recomputed.score).not.toBe(shown.score);
});
