// What the end-to-end tests do the way a person would: set up, fill forms by their labels,
// read the lists.
import type { Locator, Page } from '@playwright/test';
import { ADMIN, expect } from './fixtures.ts';

/** The 首次设置 screen filled in and sent (the administrator's account, optionally the demo data). */
export async function submitFirstStart(page: Page, url: string, loadDemo = false): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '首次设置' })).toBeVisible();
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  if (loadDemo) await page.getByLabel('载入演示数据（约200个单位、2000名人员、一年的信访件和演示账号）').check();
  await page.getByRole('button', { name: '创建管理员并进入系统' }).click();
}

/** 首次设置 through the screen, optionally with the demo data; lands on 首页. */
export async function setupAdmin(page: Page, url: string, loadDemo = false): Promise<void> {
  await submitFirstStart(page, url, loadDemo);
  await keepRecoveryKey(page);
  // The demo office comes with its 机关信息; without it, the administrator is asked for it.
  if (!loadDemo) await postponeOfficeProfile(page);
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible({ timeout: 30_000 });
}

/**
 * An administrator signed in while 机关信息 is not saved is asked for it (after the recovery key):
 * 稍后填写, as an administrator who fills it in later would (it is asked again at the next sign-in).
 */
export async function postponeOfficeProfile(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '请填写机关信息' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: '稍后填写' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The first start shows the recovery key: noted as kept, as the administrator would. Returns it.
 * With the demo data it shows once the demo office's two years have been replayed through the
 * operations (its 公文 rendered, among them a year's 预警建议书 for every unit): that takes a while.
 */
export async function keepRecoveryKey(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: '请保管恢复密钥' });
  await expect(dialog).toBeVisible({ timeout: 90_000 });
  const key = (await dialog.getByLabel('恢复密钥', { exact: true }).textContent()) ?? '';
  await dialog.getByLabel('我已打印或抄写恢复密钥，并将妥善保管').check();
  await dialog.getByRole('button', { name: '确认已保管' }).click();
  await expect(dialog).toBeHidden();
  return key;
}

export function grid(page: Page, name: string): Locator {
  return page.getByRole('grid', { name });
}

/** The total a server-side list reports in its pagination ("1–25 共 200"). */
export async function gridTotal(page: Page): Promise<number> {
  const text = (await page.locator('.MuiTablePagination-displayedRows').first().textContent()) ?? '';
  const match = /共\s*([\d,]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no total in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** The values of one column of the rows shown. */
export async function columnValues(list: Locator, field: string): Promise<string[]> {
  return list.locator(`.MuiDataGrid-row [data-field="${field}"]`).allTextContents();
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The cell of the name column showing exactly `name`. */
export function nameCell(list: Locator, name: string): Locator {
  return list.locator('[role="gridcell"][data-field="name"]').filter({ hasText: exactly(name) });
}

/** The grid row whose name column is exactly `name`. */
export function rowWith(list: Locator, name: string): Locator {
  return list.getByRole('row').filter({ has: list.page().locator('[data-field="name"]').filter({ hasText: exactly(name) }) });
}

/**
 * Picks a value of a labelled select (MUI TextField select). A click that lands while the menu of
 * the select before is still fading out opens nothing (its backdrop takes it): then open it again.
 */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const wanted = page.getByRole('option', { name: option, exact: true });
  await expect(async () => {
    if (!(await wanted.isVisible())) await scope.getByRole('combobox', { name: label }).click();
    await wanted.click({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
}

/** Types into a labelled unit Autocomplete and picks the unit with that exact name. */
export async function pickUnit(scope: Locator, label: string, typed: string, name: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label });
  await input.fill(typed);
  await scope.page().getByRole('option').filter({ hasText: name }).first().click();
  await expect(input).toHaveValue(name);
}

/** The demo office's 信访室 clerk (must change the demo password at the first sign-in). */
export const DEMO_CLERK = { username: 'xinfang', displayName: '周文静', demoPassword: 'Demo12345', password: 'Clerk12345' };

export async function signInAsDemoClerk(page: Page, url: string): Promise<void> {
  await signInAsDemoStaff(page, url, DEMO_CLERK);
}

/** A 监督检查室 member of the demo office (no reporter right by default). */
export const DEMO_INSPECTOR = { username: 'jiancha', displayName: '林志强', demoPassword: 'Demo12345', password: 'Check12345' };

/** Opens the app and signs in as a demo account for the first time (changing the demo password). */
export async function signInAsDemoStaff(page: Page, url: string, staff: typeof DEMO_CLERK): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill(staff.username);
  await page.getByLabel('密码').fill(staff.demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('原密码').fill(staff.demoPassword);
  await page.getByLabel('新密码', { exact: true }).fill(staff.password);
  await page.getByLabel('确认新密码').fill(staff.password);
  await page.getByRole('button', { name: '修改密码并继续' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
}
