// 登记信访件 as a clerk types a letter: the text is kept as written (line breaks, full-width
// punctuation and indents) on the tip's page and is found by what it says; 问题摘要 counts instead
// of cutting what was pasted; Enter in a one-line field waits while repeat suggestions are open.
import type { Page } from '@playwright/test';
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';

const LETTER = '尊敬的县纪委：\n\n　　一、东湖街道某社区工程款（约120万元）被挪用。\n　　二、甲说：龘。麤鱻事项。\n此致\n敬礼！';

async function startRegistering(page: Page, summary: string): Promise<void> {
  await openPage(page, '问题线索台账');
  await page.getByRole('button', { name: '登记信访件' }).click();
  await expect(page.getByRole('heading', { name: '登记信访件', level: 1 })).toBeVisible();
  await choose(page, '来源渠道', '来信');
  await page.getByRole('radio', { name: '匿名' }).check();
  await page.getByRole('combobox', { name: '被反映单位' }).fill('东湖街道');
  await page.getByRole('option', { name: '东湖街道', exact: true }).click();
  await page.getByRole('group', { name: '问题类别', exact: true }).getByLabel('廉洁纪律', { exact: true }).check();
  await page.getByLabel('问题摘要').fill(summary);
}

test('a letter is registered and shown exactly as written, and found by what it says', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  await signInAsDemoClerk(page, demoHost.url);
  await startRegistering(page, '反映东湖街道某社区工程款被挪用');

  // A pasted summary over the limit is kept whole, counted and named, not cut.
  const summary = page.getByLabel('问题摘要');
  await summary.fill('很'.repeat(205));
  await expect(summary).toHaveValue('很'.repeat(205));
  await expect(page.getByText('已超出5字 · 205/200')).toBeVisible();
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '请检查填写的内容' })).toContainText('问题摘要不能超过200个字');
  await summary.fill('反映东湖街道某社区工程款（约120万元）被挪用');
  await expect(page.getByText('23/200')).toBeVisible();

  await page.getByLabel('反映内容').fill(LETTER);
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const done = page.getByRole('dialog', { name: '登记成功' });
  await expect(done).toBeVisible();
  const number = ((await done.getByLabel('信访件编号').textContent()) ?? '').trim();
  await done.getByRole('button', { name: '查看信访件' }).click();
  const content = page.getByRole('region', { name: '反映内容' }).getByLabel('反映内容', { exact: true });
  await expect(content).toBeVisible();
  expect(await content.textContent()).toBe(LETTER);

  // Found by a phrase as written, in full-width or half-width; not by characters across a full stop.
  await openPage(page, '问题线索台账');
  const ledger = page.getByRole('grid', { name: '问题线索台账' });
  const search = page.getByLabel('搜索编号、姓名、摘要');
  const searched = () => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q'));
  for (const q of ['甲说：龘', '(约120万元)']) {
    await search.fill(q);
    await expect.poll(searched).toBe(q);
    await expect(ledger.getByRole('link', { name: number, exact: true })).toBeVisible();
    await expect(ledger).toHaveAttribute('aria-rowcount', '2');
  }
  await search.fill('龘麤');
  await expect.poll(searched).toBe('龘麤');
  await expect(ledger).toHaveAttribute('aria-rowcount', '1');
});

test('Enter in a one-line field does not register while repeat suggestions are undecided', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  await signInAsDemoClerk(page, demoHost.url);
  await startRegistering(page, '反映东湖街道违规发放补贴');
  await page.getByLabel('反映内容').fill('东湖街道违规发放补贴。');
  const suggestions = page.getByRole('list', { name: '可能的重复件' });
  await expect(suggestions.getByRole('listitem').first()).toBeVisible();

  await page.getByLabel('问题摘要').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '右侧还有可能的重复件未处理' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: '登记成功' })).toHaveCount(0);

  // Each suggestion set aside (once the search has answered), Enter registers.
  await expect(page.getByRole('progressbar', { name: '正在查找相似的信访件' })).toHaveCount(0);
  while ((await suggestions.getByRole('listitem').count()) > 0) {
    const card = suggestions.getByRole('listitem').first();
    const number = (await card.getAttribute('aria-label')) ?? '';
    await card.getByRole('button', { name: '不是重复件' }).click();
    await expect(suggestions.getByRole('listitem', { name: number, exact: true })).toHaveCount(0);
  }
  await page.getByLabel('问题摘要').press('Enter');
  await expect(page.getByRole('dialog', { name: '登记成功' })).toBeVisible();
});
