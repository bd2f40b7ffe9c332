// Signing in: first start, wrong passwords and the lock-out, forced password change for a new
// user (and what that role sees), the idle lock.
import { ADMIN, expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import type { Page } from '@playwright/test';
import { choose, grid, gridTotal, keepRecoveryKey, postponeOfficeProfile, setupAdmin, submitFirstStart } from '../../helpers/e2e/helpers.ts';


/** As the administrator: 用户管理 → 新增用户 lixf (李信访, 信访室, initial password Start12345). */
async function addClerk(page: Page): Promise<void> {
  await openPage(page, '用户管理');
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新增用户' });
  await dialog.getByLabel('用户名').fill('lixf');
  await dialog.getByLabel('姓名').fill('李信访');
  await choose(dialog, '角色', '信访室');
  await dialog.getByLabel('初始密码').fill('Start12345');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

test('first start creates the administrator and lands on 首页 with the real figures', async ({ page, host }) => {
  // Loading the demo replays its office's work through the operations (keepRecoveryKey waits for it).
  test.setTimeout(150_000);
  await setupAdmin(page, host.url, true);
  await expect(page.getByRole('banner')).toContainText(ADMIN.displayName);
  await expect(page.getByRole('banner')).toContainText('系统管理员');

  const units = page.getByRole('region', { name: '单位总数' });
  await expect(units).toContainText(/\d/);
  const shownUnits = Number(((await units.textContent()) ?? '').replace(/[^\d]/g, ''));
  const people = page.getByRole('region', { name: '在职人员' });
  const shownPeople = Number(((await people.locator('p').nth(1).textContent()) ?? '').replace(/[^\d]/g, ''));
  expect(shownUnits).toBeGreaterThan(100);
  expect(shownPeople).toBeGreaterThan(1000);
  // 最近变动: the newest entries — the administrator's own keeping of the recovery key (the demo's
  // year of work, replayed after the first start, fills the rest).
  await expect(page.getByRole('region', { name: '最近变动' })).toContainText('确认已保管恢复密钥');

  // The figures are the registry's own: the lists report the same totals.
  await openPage(page, '单位管理');
  await expect(grid(page, '单位列表').getByRole('row').nth(1)).toBeVisible();
  expect(await gridTotal(page)).toBe(shownUnits);
  await openPage(page, '人员管理');
  await choose(page.getByRole('search'), '状态', '在职');
  await expect.poll(() => gridTotal(page)).toBe(shownPeople);
});

test('every refused sign-in reads the same; five wrong passwords lock the account, and 用户管理 says until when, why, and unlocks it', async ({ page, host }) => {
  test.setTimeout(120_000);
  await setupAdmin(page, host.url);
  await addClerk(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  const REFUSED = '用户名或密码错误；多次失败后账号将暂时锁定，请稍后再试或联系系统管理员。';
  const tryLogin = async (username: string, password: string) => {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('auth.login'));
    await page.getByRole('button', { name: '登录' }).click();
    await answered;
  };
  // An unknown name reads like a wrong password.
  await tryLogin('nobody', 'Wrong12345');
  await expect(page.getByRole('alert')).toHaveText(REFUSED);
  for (let i = 0; i < 5; i++) {
    await tryLogin('lixf', 'Wrong12345');
    await expect(page.getByRole('alert')).toHaveText(REFUSED);
  }
  // Locked: the right password is refused with the same words.
  await tryLogin('lixf', 'Start12345');
  await expect(page.getByRole('alert')).toHaveText(REFUSED);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  await tryLogin(ADMIN.username, ADMIN.password);
  // 机关信息, left for later at the first start, is asked for again at this sign-in.
  await postponeOfficeProfile(page);
  await openPage(page, '用户管理');
  const row = grid(page, '用户列表').getByRole('row').filter({ hasText: 'lixf' });
  await expect(row).toContainText('密码连续错误 5 次');
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await row.getByRole('button', { name: '解除锁定' }).click();
  await page.getByRole('dialog', { name: '解除锁定' }).getByRole('button', { name: '解除锁定' }).click();
  await expect(row).not.toContainText('密码连续错误');
  await page.getByRole('button', { name: '退出登录' }).click();
  await tryLogin('lixf', 'Start12345');
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
});

test('a new user must change the password first and sees only the pages of the role', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await addClerk(page);
  await expect(grid(page, '用户列表').getByRole('row').filter({ hasText: 'lixf' })).toContainText('信访室');

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill('lixf');
  await page.getByLabel('密码').fill('Start12345');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
  await page.getByLabel('原密码').fill('Start12345');
  await page.getByLabel('新密码', { exact: true }).fill('Mine123456');
  await page.getByLabel('确认新密码').fill('Mine123456');
  await page.getByRole('button', { name: '修改密码并继续' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();

  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link')).toHaveText(['首页', '问题线索台账', '信访统计', '发文登记', '整改台账', '谈话函询', '廉情指数', '评分方案', '预警闭环', '评先评优名单', '单位管理', '人员管理']);
  await openPage(page, '单位管理');
  await expect(page.getByRole('button', { name: '导出Excel' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增单位' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导入', exact: true })).toHaveCount(0);
});

test('修改密码 from the title bar: a wrong old password is named, the new one works at the next login', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await page.getByRole('button', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await expect(dialog.getByLabel('原密码')).toBeFocused();
  await dialog.getByLabel('原密码').fill('Nope12345');
  await dialog.getByLabel('新密码', { exact: true }).fill('Fresh12345');
  await dialog.getByLabel('确认新密码').fill('Fresh12345');
  await dialog.getByRole('button', { name: '修改密码' }).click();
  await expect(dialog.getByText('原密码不正确', { exact: true })).toBeVisible();
  await dialog.getByLabel('原密码').fill(ADMIN.password);
  await dialog.getByLabel('确认新密码').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('密码已修改，下次登录请使用新密码。')).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill('Fresh12345');
  await page.getByRole('button', { name: '登录' }).click();
  // 机关信息, left for later at the first start, is asked for again at this sign-in.
  await postponeOfficeProfile(page);
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
});

test('the first start shows the recovery key to keep; once kept it is not shown again, and the audit log records the showing', async ({ page, host }) => {
  await submitFirstStart(page, host.url);
  const dialog = page.getByRole('dialog', { name: '请保管恢复密钥' });
  await expect(dialog.getByLabel('恢复密钥', { exact: true })).toHaveText(/^([0-9A-Z]{5}-){10}[0-9A-Z]{5}$/);
  // Not confirmed until the administrator says it is kept.
  await expect(dialog.getByRole('button', { name: '确认已保管' })).toBeDisabled();
  const key = await keepRecoveryKey(page);
  expect(key).toMatch(/^([0-9A-Z]{5}-){10}[0-9A-Z]{5}$/);
  // Then, not before, 机关信息 is asked for (left for later here).
  await postponeOfficeProfile(page);
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
  // Signed in again (the window's session ends at sign-out): not shown again — 机关信息, left for
  // later, is asked for again at once, alone.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await postponeOfficeProfile(page);
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
  await openPage(page, '审计日志');
  const log = grid(page, '审计日志');
  await expect(log).toContainText('确认已保管恢复密钥');
  await expect(log).toContainText('查看恢复密钥');
  await expect(log).not.toContainText(key.slice(0, 11));
  await expect(page.getByRole('dialog', { name: '请保管恢复密钥' })).toHaveCount(0);
});
