// 谈话函询统计: a talk and a letter registered this year are counted by 类别 in the year's table
// (合计 included), by month, quarter and year; the chart is drawn; 导出Excel gives the same counts.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { INSPECTOR, readyOffice, registerThrough, signInAs, somePerson } from './ledgerSteps.ts';

interface Stats {
  types: string[];
  totals: { byType: Record<string, number>; total: number };
}

test('谈话函询统计: counts by 类别 and 结果 with 合计, by month, quarter and year, charted and exported', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const office = await readyOffice(demoHost.url);
  const year = Number(TEST_TODAY.slice(0, 4));
  const before = await office.call<Stats>('interviews.stats', { year, period: 'month' }, office.session);
  await registerThrough(office, { kind: '谈话', talkType: '约谈', person: await somePerson(office, 2), date: TEST_TODAY, cause: '统计测试' });
  await registerThrough(office, { kind: '函询', person: await somePerson(office, 3), date: TEST_TODAY, cause: '统计测试' });
  const after = await office.call<Stats>('interviews.stats', { year, period: 'month' }, office.session);
  expect(after.totals.byType['约谈'] ?? 0).toBe((before.totals.byType['约谈'] ?? 0) + 1);
  expect(after.totals.byType['函询'] ?? 0).toBe((before.totals.byType['函询'] ?? 0) + 1);

  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '谈话函询' }).click();
  await page.getByRole('button', { name: '统计', exact: true }).click();
  await expect(page.getByRole('heading', { name: '谈话函询统计', level: 1 })).toBeVisible();

  const byType = page.getByRole('table', { name: '按类别统计' });
  const headers = await byType.getByRole('columnheader').allTextContents();
  const totalRow = byType.getByRole('row').filter({ has: page.getByRole('cell', { name: '合计', exact: true }) });
  const cellOf = async (header: string) => (await totalRow.getByRole('cell').nth(headers.indexOf(header)).textContent())?.trim();
  expect(await cellOf('约谈')).toBe(String(after.totals.byType['约谈']));
  expect(await cellOf('函询')).toBe(String(after.totals.byType['函询']));
  expect(await cellOf('合计')).toBe(String(after.types.reduce((sum, t) => sum + (after.totals.byType[t] ?? 0), 0)));
  await expect(page.getByRole('table', { name: '按结果统计' }).or(page.getByRole('region', { name: '按结果统计' }).getByText('没有可统计的谈话函询。'))).toBeVisible();
  await expect(page.getByRole('img', { name: `${year}年谈话函询按类别统计图` })).toBeVisible();
  await expectAccessible(page, '谈话函询统计');

  await page.getByRole('combobox', { name: '统计周期' }).click();
  await page.getByRole('option', { name: '按季' }).click();
  await expect(byType.getByRole('row').filter({ hasText: `${year}年第` }).first()).toBeVisible();
  await page.getByRole('combobox', { name: '统计周期' }).click();
  await page.getByRole('option', { name: '按年' }).click();
  await expect(page.getByRole('img', { name: `${year - 4}—${year}年谈话函询按类别统计图` })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await (await downloading).path()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
  expect(texts).toContain('约谈');
  expect(texts).toContain('函询');
});
