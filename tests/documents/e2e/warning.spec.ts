// 拟制预警告知书: the demo office's 信访室 clerk chooses the 文种, the unit under watch (主送机关
// follows it), types two problems, sees the 整改时限 prefilled 30 days after the 成文日期, saves
// the draft and previews it: the 文号 left open, the problems in order, the closing sentence.
// Issuing it is the rectification domain's flow (rect.issueWarning), tested there.
import { expect, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose, pickUnit, signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';

const UNIT = '县财政局';
const TITLE = '关于县财政局财务管理问题的预警告知书';
const PROBLEMS = [
  { text: '部分专项资金支出未履行集体研究程序。', category: '制度执行' },
  { text: '公务接待费用报销凭证不全。\n个别接待无公函。', category: '作风纪律' },
];
const REQUIREMENTS = '对上述问题逐项建立整改台账，明确责任人和完成时限。';

test('a clerk drafts a 预警告知书 with two problems and previews it with its 文号 left open', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  await signInAsDemoClerk(page, demoHost.url);
  await openPage(page, '发文登记');
  // 拟制通知's page offers the other 文种 too; changing it before typing asks nothing.
  await page.getByRole('button', { name: '拟制通知' }).click();
  await expect(page.getByRole('radio', { name: '通知' })).toBeChecked();
  await page.getByRole('radio', { name: '预警告知书' }).click();
  await expect(page.getByRole('radio', { name: '预警告知书' })).toBeChecked();
  await expect(page.getByRole('heading', { name: '拟制预警告知书', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: '预警告知书' });

  // Nothing chosen yet: the unit is asked for at its field.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(form.getByRole('combobox', { name: '预警对象单位' })).toHaveAccessibleDescription(/请选择预警对象单位/);

  await pickUnit(form, '预警对象单位', '财政', UNIT);
  await expect(form.getByRole('textbox', { name: '主送机关', exact: true })).toHaveValue(UNIT);
  await form.getByRole('textbox', { name: '标题', exact: true }).fill(TITLE);
  await expect(form.getByRole('textbox', { name: '告知事由', exact: true })).toHaveValue('近期，我委在日常监督中发现你单位存在以下问题：');
  await form.getByRole('button', { name: '添加问题' }).click();
  for (const [i, p] of PROBLEMS.entries()) {
    const row = form.getByRole('group', { name: `问题${i + 1}`, exact: true });
    await row.getByRole('textbox', { name: '问题描述' }).fill(p.text);
    // 问题类别: one of the rectification categories of 系统设置.
    await choose(row, '问题类别', p.category);
  }
  await form.getByRole('textbox', { name: '整改要求', exact: true }).fill(REQUIREMENTS);
  // 成文日期 today, 整改时限 the setting's 30 days later.
  await expect(form.getByRole('group', { name: '成文日期', exact: true })).toContainText(TEST_TODAY);
  await expect(form.getByRole('group', { name: '整改时限', exact: true })).toContainText(testDay(30));
  await page.getByRole('button', { name: '保存草稿' }).click();

  await expect(page.getByRole('heading', { name: `预警告知书：${TITLE}`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('文号', { exact: true })).toHaveText('（印发时生成）');
  await expect(page.getByLabel('预警对象单位', { exact: true })).toHaveText(UNIT);
  await expect(page.getByLabel('整改时限', { exact: true })).toHaveText(testDay(30));
  await expect(form.getByRole('group', { name: '问题2', exact: true }).getByRole('textbox', { name: '问题描述' })).toHaveValue(PROBLEMS[1]?.text ?? '');

  await page.getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('region', { name: '公文预览' });
  await expect(preview).toContainText(TITLE, { timeout: 30_000 });
  await expect(preview).toContainText(`预告〔${TEST_TODAY.slice(0, 4)}〕`);
  await expect(preview).toContainText(`${UNIT}：`);
  const [deadlineYear, deadlineMonth, deadlineDay] = testDay(30).split('-').map(Number);
  await expect(preview).toContainText(`请你单位于${deadlineYear}年${deadlineMonth}月${deadlineDay}日前将整改情况书面报送我委。`);
  const text = (await preview.textContent()) ?? '';
  const order = ['一、存在的问题', `1.${PROBLEMS[0]?.text}`, '2.公务接待费用报销凭证不全。', '个别接待无公函。', '二、整改要求', REQUIREMENTS].map((t) => text.indexOf(t));
  expect(order.every((i) => i >= 0), `in the preview: ${text}`).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});
