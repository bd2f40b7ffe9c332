// 机关信息: the administrator fills it in by the labels (one organ or two issuing jointly), the
// contract's Chinese message is shown at a wrong field, the values are kept; at first start it is
// asked for after the recovery key, and once saved it is not asked again.
import type { Page } from '@playwright/test';
import { expect, openPage, signIn, test } from '../../helpers/e2e/fixtures.ts';
import { keepRecoveryKey, setupAdmin, submitFirstStart } from '../../helpers/e2e/helpers.ts';

const OFFICE = {
  organ: '中共临江县纪律检查委员会',
  joint: '临江县监察委员会',
  mark: '中共临江县纪律检查委员会\n临江县监察委员会',
  abbreviation: '临纪',
  printer: '中共临江县纪委办公室',
  address: '临江县城关镇人民路1号',
  phone: '0571-86001234',
};

async function expectKept(page: Page): Promise<void> {
  await expect(page.getByRole('textbox', { name: '机关全称（第一个）', exact: true })).toHaveValue(OFFICE.organ);
  await expect(page.getByRole('textbox', { name: '机关全称（联合发文）', exact: true })).toHaveValue(OFFICE.joint);
  await expect(page.getByRole('textbox', { name: '发文机关标志', exact: true })).toHaveValue(OFFICE.mark);
  await expect(page.getByRole('textbox', { name: '发文字号简称', exact: true })).toHaveValue(OFFICE.abbreviation);
  await expect(page.getByRole('textbox', { name: '印发机关', exact: true })).toHaveValue(OFFICE.printer);
  await expect(page.getByRole('textbox', { name: '通讯地址', exact: true })).toHaveValue(OFFICE.address);
  await expect(page.getByRole('textbox', { name: '联系电话', exact: true })).toHaveValue(OFFICE.phone);
}

test('the administrator fills in 机关信息 by the labels; a wrong 简称 is named at the field; the values are kept after a reload', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '机关信息');
  await page.getByRole('textbox', { name: '机关全称', exact: true }).fill(OFFICE.organ);
  await page.getByRole('button', { name: '添加联合发文机关' }).click();
  await page.getByRole('textbox', { name: '机关全称（联合发文）', exact: true }).fill(OFFICE.joint);
  await page.getByRole('textbox', { name: '发文机关标志', exact: true }).fill(OFFICE.mark);
  await page.getByRole('textbox', { name: '发文字号简称', exact: true }).fill('LJ');
  await page.getByRole('textbox', { name: '印发机关', exact: true }).fill(OFFICE.printer);
  await page.getByRole('textbox', { name: '通讯地址', exact: true }).fill(OFFICE.address);
  await page.getByRole('textbox', { name: '联系电话', exact: true }).fill(OFFICE.phone);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const abbreviation = page.getByRole('textbox', { name: '发文字号简称', exact: true });
  await expect(abbreviation).toHaveAccessibleDescription(/发文字号简称只能是1到8个汉字，如“临纪”/);
  await expect(abbreviation).toHaveAttribute('aria-invalid', 'true');

  await abbreviation.fill(OFFICE.abbreviation);
  await expect(abbreviation).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: '机关信息', level: 1 })).toBeVisible();
  await expectKept(page);

  // The second organ can be taken away again; the first stays alone.
  await page.getByRole('button', { name: '删除联合发文机关' }).click();
  await expect(page.getByRole('textbox', { name: '机关全称', exact: true })).toHaveValue(OFFICE.organ);
  await expect(page.getByRole('textbox', { name: '机关全称（联合发文）', exact: true })).toHaveCount(0);
});

test('the first start asks for 机关信息 after the recovery key, never both at once; saved there, it is not asked again', async ({ page, host }) => {
  await submitFirstStart(page, host.url);
  const recovery = page.getByRole('dialog', { name: '请保管恢复密钥' });
  await expect(recovery).toBeVisible();
  const office = page.getByRole('dialog', { name: '请填写机关信息' });
  await expect(office).toHaveCount(0);
  await keepRecoveryKey(page);

  await expect(office).toBeVisible();
  await office.getByRole('textbox', { name: '机关全称', exact: true }).fill(OFFICE.organ);
  await office.getByRole('textbox', { name: '发文机关标志', exact: true }).fill(OFFICE.organ);
  await office.getByRole('textbox', { name: '发文字号简称', exact: true }).fill(OFFICE.abbreviation);
  await office.getByRole('textbox', { name: '印发机关', exact: true }).fill(OFFICE.printer);
  await office.getByRole('button', { name: '保存', exact: true }).click();
  await expect(office).toBeHidden();

  // Signed in again: nothing is asked; the page shows what was saved.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page);
  await openPage(page, '机关信息');
  await expect(page.getByRole('textbox', { name: '机关全称', exact: true })).toHaveValue(OFFICE.organ);
  await expect(page.getByRole('textbox', { name: '发文字号简称', exact: true })).toHaveValue(OFFICE.abbreviation);
  await expect(office).toHaveCount(0);
});
