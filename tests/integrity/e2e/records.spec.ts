// 监督发现 as 监督检查室 would enter it: a finding of a village registered (单位, 发现日期, 监督渠道,
// 来源, 问题内容 by their labels) and seen in the list; then 作废 with a reason — the row stays, struck
// through, shown only with 含已作废 ticked, with its reason.
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { choose, pickUnit } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { hostApi, INSPECTOR, readyStaff, signInAs, someVillage, type Staff } from '../../rectification/e2e/steps.ts';

/** The demo office's 案件监督管理室 (electron/services/tips/demo). */
const MANAGER: Staff = { username: 'anguan', displayName: '孙丽华' };

test('监督发现: registered and listed; 作废 with a reason, kept struck through', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const call = hostApi(demoHost.url);
  const sessions = await readyStaff(call, [MANAGER, INSPECTOR]);
  const manager = sessions.get(MANAGER.username) ?? '';
  // This year's scheme enabled (unless the demo enabled one already).
  const year = Number(TEST_TODAY.slice(0, 4));
  const versions = await call<Array<{ status: string }>>('integrity.schemes', { year }, manager);
  if (!versions.some((v) => v.status === '已启用')) {
    const made = await call<{ id: number; rowVersion: number }>('integrity.createScheme', { year, from: '默认方案', note: '测试' }, manager);
    await call('integrity.enableScheme', { id: made.id, rowVersion: made.rowVersion }, manager);
  }
  const village = await someVillage(call, manager);

  await page.goto(demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.evaluate(() => (location.hash = '#/index/findings'));
  await expect(page.getByRole('heading', { name: '监督发现问题', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: '登记' }).click();
  const dialog = page.getByRole('dialog', { name: '登记监督发现问题' });
  await pickUnit(dialog, '单位', village.name.slice(-3), village.name);
  await choose(dialog, '监督渠道', '审计');
  await dialog.getByRole('textbox', { name: '来源' }).fill('县审计局专项审计报告');
  await dialog.getByRole('textbox', { name: '问题内容' }).fill('村集体工程款未按合同约定拨付');
  await expectAccessible(page, '登记监督发现问题');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const list = page.getByRole('table', { name: '监督发现问题列表' });
  const row = list.getByRole('row').filter({ hasText: '村集体工程款未按合同约定拨付' });
  await expect(row).toContainText(village.name);
  await expect(row).toContainText('审计');
  await expect(row).toContainText(TEST_TODAY);
  await expectAccessible(page, '监督发现问题列表');

  await row.getByRole('button', { name: '作废' }).click();
  const withdraw = page.getByRole('dialog', { name: '作废' });
  await withdraw.getByRole('textbox', { name: '作废理由' }).fill('与审计整改通报重复登记');
  await withdraw.getByRole('button', { name: '作废' }).click();
  await expect(withdraw).toBeHidden();
  await expect(row).toHaveCount(0);

  // The box follows the address (the filter is kept there): click, then wait until it shows checked.
  const withWithdrawn = page.getByRole('checkbox', { name: '含已作废' });
  await withWithdrawn.click();
  await expect(withWithdrawn).toBeChecked();
  await expect(row).toContainText('已作废：与审计整改通报重复登记');
  await expect(row.getByRole('cell').filter({ hasText: '县审计局专项审计报告' })).toHaveCSS('text-decoration-line', 'line-through');
});
