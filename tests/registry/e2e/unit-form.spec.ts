// The unit form checks itself with the contract's schema: every problem named in one round,
// each gone as soon as it is fixed; closing with unsaved changes asks first.
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid, rowWith, setupAdmin } from '../../helpers/e2e/helpers.ts';

test('新增单位 names every problem at once, and each disappears when fixed', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '单位管理');
  await page.getByRole('button', { name: '新增单位' }).click();
  const dialog = page.getByRole('dialog', { name: '新增单位' });
  await dialog.getByLabel('编制人数').fill('-3');
  await dialog.getByRole('button', { name: '保存' }).click();

  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('请填写单位名称');
  await expect(alert).toContainText('请选择单位类型');
  await expect(alert).toContainText('编制人数不能为负数');
  await expect(dialog.getByText('请填写单位名称', { exact: true })).toBeVisible();

  await dialog.getByLabel('单位名称').fill('青山镇');
  await expect(dialog.getByText('请填写单位名称', { exact: true })).toHaveCount(0);
  await expect(alert).not.toContainText('请填写单位名称');
  await expect(alert).toContainText('编制人数不能为负数');

  await dialog.getByLabel('编制人数').fill('56');
  await choose(dialog, '单位类型', '镇（街道）');
  await expect(alert).toHaveCount(0);

  // 取消 with changes asks; 继续编辑 keeps them.
  await dialog.getByRole('button', { name: '取消' }).click();
  const ask = page.getByRole('dialog', { name: '放弃修改？' });
  await ask.getByRole('button', { name: '继续编辑' }).click();
  await expect(dialog.getByLabel('单位名称')).toHaveValue('青山镇');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowWith(grid(page, '单位列表'), '青山镇')).toContainText('镇（街道）');

  // An untouched form closes at once.
  await page.getByRole('button', { name: '新增单位' }).click();
  await page.getByRole('dialog', { name: '新增单位' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog', { name: '新增单位' })).toBeHidden();
});
