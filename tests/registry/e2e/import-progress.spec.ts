// A roster of 20,000 people takes seconds to check and to write: the import dialog follows it
// as a job and shows the step and 已完成 N / 20,000 行 as it goes (every status line the dialog
// showed is recorded in the page, so none is missed between two looks), then the result.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { gridTotal, setupAdmin } from '../../helpers/e2e/helpers.ts';

const ROWS = 20_000;
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗');
const GIVEN = Array.from('明华国建军平志伟强敏静丽芳娟勇杰涛超秀英德');

async function writeSheet(file: string, header: string[], rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Keeps every text the page's status lines show, from now on. */
async function recordStatusLines(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusLines: string[] }).statusLines = seen;
    const look = () => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const statusLines = (page: Page) => page.evaluate(() => (window as unknown as { statusLines: string[] }).statusLines);

test('a 20,000-person roster: the dialog shows each step with 已完成 N / 20,000 行, then the result', async ({ page, host }) => {
  test.setTimeout(180_000);
  const dir = join(host.dir, 'files');
  mkdirSync(dir, { recursive: true });
  const units = join(dir, '单位.xlsx');
  await writeSheet(units, ['单位名称', '单位类型'], [['县档案馆', '事业单位']]);
  const people = join(dir, '人员.xlsx');
  const names = Array.from({ length: ROWS }, (_, i) => `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 21]}${GIVEN[Math.floor(i / 420) % 21]}${GIVEN[Math.floor(i / 8820) % 21]}`);
  await writeSheet(people, ['姓名', '所在单位', '职务', '职级', '是否中共党员', '身份类别'], names.map((n, i) => [n, '县档案馆', '科员', '科员及以下', i % 3 ? '是' : '否', '一般干部']));

  await setupAdmin(page, host.url);
  await openPage(page, '单位管理');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: '从Excel导入单位' });
  await dialog.getByLabel('选择Excel文件').setInputFiles(units);
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByRole('status')).toContainText('已导入 1 条');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await openPage(page, '人员管理');
  await recordStatusLines(page);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  dialog = page.getByRole('dialog', { name: '从Excel导入人员' });
  await dialog.getByLabel('选择Excel文件').setInputFiles(people);
  await expect(dialog.getByLabel('导入统计')).toContainText(`新增 ${ROWS} 人`, { timeout: 90_000 });
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByRole('status')).toContainText(`已导入：新增 ${ROWS} 人`, { timeout: 90_000 });

  const lines = await statusLines(page);
  const counted = lines.flatMap((line) => {
    const m = /^(逐行检查|写入名册)：已完成 ([\d,]+) \/ 20,000 行$/.exec(line);
    return m ? [{ step: m[1], done: Number(m[2]?.replace(/,/g, '')) }] : [];
  });
  // Both steps were shown with how far they were, and 写入名册 only after 逐行检查.
  expect(counted.some((c) => c.step === '逐行检查'), lines.join('\n')).toBe(true);
  expect(counted.some((c) => c.step === '写入名册'), lines.join('\n')).toBe(true);
  const writing = counted.filter((c) => c.step === '写入名册').map((c) => c.done);
  expect(writing).toEqual([...writing].sort((a, b) => a - b));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => gridTotal(page)).toBe(ROWS);
});
