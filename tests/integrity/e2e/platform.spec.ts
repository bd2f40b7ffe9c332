// 展示平台 over the demo county's last year (its finished quarters published): the grid in
// colour words and scores, filtered by colour and type and sorted by the year; the distribution and
// the A/B/C table with its C units; a C unit's page with its grade and trend; the 廉情指数表 exported
// and read back; the publications of the year. Seen by a 领导, and audited for accessibility.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { hostApi, LEADER, readyStaff, signInAs } from '../../rectification/e2e/steps.ts';
import { periodLabel, type IndexGrid, type PublicationRow, type YearResultView } from '../../../shared/integrity/index.ts';

/** The demo's last year: its quarters published ten days after their ends (the year after its fourth). */
const LAST = Number(TEST_TODAY.slice(0, 4)) - 1;

async function openYear(page: Page, year: number): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '廉情指数' }).click();
  await expect(page.getByRole('heading', { name: '廉情指数', level: 1 })).toBeVisible();
  await choose(page.getByRole('search'), '年度', `${year}年`);
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
}

/** The total the grid's pagination reports (1–25 共 200). */
async function shownTotal(page: Page): Promise<number> {
  const text = (await page.locator('.MuiTablePagination-displayedRows').first().textContent()) ?? '';
  return Number(/共\s*(\d+)/.exec(text)?.[1] ?? 'NaN');
}

/** The texts of one column of the grid's rows (0 the unit, 1–4 the quarters, 5 the year, 6 the type). */
async function column(page: Page, index: number): Promise<string[]> {
  const rows = page.getByRole('table', { name: '廉情指数表' }).locator('tbody tr');
  return rows.locator(`:is(td, th):nth-child(${index + 1})`).allTextContents();
}

test('展示平台: last year in colours and grades, filtered and sorted, its C units, the 廉情指数表 and the publications', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const session = (await readyStaff(call, [LEADER])).get(LEADER.username) ?? '';
  const all = await call<IndexGrid>('integrity.grid', { year: LAST, page: 0, pageSize: 1, sortField: 'name', sortDir: 'asc' }, session);
  const publications = await call<PublicationRow[]>('integrity.publications', { year: LAST }, session);
  const inForce = new Set(publications.filter((p) => p.supersededAt === null).map((p) => p.quarter));
  const yearly = await call<YearResultView>('integrity.computeYear', { year: LAST }, session);
  const cCount = yearly.units.filter((u) => u.grade === 'C').length;

  await page.goto(demoHost.url);
  await signInAs(page, LEADER);
  await openYear(page, LAST);
  const table = page.getByRole('table', { name: '廉情指数表' });
  await expect.poll(() => shownTotal(page)).toBe(all.total);
  // Each cell a colour word and a score with two decimals and 已发布 or 草稿: 已发布 in the quarters
  // published (a unit the publication did not hold shows its draft), none in the others.
  for (const q of [1, 2, 3, 4, 5]) {
    const texts = await column(page, q);
    const cell = q === 5 ? /^\d{1,3}\.\d{2} [ABC]级(已发布|草稿)|^未参评$/ : /^(绿|橙|红) \d{1,3}\.\d{2}(已发布|草稿)|^未参评$/;
    for (const text of texts) expect(text).toMatch(cell);
    expect(texts.some((t) => t.includes('已发布'))).toBe(inForce.has(q === 5 ? 0 : q));
  }
  await expectAccessible(page, '廉情指数展示平台');

  // 颜色 红: every unit listed was 红 in some quarter; 单位类型 行政村 on top of it.
  await choose(page.getByRole('search'), '颜色', '红');
  await expect.poll(() => shownTotal(page)).toBeLessThan(all.total);
  const red = await table.locator('tbody tr').allTextContents();
  expect(red.length).toBeGreaterThan(0);
  for (const row of red) expect(row).toContain('红 ');
  await choose(page.getByRole('search'), '单位类型', '行政村');
  await expect.poll(async () => [...new Set(await column(page, 6))]).toEqual(['行政村']);

  // Sorted by the year's score, highest first.
  await choose(page.getByRole('search'), '颜色', '全部');
  await choose(page.getByRole('search'), '单位类型', '全部');
  // Each click turns the order (kept in the address): the second only after the first has shown.
  await table.getByRole('button', { name: '年度' }).click();
  await expect(page).toHaveURL(/sort=year/);
  const first = page.url();
  await table.getByRole('button', { name: '年度' }).click();
  await expect(page).not.toHaveURL(first);
  await expect(page).toHaveURL(/sort=year&dir=desc/);
  await expect.poll(async () => {
    const scores = (await column(page, 5)).map((t) => Number(/^(\d+\.\d{2})/.exec(t)?.[1] ?? 'NaN')).filter((n) => !Number.isNaN(n));
    return scores.length > 1 && scores.every((s, i) => i === 0 || (scores[i - 1] ?? 0) >= s);
  }).toBe(true);

  // The distribution of the year by grade; the A/B/C table and its C units.
  const distribution = page.getByRole('region', { name: '结果分布' });
  await choose(distribution, '分布期间', '全年');
  await expect(distribution.getByRole('table', { name: `${LAST}年度结果分布表` }).getByRole('columnheader')).toHaveText(['单位类型', 'A级', 'B级', 'C级', '合计']);
  await expect(distribution.getByRole('img', { name: `${LAST}年度结果分布图` })).toBeVisible();
  const grades = page.getByRole('region', { name: '年度等级' });
  expect(cCount).toBeGreaterThan(0);
  await expect(grades.getByRole('heading', { name: `C级单位（${cCount}个）` })).toBeVisible();
  const cUnits = grades.getByRole('table', { name: 'C级单位' });
  await expect(cUnits.locator('tbody tr')).toHaveCount(cCount);

  // A C unit's page: the year graded C, its trend drawn and listed.
  const cName = (await cUnits.locator('tbody tr').first().getByRole('link').textContent()) ?? '';
  await cUnits.getByRole('link', { name: cName, exact: true }).click();
  await expect(page.getByRole('heading', { name: `${cName} 廉情指数`, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: `${LAST}年度` })).toContainText('C级');
  await expect(page.getByRole('img', { name: `${cName}廉情指数走势图` })).toBeVisible();
  await expect(page.getByRole('table', { name: '趋势数据' })).toContainText(`${LAST}年度`);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '单位廉情指数');
  await page.getByRole('link', { name: '返回展示平台' }).click();

  // 导出廉情指数表: the year's units, read back.
  await expect(page.getByRole('heading', { name: '廉情指数', level: 1 })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出廉情指数表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
  expect(texts).toContain(cName);

  // 发布记录: the year's publications, newest first, 现行 unless replaced.
  await page.getByRole('tab', { name: '发布记录' }).click();
  await choose(page.getByRole('search'), '年度', `${LAST}年`);
  const list = page.getByRole('table', { name: '发布记录' });
  await expect(list.locator('tbody tr')).toHaveCount(publications.length);
  const newest = [...publications].sort((x, y) => (x.publishedAt < y.publishedAt ? 1 : -1))[0];
  if (!newest) throw new Error('nothing of last year published');
  await expect(list.locator('tbody tr').first()).toContainText(periodLabel(newest.year, newest.quarter));
  await expect(list.locator('tbody tr').filter({ hasText: '现行' })).toHaveCount(publications.filter((p) => p.supersededAt === null).length);
});

