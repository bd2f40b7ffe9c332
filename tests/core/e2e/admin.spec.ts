// The administrator's pages: 系统设置 and 审计日志 (search, names in Chinese, 校验完整性).
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid, setupAdmin } from '../../helpers/e2e/helpers.ts';

test('settings are saved, and the audit log lists the changes in Chinese and verifies', async ({ page, host }) => {
  await setupAdmin(page, host.url);

  await openPage(page, '系统设置');
  await expect(page.getByLabel('自动锁定时间（分钟）')).toHaveValue('15');
  await page.getByLabel('密码错误次数上限').fill('2');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('密码错误次数上限为3到20次', { exact: true })).toBeVisible();
  await page.getByLabel('密码错误次数上限').fill('6');
  await page.getByLabel('锁定时长（分钟）').fill('30');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByRole('status')).toHaveText('设置已保存。');

  await openPage(page, '单位管理');
  await page.getByRole('button', { name: '新增单位' }).click();
  const dialog = page.getByRole('dialog', { name: '新增单位' });
  await dialog.getByLabel('单位名称').fill('临江县林业局');
  await choose(dialog, '单位类型', '机关部门');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await openPage(page, '审计日志');
  const log = grid(page, '审计日志');
  await expect(log.getByRole('row').filter({ hasText: '新增单位' })).toContainText('临江县林业局');
  await expect(log.getByRole('row').filter({ hasText: '修改系统设置' })).toContainText('密码错误次数上限：5 → 6');
  await page.getByLabel('搜索审计日志').fill('林业');
  await expect(log.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: '校验完整性' }).click();
  const result = page.getByRole('status').filter({ hasText: '审计日志' });
  await expect(result).toBeVisible();
  await expect(result).toHaveClass(/MuiAlert-standardSuccess|MuiAlert-colorSuccess/);
});
