// 问题线索台账 shows each reported person's unit and post; 列设置 chooses and orders the columns,
// kept for the person (after a reload and a new sign-in); the export states its filters and
// carries the new columns.
import type { Page } from '@playwright/test';
import { expect, login, openPage, signIn, test } from '../../helpers/e2e/fixtures.ts';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { choose } from '../../helpers/e2e/helpers.ts';

/** The grid's first column headers, in order (the grid renders the columns in view). */
async function headers(page: Page, n: number): Promise<string[]> {
  const grid = page.getByRole('grid', { name: '问题线索台账' });
  await expect(grid.getByRole('columnheader').first()).toBeVisible();
  return (await grid.getByRole('columnheader').allTextContents()).slice(0, n).map((t) => t.trim());
}

test('列设置: hide and reorder columns, kept for the person after a reload and a new sign-in', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '问题线索台账');
  await expect.poll(() => headers(page, 7)).toEqual(['编号', '收件日期', '办理状态', '时限', '被反映人', '被反映人单位', '被反映人职务']);
  // A person's unit and post as registered are in the rows.
  const grid = page.getByRole('grid', { name: '问题线索台账' });
  await expect(grid.locator('[data-field="peopleUnits"][role="gridcell"]').first()).not.toBeEmpty();

  await page.getByRole('button', { name: '列设置' }).click();
  const dialog = page.getByRole('dialog', { name: '列设置' });
  await dialog.getByRole('checkbox', { name: '收件日期' }).uncheck();
  await dialog.getByRole('button', { name: '上移“问题摘要”' }).click();
  await dialog.getByRole('button', { name: '上移“问题摘要”' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const arranged = ['编号', '办理状态', '时限', '被反映人', '被反映人单位', '问题摘要'];
  await expect.poll(() => headers(page, 6)).toEqual(arranged);

  await page.reload();
  await expect(page.getByRole('heading', { name: '问题线索台账', level: 1 })).toBeVisible();
  await expect.poll(() => headers(page, 6)).toEqual(arranged);

  await page.getByRole('button', { name: /退出/ }).first().click();
  await signIn(page);
  await openPage(page, '问题线索台账');
  await expect.poll(() => headers(page, 6)).toEqual(arranged);

  // 恢复默认 brings the office's order back.
  await page.getByRole('button', { name: '列设置' }).click();
  await dialog.getByRole('button', { name: '恢复默认' }).click();
  await expect(dialog.getByRole('checkbox', { name: '收件日期' })).toBeChecked();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => headers(page, 3)).toEqual(['编号', '收件日期', '办理状态']);
});

test('the export states the filter it was made with and carries 办结日期, 处理, 延期 and 反馈', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '问题线索台账');
  const figure = page.getByRole('status', { name: '符合条件的件数' });
  await expect(figure).toHaveText(/^共 \d+ 件$/);
  const all = (await figure.textContent()) ?? '';
  await choose(page, '办理状态', '已归档');
  await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('status'))).toBe('已归档');
  // The figure follows once the filtered list has come (the whole ledger's stays until then).
  await expect(figure).not.toHaveText(all);
  const shown = (await figure.textContent()) ?? '';
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出台账' }).click();
  const dialog = page.getByRole('dialog', { name: '导出台账' });
  await dialog.getByRole('button', { name: '导出Excel' }).click();
  await expect(dialog).toBeHidden();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await (await downloading).path()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet in the export');
  expect(sheet.getCell('A2').text).toBe('制表单位：中共临江县纪律检查委员会　临江县监察委员会');
  expect(sheet.getCell('A3').text).toBe('筛选条件：办理状态=已归档');
  const header = (sheet.getRow(4).values as unknown[]).slice(1).map(String);
  for (const h of ['被反映人单位', '被反映人职务', '办结日期', '处理', '延期', '反馈']) expect(header).toContain(h);
  expect(`共 ${sheet.rowCount - 4} 件`).toBe(shown);
  // An archived tip was concluded: its 办结日期 is there.
  const concluded = sheet.getRow(5).getCell(header.indexOf('办结日期') + 1).value;
  expect(concluded).toBeInstanceOf(Date);
});
