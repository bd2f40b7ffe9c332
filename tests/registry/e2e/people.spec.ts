// 人员管理 by the labels on the screen: create a person and edit them.
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid, pickUnit, rowWith, setupAdmin } from '../../helpers/e2e/helpers.ts';

test('create and edit a person by the labels of the form', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '单位管理');
  for (const [name, type] of [['临江县财政局', '机关部门'], ['临江县审计局', '机关部门']] as const) {
    await page.getByRole('button', { name: '新增单位' }).click();
    const dialog = page.getByRole('dialog', { name: '新增单位' });
    await dialog.getByLabel('单位名称').fill(name);
    await choose(dialog, '单位类型', type);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  await openPage(page, '人员管理');
  const list = grid(page, '人员列表');
  await page.getByRole('button', { name: '新增人员' }).click();
  let dialog = page.getByRole('dialog', { name: '新增人员' });
  await expect(dialog.getByLabel('姓名')).toBeFocused();

  // Saving with nothing filled names what is missing, under each field.
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请填写姓名');
  await expect(dialog.getByText('请填写职务', { exact: true })).toBeVisible();
  await expect(dialog.getByText('请选择所在单位', { exact: true })).toBeVisible();

  await dialog.getByLabel('姓名').fill(' 孙明 ');
  await pickUnit(dialog, '所在单位', '财政', '临江县财政局');
  await dialog.getByLabel('职务').fill('副局长');
  await choose(dialog, '职级', '副科级');
  await choose(dialog, '是否中共党员', '是');
  await choose(dialog, '身份类别', '班子成员');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = rowWith(list, '孙明');
  await expect(row).toContainText('临江县财政局');
  await expect(row).toContainText('副局长');
  await expect(row).toContainText('副科级');
  await expect(row.locator('[data-field="partyMember"]')).toHaveText('是');
  await expect(row).toContainText('在职');

  // Edit: another unit, post and rank; the list shows the change.
  await row.getByRole('button', { name: '编辑' }).click();
  dialog = page.getByRole('dialog', { name: '编辑人员' });
  await expect(dialog.getByLabel('所在单位')).toHaveValue('临江县财政局');
  await pickUnit(dialog, '所在单位', '审计', '临江县审计局');
  await dialog.getByLabel('职务').fill('局长');
  await choose(dialog, '职级', '正科级');
  await choose(dialog, '身份类别', '主要负责人');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowWith(list, '孙明')).toContainText('临江县审计局');
  await expect(rowWith(list, '孙明')).toContainText('局长');
  await expect(rowWith(list, '孙明')).toContainText('主要负责人');

  // 离任, then filter by 状态.
  await rowWith(list, '孙明').getByRole('button', { name: '离任' }).click();
  await page.getByRole('dialog', { name: '离任' }).getByRole('button', { name: '确认离任' }).click();
  await expect(rowWith(list, '孙明')).toContainText('已离任');
  await choose(page.getByRole('search'), '状态', '在职');
  await expect(list).toContainText('暂无数据');
});
