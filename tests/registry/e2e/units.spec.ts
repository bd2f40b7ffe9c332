// 单位管理 by the labels on the screen: a town, a village under it, an edit, 撤销/恢复.
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid, pickUnit, rowWith, setupAdmin } from '../../helpers/e2e/helpers.ts';

test('create a 镇（街道） and a village under it, edit the town and see the change in the list', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '单位管理');
  const list = grid(page, '单位列表');
  await expect(list).toContainText('暂无数据');

  await page.getByRole('button', { name: '新增单位' }).click();
  let dialog = page.getByRole('dialog', { name: '新增单位' });
  await expect(dialog.getByLabel('单位名称')).toBeFocused();
  await dialog.getByLabel('单位名称').fill('青山镇');
  await choose(dialog, '单位类型', '镇（街道）');
  await dialog.getByLabel('编制人数').fill('56');
  await dialog.getByLabel('主要负责人').fill('赵建国');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowWith(list, '青山镇')).toContainText('镇（街道）');
  await expect(rowWith(list, '青山镇')).toContainText('赵建国');

  // A village under it; Enter submits the form.
  await page.getByRole('button', { name: '新增单位' }).click();
  dialog = page.getByRole('dialog', { name: '新增单位' });
  await dialog.getByLabel('单位名称').fill('青山村');
  await choose(dialog, '单位类型', '行政村');
  await pickUnit(dialog, '上级单位', '青山', '青山镇');
  await dialog.getByLabel('编制人数').fill('7');
  await dialog.getByLabel('主要负责人').fill('钱大江');
  await dialog.getByLabel('主要负责人').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rowWith(list, '青山村')).toContainText('青山镇');

  // A wrong entry: the service's field message shows under the field.
  await page.getByRole('button', { name: '新增单位' }).click();
  dialog = page.getByRole('dialog', { name: '新增单位' });
  await dialog.getByLabel('单位名称').fill('青山镇');
  await choose(dialog, '单位类型', '镇（街道）');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('已有名为“青山镇”的单位');
  await expect(dialog.getByText('同一上级单位下已有同名单位')).toBeVisible();
  // Esc on a form with unsaved changes asks first.
  await dialog.press('Escape');
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(page.getByRole('dialog', { name: '新增单位' })).toHaveCount(0);

  // Edit the town: clicking its row opens 编辑单位 with the current values.
  await rowWith(list, '青山镇').getByRole('gridcell').first().click();
  dialog = page.getByRole('dialog', { name: '编辑单位' });
  await expect(dialog.getByLabel('单位名称')).toHaveValue('青山镇');
  await expect(dialog.getByLabel('编制人数')).toHaveValue('56');
  await dialog.getByLabel('单位名称').fill('青山镇人民政府');
  await dialog.getByLabel('编制人数').fill('60');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowWith(list, '青山镇人民政府')).toContainText('60');
  await expect(rowWith(list, '青山村')).toContainText('青山镇人民政府');

  // Editing the village shows its parent's name.
  await rowWith(list, '青山村').getByRole('button', { name: '编辑' }).click();
  dialog = page.getByRole('dialog', { name: '编辑单位' });
  await expect(dialog.getByLabel('上级单位')).toHaveValue('青山镇人民政府');
  await dialog.getByRole('button', { name: '取消' }).click();

  // A town with a village under it cannot be revoked; the village can, and back.
  await rowWith(list, '青山镇人民政府').getByRole('button', { name: '撤销单位' }).click();
  let confirm = page.getByRole('dialog', { name: '撤销单位' });
  await confirm.getByRole('button', { name: '撤销单位' }).click();
  await expect(confirm.getByRole('alert')).toContainText('未撤销的下级单位');
  await confirm.getByRole('button', { name: '取消' }).click();

  await rowWith(list, '青山村').getByRole('button', { name: '撤销单位' }).click();
  confirm = page.getByRole('dialog', { name: '撤销单位' });
  await confirm.getByRole('button', { name: '撤销单位' }).click();
  await expect(confirm).toBeHidden();
  await expect(rowWith(list, '青山村')).toContainText('已撤销');
  await rowWith(list, '青山村').getByRole('button', { name: '恢复单位' }).click();
  await page.getByRole('dialog', { name: '恢复单位' }).getByRole('button', { name: '恢复单位' }).click();
  await expect(rowWith(list, '青山村')).toContainText('正常');
});
