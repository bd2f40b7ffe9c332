// The inputs of the 廉情指数 on the screen: a 监督检查室 officer sets a village's control point in
// the checklist grid and sees who entered it; then imports a survey sheet (made here with exceljs)
// through the preview and 确认导入, and sees the rates in the table. The period is the test day's.
import ExcelJS from 'exceljs';
import { expect, test, ADMIN } from '../../helpers/e2e/fixtures.ts';
import { hostApi, INSPECTOR, isoDay, readyStaff, signInAs } from '../../rectification/e2e/steps.ts';

interface SchemeRow {
  id: number;
  status: string;
  rowVersion: number;
}

test('a checklist cell set in the grid names who entered it; a survey sheet is previewed and imported', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const today = isoDay(0);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const sessions = await readyStaff(call, [INSPECTOR]);
  const session = sessions.get(INSPECTOR.username) as string;
  // The year's scheme in force: the demo's, or the default enabled here by the administrator.
  const admin = (await call<{ token: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).token;
  const schemes = await call<SchemeRow[]>('integrity.schemes', { year }, admin);
  if (!schemes.some((s) => s.status === '已启用')) {
    const draft = await call<SchemeRow>('integrity.createScheme', { year, from: '默认方案', note: '' }, admin);
    await call('integrity.enableScheme', { id: draft.id, rowVersion: draft.rowVersion }, admin);
  }
  const grid = await call<{ rows: Array<{ unitId: number; unitName: string; parentName: string }> }>(
    'integrity.checklist', { year, quarter, unitType: '行政村', onlyMissing: false, page: 0, pageSize: 1 }, session,
  );
  const village = grid.rows[0];
  if (!village) throw new Error('no village scored in the period');

  await page.goto(demoHost.url);
  await signInAs(page, INSPECTOR);
  const q = encodeURIComponent(village.unitName);
  await page.goto(new URL(`#/index/checklist?year=${year}&quarter=${quarter}&unitType=${encodeURIComponent('行政村')}&q=${q}`, demoHost.url).toString());
  const cell = page.getByLabel(`${village.unitName} 三重一大集体决策`, { exact: true });
  await cell.selectOption('部分落实');
  await expect(page.getByLabel(`${village.unitName} 三重一大集体决策 录入人`)).toHaveText(INSPECTOR.displayName);
  await expect(cell).toHaveValue('部分落实');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('满意度调查');
  ws.addRow([`${year}年第${quarter}季度 满意度调查结果`]);
  ws.addRow(['单位名称', '所属乡镇', '单位类型', '民意调查满意率（%）', '经济主体调查满意率（%）']);
  ws.addRow([village.unitName, village.parentName, '行政村', 87.35, 91]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await page.goto(new URL(`#/index/measures?kind=${encodeURIComponent('满意度调查')}&year=${year}&quarter=${quarter}&q=${q}`, demoHost.url).toString());
  // The checklist page has its own 导入: wait for the measures page before clicking.
  await expect(page.getByRole('table', { name: '满意度调查数据' })).toBeVisible();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('选择Excel文件').setInputFiles({ name: '满意度调查.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  const preview = dialog.getByRole('table', { name: '导入预览' });
  await expect(preview.getByRole('row').nth(1)).toContainText(village.unitName);
  await expect(preview.getByRole('row').nth(1)).toContainText('87.35');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByRole('status')).toContainText('已导入 1 行');
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();
  const table = page.getByRole('table', { name: '满意度调查数据' });
  const row = table.getByRole('row').filter({ hasText: village.unitName });
  await expect(row).toContainText('87.35');
  await expect(row).toContainText('91.00');
  await expect(row).toContainText(INSPECTOR.displayName);
});
