// 打印文书 on a tip's page: the 信访举报登记表 and the 问题线索处置审批表 are .docx files made by the
// service, shown as their pages and downloaded; they carry the tip's 编号, and the reporter's name
// only for a role with the right (masked for the others). 办结报告 is offered once concluded only.
import type { Page } from '@playwright/test';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { DEMO_INSPECTOR, signInAsDemoClerk, signInAsDemoStaff } from '../../helpers/e2e/helpers.ts';
import { documentText } from '../../helpers/e2e/docxXml.ts';
import { readFileSync } from 'node:fs';
import { registerTip } from './steps.ts';
import { openTip } from './ledgerSteps.ts';

const REPORTER = '欧阳明远';

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
  const text = documentText(readFileSync(await file.path()));
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

  // Not concluded: no 办结报告 offered.
  await page.getByRole('button', { name: '打印文书' }).click();
  await expect(page.getByRole('menuitem', { name: '信访举报登记表' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '办结报告' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  // 信访室 (has the reporter right): the name in full.
  const register = await printForm(page, '信访举报登记表', number);
  expect(register).toContain(number);
  expect(register).toContain(REPORTER);

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
