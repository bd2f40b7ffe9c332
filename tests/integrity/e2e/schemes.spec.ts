// 评分方案 as 案件监督管理室 would edit it: next year's scheme made from 默认方案, one control point's
// points raised (检查结果 names the unit types whose points no longer add up to 40), balanced by
// lowering another, saved, enabled after the confirmation, and then read-only with
// 新建本年更正版本 offered; the list shows the version 已启用.
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { hostApi, readyStaff, signInAs, type Staff } from '../../rectification/e2e/steps.ts';

/** The demo office's 案件监督管理室 (electron/services/tips/demo). */
const MANAGER: Staff = { username: 'anguan', displayName: '孙丽华' };

test('评分方案: a new year from 默认方案, one point changed and balanced, saved, enabled, frozen', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const year = Number(TEST_TODAY.slice(0, 4)) + 1;
  await readyStaff(hostApi(demoHost.url), [MANAGER]);
  await page.goto(demoHost.url);
  await signInAs(page, MANAGER);
  await openPage(page, '评分方案');

  await page.getByRole('button', { name: '新建方案' }).click();
  const dialog = page.getByRole('dialog', { name: '新建评分方案' });
  await dialog.getByRole('textbox', { name: '年度' }).fill(String(year));
  await dialog.getByRole('radio', { name: /^默认方案/ }).check();
  await dialog.getByRole('textbox', { name: '说明' }).fill(`${year}年度评分方案`);
  await dialog.getByRole('button', { name: '新建' }).click();
  await expect(dialog).toBeHidden();

  const title = `${year}年度评分方案 第1版`;
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const checks = page.getByRole('region', { name: '检查结果' });
  await expect(checks).toContainText('检查通过');
  await expectAccessible(page, '评分方案编辑');

  // 控制点2 is 财务双签 (10 points, every unit type): 12 makes each type's sum 42.
  const items = page.getByRole('table', { name: '控制点' });
  await expect(items.getByRole('textbox', { name: '控制点2 名称' })).toHaveValue('财务双签');
  await items.getByRole('textbox', { name: '控制点2 分值' }).fill('12');
  await expect(checks).toContainText('控制性：单位类型“行政村”的控制点分值合计42分，应等于控制性满分40分');
  // 控制点1 (三重一大集体决策, every unit type) down to 8 balances it.
  await items.getByRole('textbox', { name: '控制点1 分值' }).fill('8');
  await expect(checks).toContainText('检查通过');
  await expect(page.getByRole('button', { name: '启用' })).toBeDisabled();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  await page.getByRole('button', { name: '启用' }).click();
  const confirm = page.getByRole('dialog', { name: `启用${title}` });
  await expect(confirm).toContainText('启用后该版本不能再修改');
  await confirm.getByRole('button', { name: '启用' }).click();
  await expect(confirm).toBeHidden();

  await expect(page.getByText('该版本已启用，不能再修改。')).toBeVisible();
  await expect(items.getByRole('textbox', { name: '控制点2 分值' })).toHaveValue('12');
  await expect(items.getByRole('textbox', { name: '控制点2 分值' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '新建本年更正版本' })).toBeVisible();

  await page.getByRole('button', { name: '返回评分方案' }).click();
  const versions = page.getByRole('table', { name: `${year}年度评分方案` });
  await expect(versions.getByRole('row').filter({ hasText: '第1版' })).toContainText('已启用');
  await expect(versions.getByRole('row').filter({ hasText: '第1版' })).toContainText(MANAGER.displayName);
});
