// On the demo county: finding units by short and longer queries, and the Excel export.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { columnValues, grid, gridTotal, nameCell } from '../../helpers/e2e/helpers.ts';

test('find a unit by a 2-character and by a 4-character query', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '单位管理');
  const list = grid(page, '单位列表');
  await expect.poll(() => gridTotal(page)).toBe(200);

  const search = page.getByLabel('搜索单位名称');
  await search.fill('东湖');
  await expect.poll(() => gridTotal(page)).toBeLessThan(200);
  const short = await columnValues(list, 'name');
  expect(short.length).toBeGreaterThan(0);
  for (const name of short) expect(name).toContain('东湖');
  await expect(nameCell(list, '东湖街道')).toBeVisible();

  await search.fill('交通建设');
  await expect(nameCell(list, '临江县交通建设投资有限公司')).toBeVisible();
  await expect.poll(async () => (await columnValues(list, 'name')).every((n) => n.includes('交通建设'))).toBe(true);

  // A single character is a search too.
  await search.fill('湖');
  await expect.poll(async () => (await columnValues(list, 'name')).every((n) => n.includes('湖'))).toBe(true);

  await search.fill('不存在的单位名');
  await expect(list).toContainText('暂无数据');
});

test('export 单位 to Excel and read the file back', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '单位管理');
  await expect.poll(() => gridTotal(page)).toBe(200);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^单位名册_\d{8}\.xlsx$/);
  const path = await download.path();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet in the export');
  expect(sheet.name).toBe('单位名册');
  const headerRow = [1, 2, 3].map((n) => sheet.getRow(n)).find((r) => r.getCell(2).text === '单位名称');
  if (!headerRow) throw new Error('no header row in the first three rows');
  const headers = (headerRow.values as unknown[]).slice(1).map(String);
  expect(headers).toEqual(['序号', '单位名称', '单位类型', '上级单位', '编制人数', '主要负责人', '联系干部', '在职人数', '状态']);
  expect(sheet.actualRowCount - headerRow.number).toBe(200);
});
