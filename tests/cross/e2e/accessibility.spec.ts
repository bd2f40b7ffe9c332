// Every page, as the administrator of the demo office sees it (the role that sees them all), and
// the screens before sign-in, pass axe-core without a serious or critical violation; the main
// controls are reached by keyboard.
import { ADMIN, expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { grid, signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';

const ADMIN_PAGES = ['首页', '问题线索台账', '信访统计', '发文登记', '整改台账', '评分方案', '单位管理', '人员管理', '机关信息', '节假日设置', '用户管理', '系统设置', '审计日志', '备份与恢复'];

test('the login screen passes the accessibility audit, and the administrator sees every page', async ({ page, demoHost }) => {
  await page.goto(demoHost.url);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expectAccessible(page, '登录');
  await login(page, demoHost.url);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveText(ADMIN_PAGES);
});

// One test per page (each signs in afresh), so a slow machine never runs out of one test's time.
for (const title of ADMIN_PAGES) {
  test(`${title} passes the accessibility audit`, async ({ page, demoHost }) => {
    await login(page, demoHost.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    // Audit what the page shows once its data is in: no progress bar left.
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expectAccessible(page, title);
  });
}

test("a tip's own page passes the accessibility audit", async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '问题线索台账' }).click();
  const ledger = grid(page, '问题线索台账');
  await expect(ledger.getByRole('row').nth(1)).toBeVisible();
  await ledger.getByRole('row').nth(1).click();
  await expect(page.getByRole('heading', { name: /^信访件 XF-/, level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '信访件');
});

// 预警闭环 and 评先评优名单 are the index readers' (not the administrator's): audited as the 信访室 sees them.
for (const title of ['预警闭环', '评先评优名单']) {
  test(`${title} passes the accessibility audit`, async ({ page, demoHost }) => {
    await signInAsDemoClerk(page, demoHost.url);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expectAccessible(page, title);
  });
}

test("登记信访件 (the 信访室's form), with the problems it names, and the idle lock over it pass the audit", async ({ page, demoHost }) => {
  await signInAsDemoClerk(page, demoHost.url);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '问题线索台账' }).click();
  await page.getByRole('button', { name: '登记信访件' }).click();
  await expect(page.getByRole('heading', { name: '登记信访件', level: 1 })).toBeVisible();
  await expectAccessible(page, '登记信访件');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('请检查填写的内容');
  await expectAccessible(page, '登记信访件（有错误提示）');
  await page.clock.fastForward('15:10');
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await expectAccessible(page, '锁定');
});

test("拟制通知 (the 信访室's form, with the problems it names) and an issued 通知's page pass the audit", async ({ page, demoHost }) => {
  await signInAsDemoClerk(page, demoHost.url);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '发文登记' }).click();
  await page.getByRole('button', { name: '拟制通知' }).click();
  await expect(page.getByRole('heading', { name: '拟制通知', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, '拟制通知（有错误提示）');

  await page.getByRole('button', { name: '返回发文登记' }).click();
  const register = grid(page, '发文登记');
  const issued = register.getByRole('row').filter({ hasText: '已印发' }).first();
  await expect(issued).toBeVisible();
  await issued.click();
  await expect(page.getByRole('region', { name: '公文预览' })).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expectAccessible(page, '公文');
});

test('the first-start screen passes the accessibility audit; the navigation is reached by keyboard', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '首次设置' })).toBeVisible();
  await expectAccessible(page, '首次设置');

  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByLabel('确认密码').press('Enter');
  // The recovery key is shown first: its dialog passes the audit too, and is kept by keyboard.
  const recovery = page.getByRole('dialog', { name: '请保管恢复密钥' });
  await expect(recovery.getByLabel('恢复密钥', { exact: true })).toHaveText(/-/);
  await expectAccessible(page, '恢复密钥');
  await recovery.getByRole('checkbox', { name: '我已打印或抄写恢复密钥，并将妥善保管' }).focus();
  await page.keyboard.press('Space');
  await recovery.getByRole('button', { name: '确认已保管' }).focus();
  await page.keyboard.press('Enter');
  await expect(recovery).toBeHidden();
  // Then 机关信息 is asked for: its dialog passes the audit, and is left for later by keyboard.
  const office = page.getByRole('dialog', { name: '请填写机关信息' });
  await expect(office.getByRole('textbox', { name: '机关全称', exact: true })).toBeFocused();
  await expectAccessible(page, '请填写机关信息');
  await office.getByRole('button', { name: '稍后填写' }).focus();
  await page.keyboard.press('Enter');
  await expect(office).toBeHidden();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();

  // Tab from the title bar reaches the navigation's links; Enter opens the page.
  const link = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '单位管理' });
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '单位管理', level: 1 })).toBeVisible();
});
