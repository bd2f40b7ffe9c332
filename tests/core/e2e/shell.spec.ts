// The app keeps the person's place: a ledger's search, filters, sort and page live in the
// address (返回台账, Back and F5 bring the same list back); F5 keeps the person signed in in that
// window; the idle lock covers the page and keeps every draft; leaving a half-filled form asks.
import type { Page } from '@playwright/test';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { DEMO_CLERK as CLERK, choose, grid, gridTotal, signInAsDemoClerk as signInAsClerk } from '../../helpers/e2e/helpers.ts';

const rowNumbers = (page: Page) =>
  grid(page, '问题线索台账').locator('.MuiDataGrid-row [data-field="number"]').allTextContents();

test('a ledger keeps its search, filters, sort and page through a tip, 返回台账, Back and F5', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '问题线索台账' }).click();
  const ledger = grid(page, '问题线索台账');
  await expect(ledger.getByRole('row').nth(1)).toBeVisible();
  const everything = await gridTotal(page);

  await choose(page, '办理状态', '已归档');
  await expect.poll(() => gridTotal(page)).toBeLessThan(everything);
  const concluded = await gridTotal(page);
  expect(concluded).toBeGreaterThan(25);
  await ledger.getByRole('columnheader', { name: '编号' }).click();
  await expect(page).toHaveURL(/sort=number/);
  // The first page in number order, as shown once the sorted rows are there.
  await expect.poll(async () => {
    const rows = await rowNumbers(page);
    return rows.length > 0 && [...rows].sort().join() === rows.join();
  }).toBe(true);
  const firstPage = await rowNumbers(page);
  await page.getByRole('button', { name: /下一页|Go to next page/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('.MuiTablePagination-displayedRows')).toContainText(`26–50 共 ${concluded}`);
  // The counter moves at once; the rows once the second page has answered: the numbers after the first page's.
  const last = firstPage.at(-1) ?? '';
  await expect.poll(async () => {
    const rows = await rowNumbers(page);
    return rows.length > 0 && rows.every((n) => n > last);
  }).toBe(true);
  const shown = await rowNumbers(page);
  expect([...shown].sort()).toEqual(shown);

  // Open the third row, come back with 返回台账: the same list, the same page.
  await ledger.locator('.MuiDataGrid-row').nth(2).click();
  await expect(page.getByRole('heading', { name: `信访件 ${shown[2]}`, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '返回台账' }).click();
  await expect(page.getByRole('combobox', { name: '办理状态' })).toHaveText('已归档');
  await expect.poll(() => rowNumbers(page)).toEqual(shown);

  // Again, with the browser's Back; then F5 on the ledger.
  await ledger.locator('.MuiDataGrid-row').nth(4).click();
  await expect(page.getByRole('heading', { name: `信访件 ${shown[4]}`, level: 1 })).toBeVisible();
  await page.goBack();
  await expect.poll(() => rowNumbers(page)).toEqual(shown);
  await page.reload();
  await expect(page.getByRole('heading', { name: '问题线索台账', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '办理状态' })).toHaveText('已归档');
  await expect.poll(() => rowNumbers(page)).toEqual(shown);

  // A search typed in the box is kept too.
  await page.getByLabel('搜索编号、姓名、摘要').fill(shown[0] ?? '');
  await expect(page).toHaveURL(new RegExp(`q=${shown[0]}`));
  await expect(ledger).toHaveAttribute('aria-rowcount', '2');
  await page.reload();
  await expect(page.getByLabel('搜索编号、姓名、摘要')).toHaveValue(shown[0] ?? '');
  await expect(ledger).toHaveAttribute('aria-rowcount', '2');
});

test('F5 keeps the person signed in in that window and on the same page; a new window asks to sign in', async ({ page, demoHost, context }) => {
  await login(page, demoHost.url);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '单位管理' }).click();
  await page.getByLabel('搜索单位名称').fill('城关');
  await expect(page).toHaveURL(/#\/units\?q=/);
  await page.reload();
  await expect(page.getByRole('heading', { name: '单位管理', level: 1 })).toBeVisible();
  await expect(page.getByLabel('搜索单位名称')).toHaveValue('城关');
  await expect(page.getByRole('heading', { name: '登录' })).toHaveCount(0);
  expect(await context.cookies()).toEqual([]);

  const other = await context.newPage();
  await other.goto(demoHost.url);
  await expect(other.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('the idle lock covers the page, keeps the name and the draft, and the password brings the person back', async ({ page, demoHost }) => {
  await signInAsClerk(page, demoHost.url);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '问题线索台账' }).click();
  await page.getByRole('button', { name: '登记信访件' }).click();
  await page.getByLabel('问题摘要').fill('某村会计挪用低保资金');
  await page.getByLabel('反映内容').fill('尊敬的县纪委：\n　　反映某村会计挪用低保资金。');

  await page.clock.fastForward('15:10');
  const lock = page.getByRole('dialog', { name: '已锁定' });
  await expect(lock).toBeVisible();
  await expect(lock.getByText('已超过 15 分钟未操作，系统已自动锁定，请输入密码解锁。')).toBeVisible();
  await expect(lock.getByLabel('用户')).toHaveValue(`${CLERK.displayName}（${CLERK.username}）`);
  // The page underneath cannot be reached.
  await expect(page.getByRole('textbox', { name: '问题摘要' })).toHaveCount(0);

  await lock.getByLabel('密码').fill('Wrong12345');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
  await lock.getByLabel('密码').fill(CLERK.password);
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('问题摘要')).toHaveValue('某村会计挪用低保资金');
  await expect(page.getByLabel('反映内容')).toHaveValue('尊敬的县纪委：\n　　反映某村会计挪用低保资金。');
  await expect(page.getByRole('heading', { name: '登记信访件', level: 1 })).toBeVisible();
});

test('a reload while locked asks for the password again', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await page.clock.fastForward('15:10');
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('leaving a half-filled form asks first; 继续填写 keeps it, 离开 leaves', async ({ page, demoHost }) => {
  await signInAsClerk(page, demoHost.url);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '问题线索台账' }).click();
  await page.getByRole('button', { name: '登记信访件' }).click();
  await page.getByLabel('问题摘要').fill('某局违规发放津补贴');

  await nav.getByRole('link', { name: '首页' }).click();
  const ask = page.getByRole('dialog', { name: '离开此页？' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '继续填写' }).click();
  await expect(page.getByLabel('问题摘要')).toHaveValue('某局违规发放津补贴');

  await page.getByRole('button', { name: '返回台账' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '离开' }).click();
  await expect(page.getByRole('heading', { name: '问题线索台账', level: 1 })).toBeVisible();

  // An untouched form leaves at once.
  await page.getByRole('button', { name: '登记信访件' }).click();
  await nav.getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
});
