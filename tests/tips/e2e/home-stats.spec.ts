// On the demo county: the tips dashboard on 首页 (for the administrator and for a leader), and
// 信访统计 — the table with 合计, the chart, and the exported 信访举报统计表 read back.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';

/** The demo office's leader (created with the demo data; must change the password first). */
const LEADER = { username: 'lingdao', demoPassword: 'Demo12345', password: 'Lead123456' };

const LISTS = [
  { title: '我的逾期事项', empty: '暂无逾期事项' },
  { title: '即将到期事项', empty: '暂无即将到期事项' },
  { title: '待我办理', empty: '暂无待办事项' },
];

/** The number shown on a figure of the dashboard. */
async function figure(page: Page, title: string): Promise<number> {
  const text = (await page.getByRole('region', { name: title, exact: true }).locator('p').nth(1).textContent()) ?? '';
  return Number(text.replace(/,/g, ''));
}

/**
 * Every item of a list is a link to its tip, or the list says plainly that it is empty. Waits
 * for the list to show one or the other first (on a busy machine it may still be loading).
 */
async function expectListShape(list: Locator, empty: string): Promise<number> {
  const items = list.getByRole('link');
  await expect(items.first().or(list.getByText(empty, { exact: true }))).toBeVisible();
  const count = await items.count();
  if (count === 0) await expect(list).toContainText(empty);
  for (let i = 0; i < count; i++) await expect(items.nth(i)).toHaveAttribute('href', /^#\/tips\/\d+$/);
  return count;
}

test('首页 shows the tips dashboard: figures, three lists, links to the tips', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  const section = page.getByRole('region', { name: '信访举报', exact: true });
  await expect(section).toBeVisible();
  for (const title of ['在办', '逾期', '即将到期', '本年受理']) await expect(section.getByRole('region', { name: title, exact: true })).toBeVisible();
  expect(await figure(page, '在办')).toBeGreaterThan(0);
  expect(await figure(page, '逾期')).toBeGreaterThan(0);
  // The administrator handles no tips: the lists say so plainly.
  for (const { title, empty } of LISTS) expect(await expectListShape(section.getByRole('region', { name: title }), empty)).toBe(0);
  // The registry figures are still there below.
  await expect(page.getByRole('region', { name: '单位总数' })).toContainText('200');

  // The 逾期 figure leads to the ledger.
  await section.getByRole('link', { name: '查看逾期件' }).click();
  await expect(page.getByRole('heading', { name: '问题线索台账', level: 1 })).toBeVisible();
});

test('a leader sees what waits for approval and what is overdue, and opens a tip from there', async ({ page, demoHost }) => {
  await page.goto(demoHost.url);
  await page.getByLabel('用户名').fill(LEADER.username);
  await page.getByLabel('密码').fill(LEADER.demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
  await page.getByLabel('原密码').fill(LEADER.demoPassword);
  await page.getByLabel('新密码', { exact: true }).fill(LEADER.password);
  await page.getByLabel('确认新密码').fill(LEADER.password);
  await page.getByRole('button', { name: '修改密码并继续' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();

  const section = page.getByRole('region', { name: '信访举报', exact: true });
  const overdue = section.getByRole('region', { name: '我的逾期事项' });
  expect(await expectListShape(overdue, '暂无逾期事项')).toBeGreaterThan(0);
  await expect(overdue.getByRole('link').first().getByText('逾期', { exact: true })).toBeVisible();

  const awaiting = section.getByRole('region', { name: '待我办理' });
  expect(await expectListShape(awaiting, '暂无待办事项')).toBeGreaterThan(0);
  await expect(awaiting.getByRole('link').filter({ hasText: '待审批' }).first()).toBeVisible();
  await expectListShape(section.getByRole('region', { name: '即将到期事项' }), '暂无即将到期事项');

  const first = awaiting.getByRole('link').first();
  const number = (await first.locator('span').first().textContent()) ?? '';
  expect(number).toMatch(/^XF-\d{4}-\d{4}$/);
  await first.click();
  await expect(page).toHaveURL(/#\/tips\/\d+$/);
  await expect(page.getByRole('heading', { name: `信访件 ${number}`, level: 1 })).toBeVisible();
});

test('信访统计: table with 合计, chart, other periods and items, and the Excel export', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '信访统计');
  await expect(page.getByRole('combobox', { name: '年度' })).toHaveText(`${TEST_TODAY.slice(0, 4)}年`);
  // The demo holds the tips of the year before today: take a year well inside it.
  const year = Number(testDay(-60).slice(0, 4));
  await choose(page, '年度', `${year}年`);
  // Read the table only once it shows the chosen year (it is counted anew on every choice).
  await expect(page.getByText(`${year}年信访举报来源渠道统计（按月`)).toBeVisible();

  const table = page.getByRole('table', { name: '信访举报统计表' });
  const header = table.getByRole('row').first();
  await expect(header.getByRole('columnheader')).toHaveText(['来源渠道', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '合计']);
  const totalRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '合计', exact: true }) });
  await expect(totalRow).toHaveCount(1);
  const grandTotal = Number(await totalRow.getByRole('cell').last().textContent());
  expect(grandTotal).toBeGreaterThan(0);

  // Each row's 合计 is the sum of its months; the 合计 row is the sum of the rows.
  const rows = table.getByRole('row');
  let sumOfRows = 0;
  for (let i = 1; i < (await rows.count()) - 1; i++) {
    const cells = (await rows.nth(i).getByRole('cell').allTextContents()).map(Number);
    const total = cells.pop() ?? NaN;
    expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
    sumOfRows += total;
  }
  expect(sumOfRows).toBe(grandTotal);
  await expect(page.getByText(/重复件不重复统计.*未计入上表/)).toBeVisible();
  await expect(page.getByRole('img', { name: `${year}年信访举报来源渠道统计图` }).locator('svg')).toBeVisible();

  await choose(page, '统计周期', '按季度');
  await expect(header.getByRole('columnheader')).toHaveText(['来源渠道', '一季度', '二季度', '三季度', '四季度', '合计']);
  await expect(totalRow.getByRole('cell').last()).toHaveText(String(grandTotal));

  await choose(page, '统计项目', '处置方式');
  await expect(header.getByRole('columnheader').first()).toHaveText('处置方式');
  await expect(table).toContainText('谈话函询');
  await expect(totalRow.getByRole('cell').last()).toHaveText(String(grandTotal));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^信访举报统计表.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['来源渠道', '问题类别', '处置方式', '办理结果', '处理']);
  const sheet = workbook.getWorksheet('来源渠道');
  if (!sheet) throw new Error('no 来源渠道 sheet');
  expect(sheet.getCell('A1').text).toContain('信访举报统计表');
  expect(sheet.getCell('A1').text).toContain(String(year));
  let sheetTotal: number | null = null;
  sheet.eachRow((row) => {
    if (row.getCell(1).text === '合计') sheetTotal = Number(row.getCell(14).value);
  });
  expect(sheetTotal).toBe(grandTotal);
});
