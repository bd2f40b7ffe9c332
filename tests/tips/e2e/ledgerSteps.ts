// Steps on 问题线索台账 as a person takes them: open a tip by its number, answer a 查询码, and
// export the ledger (with or without the reporters) and read the file back.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, openPage } from '../../helpers/e2e/fixtures.ts';

/**
 * Searches the ledger for one tip's number and waits until the search has reached the address
 * (the box writes it there after a pause in typing) and the grid shows that one tip only
 * (header + 1 row). Both, because the grid can still show the one-row list of an earlier search
 * while the address is without it, and an export or a click then acts on the wrong list.
 */
async function searchNumber(page: Page, number: string): Promise<Locator> {
  // Coming from a searched ledger, the navigation clears the search: wait for the box to follow
  // the address, or the text typed next is dropped with it.
  const box = page.getByLabel('搜索编号、姓名、摘要');
  await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q'))).toBeNull();
  await expect(box).toHaveValue('');
  await box.fill(number);
  await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q'))).toBe(number);
  const grid = page.getByRole('grid', { name: '问题线索台账' });
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  const link = grid.getByRole('link', { name: number, exact: true });
  await expect(link).toBeVisible();
  return link;
}

/** From the ledger: search the number and open the tip. */
export async function openTip(page: Page, number: string): Promise<void> {
  await openPage(page, '问题线索台账');
  await (await searchNumber(page, number)).click();
  await expect(page.getByRole('heading', { name: `信访件 ${number}`, level: 1 })).toBeVisible();
}

/** 问题线索台账 → 查询码查询: returns the dialog showing the answer. */
export async function lookUpCode(page: Page, code: string): Promise<Locator> {
  await openPage(page, '问题线索台账');
  await page.getByRole('button', { name: '查询码查询' }).click();
  const dialog = page.getByRole('dialog', { name: '查询码查询' });
  await dialog.getByLabel('查询码').fill(code);
  await dialog.getByRole('button', { name: '查询', exact: true }).click();
  return dialog;
}

/**
 * 导出台账 of what the ledger shows (after searching `q`). `includeReporter` null: the role has
 * no reporter right, so the file comes at once; true/false: the dialog's 包含反映人信息 box.
 * Returns the header and data rows of the sheet as text.
 */
export async function exportLedger(page: Page, q: string, includeReporter: boolean | null): Promise<string[][]> {
  await openPage(page, '问题线索台账');
  await searchNumber(page, q);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出台账' }).click();
  if (includeReporter !== null) {
    const dialog = page.getByRole('dialog', { name: '导出台账' });
    const box = dialog.getByLabel('包含反映人信息');
    await expect(box).not.toBeChecked();
    if (includeReporter) {
      await box.check();
      await expect(dialog.getByText('此次导出会记入审计日志', { exact: false })).toBeVisible();
    }
    await dialog.getByRole('button', { name: '导出Excel' }).click();
    await expect(dialog).toBeHidden();
  } else {
    await expect(page.getByRole('dialog', { name: '导出台账' })).toHaveCount(0);
  }
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet in the export');
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  const header = rows.findIndex((r) => r.includes('编号'));
  if (header < 0) throw new Error('no header row in the export');
  return rows.slice(header);
}
