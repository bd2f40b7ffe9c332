// 系统设置, the tips rules: deadlines in working days, the due-soon warning, the repeat range
// and who may see reporters and the content — checked in the form, saved, and shown again on return.
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { setupAdmin } from '../../helpers/e2e/helpers.ts';

test('the tips settings are checked, saved and kept', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '系统设置');
  await expect(page.getByLabel('即将到期提醒天数')).toHaveValue('5');
  await expect(page.getByLabel('重复件比对范围（月）')).toHaveValue('24');
  await expect(page.getByLabel('拟办时限（工作日）')).toHaveValue('5');
  await expect(page.getByLabel('审批时限（工作日）')).toHaveValue('3');
  await expect(page.getByLabel('反馈时限（工作日）')).toHaveValue('15');
  const roles = page.getByRole('group', { name: '可查看举报人信息的角色' });
  await expect(roles.getByLabel('信访室')).toBeChecked();
  await expect(roles.getByLabel('系统管理员')).toBeChecked();
  await expect(roles.getByLabel('领导')).toBeChecked();
  await expect(roles.getByLabel('只读')).not.toBeChecked();
  const content = page.getByRole('group', { name: '可查看信访内容的角色' });
  await expect(content.getByLabel('监督检查室')).toBeChecked();
  await expect(content.getByLabel('只读')).not.toBeChecked();
  await expect(page.getByLabel('初步核实承办时限（工作日）')).toHaveValue('60');

  await page.getByLabel('即将到期提醒天数').fill('0');
  await roles.getByLabel('信访室').uncheck();
  await roles.getByLabel('系统管理员').uncheck();
  await roles.getByLabel('领导').uncheck();
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('即将到期提醒天数为1到30天', { exact: true })).toBeVisible();
  await expect(page.getByText('请至少选择一个可查看举报人信息的角色', { exact: true })).toBeVisible();

  await page.getByLabel('即将到期提醒天数').fill('7');
  await page.getByLabel('审批时限（工作日）').fill('4');
  await roles.getByLabel('信访室').check();
  await roles.getByLabel('领导').check();
  await content.getByLabel('只读').check();
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByRole('status')).toHaveText('设置已保存。');

  await openPage(page, '首页');
  await openPage(page, '系统设置');
  await expect(page.getByLabel('即将到期提醒天数')).toHaveValue('7');
  await expect(page.getByLabel('审批时限（工作日）')).toHaveValue('4');
  await expect(roles.getByLabel('信访室')).toBeChecked();
  await expect(roles.getByLabel('领导')).toBeChecked();
  await expect(roles.getByLabel('系统管理员')).not.toBeChecked();
  await expect(content.getByLabel('只读')).toBeChecked();
});
