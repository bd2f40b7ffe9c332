// Import from Excel: a file with errors is shown row by row and writes nothing; a correct
// file (with a title line above the header) is imported whole.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { grid, gridTotal, nameCell, rowWith, setupAdmin } from '../../helpers/e2e/helpers.ts';

async function writeXlsx(dir: string, fileName: string, rows: Array<Array<string | number | null>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位名册');
  for (const row of rows) sheet.addRow(row);
  const file = join(dir, fileName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

const HEADER = ['单位名称', '单位类型', '上级单位', '编制人数', '主要负责人'];

test('an xlsx with errors shows every row error, 确认导入 stays disabled and nothing is written', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '单位管理');
  const file = await writeXlsx(host.dir, '有错误的单位表.xlsx', [
    HEADER,
    ['白沙镇', '镇（街道）', '', 40, '周海'],
    ['白沙村', '村民小组', '白沙镇', 8, '吴江'],
    ['', '行政村', '白沙镇', 6, '郑河'],
    ['红星社区', '社区', '白沙镇', 'abc', '冯山'],
  ]);

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '从Excel导入单位' });
  await expect(dialog.getByRole('button', { name: '选择文件' })).toBeVisible();
  await dialog.getByLabel('选择Excel文件').setInputFiles(file);

  const errors = dialog.getByRole('alert', { name: '行错误' });
  await expect(errors).toContainText('第3行：单位类型“村民小组”无效');
  await expect(errors).toContainText('第4行：');
  await expect(errors).toContainText('请填写单位名称');
  await expect(errors).toContainText('第5行：编制人数“abc”不是整数');
  await expect(dialog).toContainText('工作表：单位名册');
  await expect(dialog.getByRole('table', { name: '导入预览' })).toContainText('白沙镇');
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled();

  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid(page, '单位列表')).toContainText('暂无数据');

  // Not an xlsx at all: the service's message in an Alert.
  const notXlsx = join(host.dir, '单位.csv');
  writeFileSync(notXlsx, '单位名称,单位类型\n白沙镇,镇（街道）\n');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByRole('dialog', { name: '从Excel导入单位' }).getByLabel('选择Excel文件').setInputFiles(notXlsx);
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('不是 .xlsx 文件');
});

test('a correct xlsx with a title line above the header is imported whole and listed', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '单位管理');
  const rows: Array<Array<string | number | null>> = [
    ['临江县预警对象名册（2026年）'],
    HEADER,
    ['白沙镇', '镇（街道）', '', 40, '周海'],
    ['白沙村', '行政村', '白沙镇', 8, '吴江'],
    ['红星社区', '社区', '白沙镇', 12, '冯山'],
    ['临江县水利局', '机关部门', '', 35, '陈水'],
    ['白沙镇农业服务中心', '事业单位', '白沙镇', 9, ''],
  ];
  const file = await writeXlsx(host.dir, '单位名册.xlsx', rows);

  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '从Excel导入单位' });
  await dialog.getByLabel('选择Excel文件').setInputFiles(file);
  const preview = dialog.getByRole('table', { name: '导入预览' });
  await expect(preview.getByRole('row')).toHaveCount(6);
  await expect(dialog).toContainText('共读取 5 行');
  await expect(dialog.getByRole('alert', { name: '行错误' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已导入 5 条');
  await dialog.getByRole('button', { name: '关闭' }).click();

  const list = grid(page, '单位列表');
  await expect.poll(() => gridTotal(page)).toBe(5);
  for (const name of ['白沙镇', '白沙村', '红星社区', '临江县水利局', '白沙镇农业服务中心']) {
    await expect(nameCell(list, name)).toBeVisible();
  }
  await expect(rowWith(list, '白沙村')).toContainText('白沙镇');
});
