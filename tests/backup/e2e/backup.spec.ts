// 备份与恢复 in the browser: the administrator makes a backup from the page and sees it listed
// (beside the automatic one serve made at start); 查看 / 恢复 shows what the backup holds — the
// counts, the check passed — and says the current data is backed up first; restoring signs
// everyone out, and the 恢复前 backup is then listed.
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';

test('a backup made from the page is listed, and the restore dialog shows what it holds', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '备份与恢复');
  const list = page.getByRole('table', { name: '备份列表' });
  // serve makes the day's automatic backup when it starts.
  await expect(list.getByRole('row').filter({ hasText: '自动' })).toHaveCount(1);

  await page.getByRole('button', { name: '立即备份' }).click();
  const done = page.getByRole('status').filter({ hasText: '已备份并校验' });
  await expect(done).toBeVisible();
  await expect(done).toContainText(/单位 \d+ 个，人员 \d+ 名，信访件 \d+ 件/);
  const manual = list.getByRole('row').filter({ hasText: '手动' });
  await expect(manual).toHaveCount(1);
  const cells = await manual.getByRole('cell').allInnerTexts();
  const [units, people, tips] = [cells[2], cells[3], cells[4]];
  expect(Number(units)).toBeGreaterThan(100);

  await manual.getByRole('button', { name: '查看 / 恢复' }).click();
  const dialog = page.getByRole('dialog', { name: '备份内容' });
  const facts = dialog.getByRole('table', { name: '备份内容' });
  await expect(facts.getByRole('row', { name: /校验/ })).toContainText('通过');
  await expect(facts.getByRole('row', { name: /单位/ })).toContainText(`${units} 个`);
  await expect(facts.getByRole('row', { name: /人员/ })).toContainText(`${people} 名`);
  await expect(facts.getByRole('row', { name: /信访件/ })).toContainText(`${tips} 件`);
  await expect(dialog).toContainText('恢复前会先把当前数据备份到数据文件夹的 backups 中');

  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('已从备份恢复数据')).toBeVisible();
  await login(page, demoHost.url);
  await openPage(page, '备份与恢复');
  await expect(page.getByRole('table', { name: '备份列表' }).getByRole('row').filter({ hasText: '恢复前' })).toHaveCount(1);
});

test('a folder that does not exist is refused under its field', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '备份与恢复');
  await page.getByLabel('备份到文件夹（可选）').fill('/no/such/usb/drive');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('文件夹不存在或无法访问', { exact: true })).toBeVisible();
  await page.getByLabel('备份文件夹').fill('/no/such/backup');
  await page.getByRole('button', { name: '查看', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '备份内容' }).getByRole('alert')).toContainText('找不到文件夹');
});
