// 打印文书 on a tip's page: the 信访举报登记表 and the 问题线索处置审批表 are .docx files made by the
// service, shown as their pages and downloaded; they carry the tip's 编号, and the reporter's name
// only for a role with the right (masked for the others). 办结报告 is offered once concluded only.
import type { Page } from '@playwright/test';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { DEMO_INSPECTOR, signInAsDemoClerk, signInAsDemoStaff } from '../../helpers/e2e/helpers.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { readFileSync } from 'node:fs';
import { isoDay, registerTip, type Staff } from './steps.ts';
import { propose } from './flowSteps.ts';
import { openTip } from './ledgerSteps.ts';

const REPORTER = '欧阳明远';
const DEMO_CLERK_STAFF: Staff = { username: 'xinfang', displayName: '周文静', role: '信访室' };

/** The forms 打印文书 offers, in order. */
async function expectForms(page: Page, forms: string[]): Promise<void> {
  await page.getByRole('button', { name: '打印文书' }).click();
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText(forms);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
}

/** 打印文书 → the form: its preview shows the tip's number; 下载 gives the .docx's text. */
async function printForm(page: Page, form: string, number: string): Promise<string> {
  await page.getByRole('button', { name: '打印文书' }).click();
  await page.getByRole('menuitem', { name: form, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: form });
  await expect(dialog.getByRole('region', { name: '文书预览' })).toContainText(number, { timeout: 30_000 });
  const waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载' }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const text = textOf(docxParts(readFileSync(await file.path())).part('word/document.xml'));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  return text;
}

test("a tip's 登记表 and 审批表 carry its 编号; the reporter's name only for a role with the right", async ({ page, demoHost }) => {
  test.setTimeout(150_000);
  await signInAsDemoClerk(page, demoHost.url);
  const { number } = await registerTip(page, {
    channel: '来信',
    mode: '实名',
    reporter: { name: REPORTER, phone: '13912345678' },
    people: [{ name: '姚宇轩', unit: '城关镇' }],
    categories: ['廉洁纪律'],
    summary: '反映城关镇党委书记违规收受礼金',
    content: '反映姚宇轩在工程验收中收受施工方礼金。',
  });

  // Not yet proposed nor concluded: the 登记表 only.
  await expectForms(page, ['信访举报登记表']);

  // 信访室 (has the reporter right): the name in full.
  const register = await printForm(page, '信访举报登记表', number);
  expect(register).toContain(number);
  expect(register).toContain(REPORTER);

  // Once proposed (拟办), the 审批表 too; 办结报告 waits for 办结.
  await propose(page, { disposal: '初步核实', dept: '第一纪检监察室', handler: DEMO_CLERK_STAFF, due: isoDay(30), note: '建议初步核实' });
  await expectForms(page, ['信访举报登记表', '问题线索处置审批表']);

  // 监督检查室 (no reporter right): the 编号, never the name.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await signInAsDemoStaff(page, demoHost.url, DEMO_INSPECTOR);
  await openTip(page, number);
  for (const form of ['信访举报登记表', '问题线索处置审批表']) {
    const text = await printForm(page, form, number);
    expect(text).toContain(number);
    expect(text).not.toContain(REPORTER);
  }
});

test('the 查询码 slip of an anonymous tip names the office and its 联系电话 (机关信息)', async ({ page, demoHost }) => {
  await signInAsDemoClerk(page, demoHost.url);
  await registerTip(page, {
    channel: '来信',
    mode: '匿名',
    people: [{ name: '姚宇轩', unit: '城关镇' }],
    categories: ['廉洁纪律'],
    summary: '匿名反映城关镇党委书记违规收受礼金',
    content: '网上举报姚宇轩收受礼金。',
    onRegistered: async (dialog) => {
      await expect(dialog.getByLabel('查询码')).toBeVisible();
      // The slip is printed alone (hidden on screen): the demo office's names and phone are on it.
      const slip = page.locator('.lq-print-slip');
      await expect(slip).toContainText('中共临江县纪律检查委员会');
      await expect(slip).toContainText('临江县监察委员会');
      await expect(slip).toContainText('联系电话：0571-6512 3456');
    },
  });
});
