// Signing in: first start, wrong passwords and the lock-out, forced password change for a new
// user (and what that role sees), the idle lock.
import { ADMIN, expect, openPage, signIn, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid, gridTotal, setupAdmin } from '../../helpers/e2e/helpers.ts';

test('first start creates the administrator and lands on 首页 with the real figures', async ({ page, host }) => {
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
  await expect(page.getByRole('region', { name: '最近变动' })).toContainText('首次设置管理员');

  // The figures are the registry's own: the lists report the same totals.
  await openPage(page, '单位管理');
  await expect(grid(page, '单位列表').getByRole('row').nth(1)).toBeVisible();
  expect(await gridTotal(page)).toBe(shownUnits);
  await openPage(page, '人员管理');
  await choose(page.getByRole('search'), '状态', '在职');
  await expect.poll(() => gridTotal(page)).toBe(shownPeople);
});

test('a wrong password shows the service message, and repeated failures lock the account', async ({ page, host }) => {
  test.setTimeout(90_000);
  await setupAdmin(page, host.url);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  for (let left = 4; left >= 1; left--) {
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码').fill('Wrong12345');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert')).toHaveText(`用户名或密码错误。再错 ${left} 次账号将被锁定。`);
  }
  await page.getByLabel('密码').fill('Wrong12345');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('账号已锁定');

  // Locked: even the right password is refused now.
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('账号已锁定至');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('a new user must change the password first and sees only the pages of the role', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '用户管理');
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新增用户' });
  await dialog.getByLabel('用户名').fill('lixf');
  await dialog.getByLabel('姓名').fill('李信访');
  await choose(dialog, '角色', '信访室');
  await dialog.getByLabel('初始密码').fill('Start12345');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
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
  await expect(nav.getByRole('link')).toHaveText(['首页', '问题线索台账', '信访统计', '单位管理', '人员管理']);
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
  await signIn(page, ADMIN.username, 'Fresh12345');
});
