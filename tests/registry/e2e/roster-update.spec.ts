// The yearly roster update on the screen: export 人员名册, change one person's 职务 and drop
// another person of the same unit (with exceljs), import the file: the preview counts 1 更新 with
// the change, lists the dropped person; ticking 离任 and importing marks them 已离任 in the list.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { grid, rowWith } from '../../helpers/e2e/helpers.ts';

test('export, edit a cell and drop a row, import: 1 更新, the missing person listed and marked 已离任', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  await login(page, demoHost.url);
  await openPage(page, '人员管理');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const download = await downloading;

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('人员名册');
  if (!sheet) throw new Error('no sheet 人员名册');
  expect(sheet.getCell('A2').text).toBe('制表单位：中共临江县纪律检查委员会　临江县监察委员会');
  expect(sheet.getRow(3).getCell(4).text).toBe('身份证号');
  const text = (r: number, c: number) => sheet.getRow(r).getCell(c).text;
  // The first active person, and another active person of the same unit.
  let edited = 0;
  let dropped = 0;
  for (let r = 4; r <= sheet.rowCount && !dropped; r++) {
    if (text(r, 9) !== '在职') continue;
    if (!edited) edited = r;
    else if (text(r, 3) === text(edited, 3)) dropped = r;
  }
  if (!edited || !dropped) throw new Error('no two active people of one unit in the export');
  const editedName = text(edited, 2);
  const oldPost = text(edited, 5);
  const droppedName = text(dropped, 2);
  sheet.getRow(edited).getCell(5).value = '档案管理员';
  sheet.spliceRows(dropped, 1);
  const file = join(demoHost.dir, '人员名册（修改）.xlsx');
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '从Excel导入人员' });
  await dialog.getByLabel('选择Excel文件').setInputFiles(file);
  await expect(dialog.getByLabel('导入统计')).toContainText('新增 0 人，更新 1 人', { timeout: 30_000 });
  const preview = dialog.getByRole('table', { name: '导入预览' });
  await expect(preview.getByRole('row')).toHaveCount(2);
  await expect(preview).toContainText(editedName);
  await expect(preview).toContainText(`职务：${oldPost} → 档案管理员`);
  const missing = dialog.getByRole('region', { name: '名单中缺少的人员' });
  await expect(missing).toContainText(droppedName);
  await missing.getByLabel('将这 1 人标记为已离任').check();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByRole('status')).toContainText('更新 1 人', { timeout: 30_000 });
  await expect(dialog.getByRole('status')).toContainText('标记离任 1 人');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await page.getByLabel('搜索姓名').fill(droppedName);
  const list = grid(page, '人员列表');
  await expect(rowWith(list, droppedName).first()).toContainText('已离任');
  await page.getByLabel('搜索姓名').fill(editedName);
  await expect(list).toContainText('档案管理员');
});
