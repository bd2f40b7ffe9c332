// 联系干部 on the demo county, by the labels on the screen: a unit's 联系干部 chosen in its form
// and shown in the ledger (and found by the ledger's filter); then 批量设置联系干部 for every
// village the 上级单位 filter finds, from the keyboard.
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, columnValues, grid, gridTotal, pickUnit, rowWith } from '../../helpers/e2e/helpers.ts';

// The demo gives the towns, villages and the departments with 整改事项 their 联系干部 (林志强 one
// town's, 赵晓峰 the others'); 县林业局 has none.
test('edit a unit, choose its 联系干部 by the label, see it in the ledger and filter by it', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '单位管理');
  const list = grid(page, '单位列表');
  await page.getByLabel('搜索单位名称').fill('县林业局');
  const unit = rowWith(list, '县林业局');
  await unit.getByRole('button', { name: '编辑' }).click();

  const dialog = page.getByRole('dialog', { name: '编辑单位' });
  await expect(dialog.getByRole('combobox', { name: '联系干部' })).toContainText('（无）');
  await choose(dialog, '联系干部', '林志强');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(unit.locator('[data-field="liaisonName"]')).toHaveText('林志强');

  // The form shows it when opened again; “（无）” clears it.
  await unit.getByRole('button', { name: '编辑' }).click();
  await expect(dialog.getByRole('combobox', { name: '联系干部' })).toContainText('林志强');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  // The ledger's 联系干部 filter finds it.
  await page.getByLabel('搜索单位名称').fill('');
  await choose(page, '联系干部', '林志强');
  await expect.poll(() => columnValues(list, 'name')).toContain('县林业局');
});

test('批量设置联系干部 for every unit under 城关镇, then clear it', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '单位管理');
  const list = grid(page, '单位列表');
  await expect.poll(() => gridTotal(page)).toBeGreaterThan(1);
  const everyUnit = await gridTotal(page);
  await pickUnit(page.locator('body'), '上级单位', '城关镇', '城关镇');
  // Wait for the filtered list itself (the whole register's count shows until it arrives).
  await expect.poll(() => gridTotal(page)).toBeLessThan(everyUnit);
  const total = await gridTotal(page);
  expect(total).toBeGreaterThan(1);

  await page.getByRole('button', { name: '批量设置联系干部' }).click();
  const dialog = page.getByRole('dialog', { name: '批量设置联系干部' });
  await expect(dialog).toContainText(`上级单位：城关镇`);
  await expect(dialog).toContainText(`共 ${total} 个单位`);
  // The select has the focus: the keyboard opens it, picks and submits.
  const select = dialog.getByRole('combobox', { name: '联系干部' });
  await expect(select).toBeFocused();
  await choose(dialog, '联系干部', '赵晓峰');
  await dialog.getByRole('button', { name: '设置联系干部' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已将 ${total} 个单位的联系干部设为“赵晓峰”`)).toBeVisible();
  await expect.poll(async () => [...new Set(await columnValues(list, 'liaisonName'))]).toEqual(['赵晓峰']);

  // The same again changes nothing and says so.
  await page.getByRole('button', { name: '批量设置联系干部' }).click();
  await choose(dialog, '联系干部', '赵晓峰');
  await dialog.getByRole('button', { name: '设置联系干部' }).click();
  await expect(dialog.getByRole('alert')).toContainText('无需更改');
  // “（无）” clears them all.
  await choose(dialog, '联系干部', '（无）');
  await dialog.getByRole('button', { name: '设置联系干部' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已清除 ${total} 个单位的联系干部`)).toBeVisible();
  await expect.poll(async () => [...new Set(await columnValues(list, 'liaisonName'))]).toEqual(['']);
});
