// The whole closed loop (预警闭环) on the demo county with the test clock, as the 案件监督管理室 does
// it: the third quarter of the year of the test day (the demo published it already: republished with
// the reason, after a village's checklist was corrected so that it is 红); on 预警闭环 the red village's
// 拟制告知书, the draft edited, previewed and 印发 in 发文登记, its items on the notice's 整改情况; the
// clock moved into January: the fourth quarter and the year published (republished when the demo has
// already), on 预警闭环 (全年) the 建议书 issued in a batch and one of them read back through LibreOffice
// (its 文号, the unit, the grade's wording); a grade-C unit's 廉政谈话 planned with its 主要负责人 (and
// on its page among the talks); 评先评优名单 lists him under 不得评先评优 and 按人员查询 answers for him.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { docxToPdf, pageText, pdfWords } from '../../helpers/office.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { hostApi, LEADER, INSPECTOR, readyStaff, signInAs, type Staff } from '../../rectification/e2e/steps.ts';
import type { ConsequenceRow, PeriodConsequences } from '../../../shared/consequences/index.ts';
import { periodLabel, type ChecklistGrid, type IndexGrid, type PublicationRow, type SchemeDetail } from '../../../shared/integrity/index.ts';
import type { PersonRow } from '../../../shared/registry/index.ts';
import type { Page as ListPage } from '../../../shared/kernel/common.ts';
import { daysBetween } from '../../../shared/kernel/workdays.ts';

/** The demo office's 案件监督管理室 clerk. */
const MANAGER: Staff = { username: 'anguan', displayName: '孙丽华' };

const TODAY_YEAR = Number(TEST_TODAY.slice(0, 4));
/** The year whose third quarter is the last one finished on the test day. */
const YEAR = TEST_TODAY >= `${TODAY_YEAR}-10-01` ? TODAY_YEAR : TODAY_YEAR - 1;
/** A day of the next January (not before the test day): the fourth quarter is over, the year may be published. */
const JANUARY = [TEST_TODAY, `${YEAR + 1}-01-11`].sort().at(-1) ?? TEST_TODAY;
/** The 期间 choices of 发布廉情指数 (quarter 0: the year). */
const PERIOD_NAMES = ['全年', '第一季度', '第二季度', '第三季度', '第四季度'];
/** Why a period published already is published again (the demo has published those before the test day). */
const REASONS = ['第三季度结果更正后，年度结果重新发布。', '', '', '复查发现一个村第三季度控制性检查结果录入有误，更正后重新发布。', '第三季度结果更正后重新发布。'];

type Call = ReturnType<typeof hostApi>;

/** A new session of the 案件监督管理室 clerk (readyStaff set the password the rectification steps use). */
async function managerSession(call: Call): Promise<string> {
  return (await call<{ token: string }>('auth.login', { username: MANAGER.username, password: 'Rect123456' })).token;
}

async function publications(call: Call, session: string, year: number): Promise<PublicationRow[]> {
  return (await call<PublicationRow[]>('integrity.publications', { year }, session)).filter((p) => p.supersededAt === null);
}

async function consequencesOf(call: Call, session: string, year: number, quarter: number, kind?: string): Promise<ConsequenceRow[]> {
  const rows: ConsequenceRow[] = [];
  for (let page = 0; ; page++) {
    const got = await call<PeriodConsequences>('consequences.period', { year, quarter, kind, page, pageSize: 100 }, session);
    rows.push(...got.rows);
    if (rows.length >= got.total || got.rows.length === 0) return rows;
  }
}

/**
 * A 行政村 绿 in the published third quarter with nothing called for, its checklist of that quarter
 * corrected to every point 未落实 (as the 监督检查室 enters a correction on 控制性检查): red once republished.
 */
async function correctedVillage(call: Call, session: string): Promise<{ id: number; name: string; points: number }> {
  const called = new Set((await consequencesOf(call, session, YEAR, 3)).map((r) => r.unitId));
  const grid = await call<IndexGrid>('integrity.grid', { year: YEAR, unitType: '行政村', page: 0, pageSize: 100 }, session);
  const village = grid.rows.find((r) => r.quarters[2]?.published && r.quarters[2].colour === '绿' && !called.has(r.unitId));
  if (!village) throw new Error(`no green village in ${YEAR} Q3`);
  const q3 = (await publications(call, session, YEAR)).find((p) => p.quarter === 3);
  if (!q3) throw new Error(`${YEAR} Q3 is not published`);
  const scheme = await call<SchemeDetail>('integrity.scheme', { id: q3.scheme.id }, session);
  const items = scheme.content.control.items.filter((i) => i.unitTypes.includes('行政村'));
  await call('integrity.setChecklist', { year: YEAR, quarter: 3, unitId: village.unitId, results: items.map((i) => ({ itemKey: i.key, result: '未落实' })) }, session);
  return { id: village.unitId, name: village.unitName, points: items.length };
}

/** The fourth quarter's checks the demo's clerks had not entered yet, entered (every point 落实) before it is published. */
async function finishFourthQuarter(call: Call, session: string): Promise<void> {
  for (;;) {
    const grid = await call<ChecklistGrid>('integrity.checklist', { year: YEAR, quarter: 4, onlyMissing: true, page: 0, pageSize: 100 }, session);
    if (grid.rows.length === 0) return;
    for (const row of grid.rows) {
      const results = row.cells.filter((c) => c.result === null).map((c) => ({ itemKey: c.itemKey, result: '落实' }));
      await call('integrity.setChecklist', { year: YEAR, quarter: 4, unitId: row.unitId, results }, session);
    }
  }
}

async function openPlatform(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '廉情指数' }).click();
  await expect(page.getByRole('heading', { name: '廉情指数', level: 1 })).toBeVisible();
  await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#/index?year=${YEAR}`);
  await expect(page.getByRole('heading', { name: '廉情指数', level: 1 })).toBeVisible();
}

/**
 * 发布 the period on 廉情指数 (a period published already: 重新发布 with the reason), then 查看预警闭环:
 * ends on the period's consequences page.
 */
async function publish(page: Page, quarter: number, republish: boolean): Promise<void> {
  await openPlatform(page);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '发布廉情指数' });
  await choose(dialog, '期间', `${YEAR}年${PERIOD_NAMES[quarter] ?? ''}`);
  await expect(dialog.getByLabel(/^(计算结果|已发布季度)$/).first()).toBeVisible({ timeout: 30_000 });
  if (republish) {
    await dialog.getByRole('textbox', { name: '重新发布理由' }).fill(REASONS[quarter] ?? '');
    await dialog.getByRole('button', { name: '重新发布', exact: true }).click();
  } else {
    await expect(dialog.getByRole('textbox', { name: '重新发布理由' })).toHaveCount(0);
    await dialog.getByRole('button', { name: '发布', exact: true }).click();
  }
  const done = page.getByRole('dialog', { name: '发布廉情指数' });
  await expect(done.getByRole('status')).toContainText(`已发布${periodLabel(YEAR, quarter)}廉情指数`, { timeout: 60_000 });
  await done.getByRole('link', { name: '查看预警闭环' }).click();
  await expect(page.getByRole('heading', { name: '预警闭环', level: 1 })).toBeVisible();
}

/** The consequences list's rows of a unit (searched by its name). */
async function rowsOfUnit(page: Page, unit: string): Promise<Locator> {
  await page.getByRole('searchbox', { name: '搜索单位名称' }).fill(unit);
  const rows = page.getByRole('grid', { name: '预警事项' }).getByRole('row').filter({ hasText: unit });
  await expect(rows.first()).toBeVisible();
  return rows;
}

test('预警闭环: a red quarter’s notice issued with its items; the year’s 建议书 issued in a batch and read back; a C unit’s talk planned and its leader on 不得评先评优', async ({ page, clockHost }) => {
  test.setTimeout(600_000);
  const call = hostApi(clockHost.url);
  await readyStaff(call, [MANAGER]);
  let session = await managerSession(call);
  const village = await correctedVillage(call, session);

  // ── the third quarter, republished with the reason: the corrected village is 红 ──
  await page.goto(clockHost.url);
  await signInAs(page, MANAGER);
  await publish(page, 3, true);
  await expect(page.getByLabel('期间', { exact: true })).toContainText('第三季度');
  const notice = (await rowsOfUnit(page, village.name)).filter({ hasText: '预警告知书' });
  await expect(notice).toContainText('红色');
  await expect(notice).toContainText('待拟制');

  // 拟制告知书: the draft opens in 发文登记 with a problem per control point 未落实; edited, previewed, 印发.
  await notice.getByRole('button', { name: '拟制告知书' }).click();
  await expect(page.getByRole('heading', { name: /^预警告知书：/, level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: '预警告知书' });
  for (let i = 1; i <= village.points; i++) {
    await expect(form.getByRole('group', { name: `问题${i}`, exact: true }).getByRole('textbox', { name: '问题描述' })).toHaveValue(/：未落实，/);
  }
  await expect(form.getByRole('group', { name: `问题${village.points + 1}`, exact: true })).toHaveCount(0);
  const requirements = form.getByRole('textbox', { name: '整改要求', exact: true });
  const added = '整改期间每半月报送一次整改进展。';
  await requirements.fill(`${await requirements.inputValue()}${added}`);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();
  await page.getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('region', { name: '公文预览' });
  await expect(preview).toContainText(village.name, { timeout: 30_000 });
  await expect(preview).toContainText(added);
  await expect(preview).toContainText('预告〔');
  await page.getByRole('button', { name: '印发', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '印发公文' });
  await expect(confirm).toContainText('生成整改事项');
  await confirm.getByRole('button', { name: '印发', exact: true }).click();
  await expect(confirm).toBeHidden();
  const issued = page.getByRole('dialog', { name: '已印发' });
  await issued.getByRole('button', { name: '确定' }).click();
  await expect(issued).toBeHidden();
  const numberLabel = page.getByLabel('文号', { exact: true });
  await expect(numberLabel).toHaveText(/预告〔\d{4}〕\d+号$/);
  const noticeNumber = (await numberLabel.textContent()) ?? '';

  // Its items, one per problem, on the notice's 整改情况.
  await page.getByRole('link', { name: '查看整改事项' }).click();
  await expect(page.getByRole('heading', { name: '预警告知书整改情况', level: 1 })).toBeVisible();
  await expect(page.getByLabel('文号')).toHaveText(noticeNumber);
  const items = page.getByRole('table', { name: '整改事项' });
  await expect(items.getByRole('row')).toHaveCount(1 + village.points);
  await expect(items.getByRole('row').filter({ hasText: '未落实' })).toHaveCount(village.points);
  await expect(items.getByRole('row').filter({ hasText: '未启动' })).toHaveCount(village.points);

  // ── January: the fourth quarter and the year published ──
  const before = new Set((await publications(call, session, YEAR)).map((p) => p.quarter));
  await clockHost.setDaysAhead(daysBetween(TEST_TODAY, JANUARY));
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await signInAs(page, MANAGER);
  session = await managerSession(call);
  if (!before.has(4)) await finishFourthQuarter(call, session);
  await publish(page, 4, before.has(4));
  await publish(page, 0, before.has(0));

  // 预警闭环 (全年): every unit's 建议书 drafted; 批量印发.
  const standing = page.getByLabel('预警建议书办理情况');
  await expect(standing).toContainText(/草稿 \d+ 份/);
  const drafts = Number(/草稿 (\d+) 份/.exec((await standing.textContent()) ?? '')?.[1]);
  expect(drafts).toBeGreaterThan(0);
  await page.getByRole('button', { name: '批量印发' }).click();
  const batch = page.getByRole('dialog', { name: '批量印发预警建议书' });
  await batch.getByRole('button', { name: `印发${drafts}份` }).click();
  await expect(page.getByText(`已印发预警建议书${drafts}份`)).toBeVisible({ timeout: 120_000 });
  await expect(standing).toContainText('草稿 0 份');

  // A grade-C unit (not by 一票否决) with one registered 主要负责人.
  const talks = (await consequencesOf(call, session, YEAR, 0, '廉政谈话')).filter((r) => r.state === '待安排' && !r.leaderMissing && !r.basis.includes('一票否决'));
  const talk = talks[0];
  if (!talk) throw new Error(`no grade-C unit of ${YEAR} to talk to`);
  const leaders = await call<ListPage<PersonRow>>('people.list', { unitId: talk.unitId, category: '主要负责人', status: '在职', page: 0, pageSize: 5 }, session);
  const chief = leaders.rows[0];
  if (!chief) throw new Error(`no 主要负责人 of ${talk.unitName}`);
  const rows = await rowsOfUnit(page, talk.unitName);

  // Its 建议书, downloaded and read back through LibreOffice: the 文号, the unit, the grade's wording.
  const advice = rows.filter({ hasText: '预警建议书' });
  await expect(advice).toContainText('已印发');
  const adviceNumber = (await advice.getByRole('link', { name: /预建〔\d{4}〕\d+号/ }).textContent()) ?? '';
  await advice.getByRole('link', { name: adviceNumber }).click();
  await expect(page.getByLabel('文号', { exact: true })).toHaveText(adviceNumber);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 .docx' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const printed = pdfWords(docxToPdf(readFileSync(await file.path()))).map(pageText).join('');
  expect(printed).toContain(adviceNumber);
  expect(printed).toContain(talk.unitName);
  expect(printed).toContain(`${YEAR}年度廉情指数`);
  expect(printed).toContain('评定为C级');
  expect(printed).toContain(`不得参加${YEAR}年度评先评优`);
  await page.goBack();
  await expect(page.getByRole('heading', { name: '预警闭环', level: 1 })).toBeVisible();

  // 安排谈话 with the unit's 主要负责人: planned, and on its own page among the talks.
  const row = (await rowsOfUnit(page, talk.unitName)).filter({ hasText: '廉政谈话' });
  await expect(row).toContainText('待安排');
  await row.getByRole('button', { name: '安排谈话' }).click();
  const dialog = page.getByRole('dialog', { name: '安排廉政谈话' });
  await expect(dialog.getByRole('combobox', { name: '谈话对象' })).toHaveValue(new RegExp(chief.name));
  await dialog.getByRole('textbox', { name: '地点', exact: true }).fill('县纪委监委谈话室');
  const interviewers = dialog.getByRole('combobox', { name: '谈话人' });
  for (const who of [LEADER, INSPECTOR]) {
    await interviewers.fill(who.displayName);
    await page.getByRole('option', { name: who.displayName, exact: true }).click();
  }
  await dialog.getByRole('button', { name: '安排', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('待谈话');
  await row.getByRole('link', { name: /待谈话$/ }).click();
  await expect(page.getByRole('heading', { name: /^谈话 /, level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(chief.name);
  await expect(page.getByRole('main')).toContainText('廉政谈话');

  // 评先评优名单: the main leader under 不得评先评优; 按人员查询 answers for him.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评先评优名单' }).click();
  await expect(page.getByRole('heading', { name: '评先评优名单', level: 1 })).toBeVisible();
  await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#/awards?year=${YEAR}`);
  await choose(page, '名单', '不得评先评优');
  await page.getByRole('searchbox', { name: '搜索单位或人员' }).fill(talk.unitName);
  const list = page.getByRole('grid', { name: `${YEAR}年度不得评先评优名单` });
  await expect(list.getByRole('row').filter({ hasText: talk.unitName })).toContainText(chief.name);
  const lookup = page.getByRole('region', { name: '按人员查询' });
  await lookup.getByRole('combobox', { name: '查询人员' }).fill(chief.name);
  await page.getByRole('option').filter({ hasText: chief.name }).filter({ hasText: talk.unitName }).first().click();
  await expect(lookup.getByRole('status', { name: '查询结果' })).toContainText('不得评先评优');
  await expect(lookup.getByRole('status', { name: '查询结果' })).toContainText(talk.unitName);
});
