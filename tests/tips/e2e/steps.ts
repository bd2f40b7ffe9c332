// Steps of the tips flow as a person takes them, by the labels on the screen, for reuse by the
// specs: staff accounts, signing in as someone, dates, 登记 (with repeats and attachments), opening a
// tip and 查询码. The handling steps are in tipFlowSteps.ts.
import type { Locator, Page } from '@playwright/test';
import { ADMIN, expect, openPage } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { testDay } from '../../helpers/testDate.ts';

export interface Staff {
  username: string;
  displayName: string;
  role: '信访室' | '领导' | '只读' | '监督检查室' | '案件监督管理室';
}

export const CLERK: Staff = { username: 'xfs', displayName: '李信访', role: '信访室' };
export const LEADER: Staff = { username: 'ldr', displayName: '赵书记', role: '领导' };
export const READER: Staff = { username: 'viewer', displayName: '钱查阅', role: '只读' };

const FIRST_PASSWORD = 'Start12345';
export const STAFF_PASSWORD = 'Mine123456';

/** The office's date `days` after the tests' today, YYYY-MM-DD. */
export const isoDay = testDay;

/**
 * Types a date into a labelled date field as a person would: click its year and type year, month
 * and day as digits (the field moves on by itself after each full part). Not through 全选 (Ctrl+A):
 * the picker's "all selected" mode rewrites its own DOM, and on a busy machine the first digits
 * typed right after it were lost once ("YYYY-01-04").
 */
export async function fillDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const field = scope.getByRole('group', { name: label, exact: true });
  const year = field.getByRole('spinbutton', { name: '年份' });
  await year.click();
  await expect(year).toBeFocused();
  await field.page().keyboard.type(iso.replace(/-/g, ''));
  await expect(field).toContainText(iso);
}

/** As the administrator (signed in): 用户管理 → 新增用户 for each. */
export async function addStaff(page: Page, staff: readonly Staff[]): Promise<void> {
  await openPage(page, '用户管理');
  for (const s of staff) {
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新增用户' });
    await dialog.getByLabel('用户名').fill(s.username);
    await dialog.getByLabel('姓名').fill(s.displayName);
    await choose(dialog, '角色', s.role);
    await dialog.getByLabel('初始密码').fill(FIRST_PASSWORD);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }
}

async function signOutIfSignedIn(page: Page): Promise<void> {
  const lock = page.getByRole('dialog', { name: '已锁定' });
  if (await lock.isVisible()) {
    // A locked window signs out from the lock screen (after confirming that drafts are dropped).
    await lock.getByRole('button', { name: '退出登录' }).click();
    await lock.getByRole('button', { name: '确定退出' }).click();
  } else {
    const out = page.getByRole('button', { name: '退出登录' });
    if (await out.isVisible()) await out.click();
  }
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Signs out whoever is signed in and signs in as the new account, changing its first password. */
export async function firstSignIn(page: Page, staff: Staff): Promise<void> {
  await signOutIfSignedIn(page);
  await submitLogin(page, staff.username, FIRST_PASSWORD);
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
  await page.getByLabel('原密码').fill(FIRST_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(STAFF_PASSWORD);
  await page.getByLabel('确认新密码').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: '修改密码并继续' }).click();
  await expect(page.getByLabel('当前用户')).toHaveText(staff.displayName);
}

/** Signs out whoever is signed in and signs in as `staff` (or the administrator); 首页 is shown. */
export async function signInAs(page: Page, staff: Staff | 'admin'): Promise<void> {
  await signOutIfSignedIn(page);
  if (staff === 'admin') await submitLogin(page, ADMIN.username, ADMIN.password);
  else await submitLogin(page, staff.username, STAFF_PASSWORD);
  await expect(page.getByLabel('当前用户')).toHaveText(staff === 'admin' ? ADMIN.displayName : staff.displayName);
}

export interface TipDraft {
  channel: string;
  mode: '实名' | '匿名';
  reporter?: { name: string; phone?: string; idNumber?: string; address?: string };
  /** People of the registry: typed name, and the unit that tells the right one among the offers. */
  people: Array<{ name: string; unit: string }>;
  categories: string[];
  summary: string;
  content: string;
  receivedDate?: string;
  /** The number of an earlier tip expected among 可能的重复件, to link this one to. */
  repeatOf?: string;
  /** Attachments chosen on the form (uploaded right after 登记). */
  files?: Array<{ name: string; mimeType: string; buffer: Buffer }>;
  /** Looks at the 登记成功 dialog before 查看信访件 (e.g. the 查询码 slip). */
  onRegistered?: (dialog: Locator) => Promise<void>;
}

export interface Registered {
  number: string;
  queryCode: string | null;
}

/** 问题线索台账 → 登记信访件 → fill by labels → 登记; ends on the new tip's page. */
export async function registerTip(page: Page, tip: TipDraft): Promise<Registered> {
  await openPage(page, '问题线索台账');
  await page.getByRole('button', { name: '登记信访件' }).click();
  await expect(page.getByRole('heading', { name: '登记信访件', level: 1 })).toBeVisible();
  await fillDate(page, '收件日期', tip.receivedDate ?? isoDay(-3));
  await choose(page, '来源渠道', tip.channel);
  await page.getByRole('radio', { name: tip.mode }).check();
  if (tip.reporter) {
    await page.getByLabel('反映人姓名').fill(tip.reporter.name);
    if (tip.reporter.phone) await page.getByLabel('联系电话').fill(tip.reporter.phone);
    if (tip.reporter.idNumber) await page.getByLabel('身份证号').fill(tip.reporter.idNumber);
    if (tip.reporter.address) await page.getByLabel('通讯地址').fill(tip.reporter.address);
  }
  for (const [i, person] of tip.people.entries()) {
    if (i > 0) await page.getByRole('button', { name: '添加被反映人' }).click();
    await pickPerson(page.getByRole('group', { name: `第${i + 1}名被反映人` }), person.name, person.unit);
  }
  const categories = page.getByRole('group', { name: '问题类别', exact: true });
  for (const c of tip.categories) await categories.getByLabel(c, { exact: true }).check();
  await page.getByLabel('问题摘要').fill(tip.summary);
  await page.getByLabel('反映内容').fill(tip.content);
  if (tip.files) await page.getByLabel('附件', { exact: true }).setInputFiles(tip.files);
  if (tip.repeatOf) await linkSuggestedRepeat(page, tip.repeatOf);

  await page.getByRole('button', { name: '登记', exact: true }).click();
  const done = page.getByRole('dialog', { name: '登记成功' });
  await expect(done).toBeVisible();
  const number = (await done.getByLabel('信访件编号').textContent()) ?? '';
  expect(number).toMatch(/^XF-\d{4}-\d{4}$/);
  const code = done.getByLabel('查询码');
  const queryCode = (await code.count()) > 0 ? ((await code.textContent()) ?? '').trim() : null;
  if (tip.onRegistered) await tip.onRegistered(done);
  await done.getByRole('button', { name: '查看信访件' }).click();
  await expect(page.getByRole('heading', { name: `信访件 ${number}`, level: 1 })).toBeVisible();
  return { number, queryCode };
}

/** In a 被反映人 row: type the name and take the registry person of that unit; the row fills in. */
export async function pickPerson(row: Locator, name: string, unit: string): Promise<void> {
  await row.getByRole('combobox', { name: '被反映人' }).fill(name);
  await row.page().getByRole('option').filter({ hasText: name }).filter({ hasText: unit }).first().click();
  await expect(row.getByRole('combobox', { name: '单位' })).toHaveValue(unit);
  await expect(row.getByText('已从人员名册选取')).toBeVisible();
}

/** In 可能的重复件: the earlier tip is suggested; 关联为重复件. */
export async function linkSuggestedRepeat(page: Page, number: string): Promise<void> {
  const card = page.getByRole('list', { name: '可能的重复件' }).getByRole('listitem', { name: number });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: '关联为重复件' }).click();
  await expect(card).toContainText('已关联为重复件');
}

export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByLabel('办理状态', { exact: true })).toHaveText(status);
}
