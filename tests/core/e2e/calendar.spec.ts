// 节假日设置: the built-in official table shows, an administrator marks a date as 休 and sees it
// in the list and on the month grid, then restores it to the ordinary rule.
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, setupAdmin } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';

/** A Monday-to-Friday date in March of the given year (an ordinary working day). */
function weekdayInMarch(year: number): string {
  for (let day = 10; day < 17; day++) {
    const date = new Date(Date.UTC(year, 2, day));
    const dow = date.getUTCDay();
    if (dow >= 1 && dow <= 5) return date.toISOString().slice(0, 10);
  }
  throw new Error('no weekday found');
}

test('the official 2026 table is built in', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '节假日设置');
  await expect(page.getByText('系统已内置国务院办公厅公布的2025年、2026年节假日安排')).toBeVisible();
  await choose(page, '年度', '2026年');
  const table = page.getByRole('table', { name: '2026年节假日和调休上班日' });
  await expect(table.getByRole('row').filter({ hasText: '2026-01-01' })).toContainText('元旦');
  await expect(table.getByRole('row').filter({ hasText: '2026-01-01' })).toContainText('休');
  await expect(table.getByRole('row').filter({ hasText: '春节' }).first()).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '班' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: '2026年1月' }).getByRole('button', { name: /^1月1日 休/ })).toBeVisible();
});

test('mark a date as 休, see it listed, and restore it', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '节假日设置');
  const year = Number(TEST_TODAY.slice(0, 4)) + 1;
  const date = weekdayInMarch(year);
  const [, month, day] = date.split('-').map(Number);

  await page.getByRole('button', { name: '设置日期' }).click();
  const dialog = page.getByRole('dialog', { name: '设置日期' });
  await dialog.getByLabel('日期').fill(date);
  await choose(dialog, '类型', '休（放假）');
  await dialog.getByLabel('名称').fill('县庆');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('combobox', { name: '年度' })).toHaveText(`${year}年`);
  const table = page.getByRole('table', { name: `${year}年节假日和调休上班日` });
  const row = table.getByRole('row').filter({ hasText: date });
  await expect(row).toContainText('休');
  await expect(row).toContainText('县庆');
  await expect(page.getByRole('button', { name: `${month}月${day}日 休 县庆` })).toBeVisible();

  // The list is kept by the service: it is still there when the page is opened again.
  await openPage(page, '首页');
  await openPage(page, '节假日设置');
  await choose(page, '年度', `${year}年`);
  await expect(table.getByRole('row').filter({ hasText: date })).toContainText('县庆');

  await table.getByRole('row').filter({ hasText: date }).getByRole('button', { name: '恢复' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复普通规则' });
  await expect(confirm).toContainText('按普通规则计算');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(confirm).toBeHidden();
  await expect(table.getByRole('row').filter({ hasText: date })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `${month}月${day}日`, exact: true })).toBeVisible();
});
