// 发文登记: the demo office's 信访室 clerk drafts a 通知 by the labels, previews it (the pages show
// its title, the 文号 left open), issues it (the 文号 is given), finds it in the register, and
// downloads the frozen file — whose SHA-256 is the 文件校验值 the register keeps, download after download.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid, signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';

const NOTICE = {
  title: '关于开展廉政教育月活动的通知',
  recipients: '各乡镇纪委，县直各单位',
  body: '为深化廉政教育，现就有关事项通知如下。\n一、活动时间\n12月1日至12月31日。\n（一）集中学习\n各单位组织集中学习不少于两次。',
  attachment: '廉政教育月活动安排表',
  copyTo: '县委办公室',
};
const NUMBER = /〔\d{4}〕\d+号/;

/** Clicks the button and returns the downloaded file's bytes. */
async function download(page: Page, button: string): Promise<Buffer> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  return readFileSync(await file.path());
}

test('a clerk drafts a 通知, previews it, issues it with its 文号, finds it in 发文登记 and downloads the frozen file', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  await signInAsDemoClerk(page, demoHost.url);
  await openPage(page, '发文登记');
  await page.getByRole('button', { name: '拟制通知' }).click();
  await expect(page.getByRole('heading', { name: '拟制通知', level: 1 })).toBeVisible();

  // A title left out is named at its field.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveAccessibleDescription(/请填写标题/);

  await page.getByRole('textbox', { name: '标题', exact: true }).fill(NOTICE.title);
  await page.getByRole('textbox', { name: '主送机关', exact: true }).fill(NOTICE.recipients);
  await page.getByRole('textbox', { name: '正文', exact: true }).fill(NOTICE.body);
  await page.getByRole('button', { name: '添加附件' }).click();
  await page.getByRole('textbox', { name: '附件1名称', exact: true }).fill(NOTICE.attachment);
  // 成文日期 is the office's today unless changed.
  await expect(page.getByRole('group', { name: '成文日期', exact: true })).toContainText(TEST_TODAY);
  await page.getByRole('textbox', { name: '抄送机关', exact: true }).fill(NOTICE.copyTo);
  await page.getByRole('button', { name: '保存草稿' }).click();

  await expect(page.getByRole('heading', { name: `通知：${NOTICE.title}`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('文号', { exact: true })).toHaveText('（印发时生成）');
  await page.getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('region', { name: '公文预览' });
  await expect(preview).toContainText(NOTICE.title, { timeout: 30_000 });
  await expect(preview).toContainText(NOTICE.attachment);

  await page.getByRole('button', { name: '印发', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '印发公文' });
  // The year its 文号 takes is said before it is given for good.
  await expect(confirm).toContainText(`印发后生成${TEST_TODAY.slice(0, 4)}年的文号（按成文日期${TEST_TODAY}的年份），文件不可再修改`);
  await confirm.getByRole('button', { name: '印发', exact: true }).click();
  const issued = page.getByRole('dialog', { name: '已印发' });
  await expect(issued.getByLabel('印发文号')).toHaveText(NUMBER);
  const number = ((await issued.getByLabel('印发文号').textContent()) ?? '').trim();
  await issued.getByRole('button', { name: '确定' }).click();

  // The issued document: its 文号, its frozen file shown, no more editing.
  await expect(page.getByLabel('文号', { exact: true })).toHaveText(number);
  await expect(page.getByRole('region', { name: '公文预览' })).toContainText(NOTICE.title, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  const sha256 = ((await page.getByLabel('文件校验值', { exact: true }).textContent()) ?? '').trim();
  expect(sha256).toMatch(/^[0-9a-f]{64}$/);

  const first = await download(page, '下载 .docx');
  expect(createHash('sha256').update(first).digest('hex')).toBe(sha256);
  const text = textOf(docxParts(first).part('word/document.xml'));
  expect(text).toContain(NOTICE.title);
  expect(text).toContain(number);
  const again = await download(page, '下载 .docx');
  expect(again.equals(first)).toBe(true);

  // 发文登记: the row with its 文号, filtered by 状态 and found by the search.
  await page.getByRole('button', { name: '返回发文登记' }).click();
  await expect(page.getByRole('heading', { name: '发文登记', level: 1 })).toBeVisible();
  const register = grid(page, '发文登记');
  await choose(page.getByRole('search'), '状态', '已印发');
  await page.getByLabel('搜索文号、标题、主送机关').fill(NOTICE.title);
  const row = register.getByRole('row').filter({ hasText: number });
  await expect(row).toContainText(NOTICE.title);
  await expect(row).toContainText('已印发');
  await expect(row).toContainText(NOTICE.recipients);
  await expect(row).toContainText(TEST_TODAY);
  await choose(page.getByRole('search'), '状态', '草稿');
  await expect(register.getByRole('row').filter({ hasText: number })).toHaveCount(0);

  // 更正: a new draft with the same fields, naming the issued one.
  await choose(page.getByRole('search'), '状态', '已印发');
  await row.click();
  await expect(page.getByLabel('文号', { exact: true })).toHaveText(number);
  await page.getByRole('button', { name: '更正' }).click();
  await expect(page.getByLabel('更正', { exact: true })).toHaveText(`更正${number}`);
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(NOTICE.title);
  await expect(page.getByRole('button', { name: '保存草稿' })).toBeVisible();
});
