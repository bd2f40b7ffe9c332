// 函询抽查: the demo year's letters concluded as 了结 drawn at 100% over the year (so the draw is
// every one of them), the new batch shown with its seed beside the demo's, one check's result
// recorded and counted.
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';
import { fillDate, INSPECTOR, readyOffice, signInAs } from './ledgerSteps.ts';

test('函询抽查: a batch drawn, its letters listed, a check\'s result recorded', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const office = await readyOffice(demoHost.url);
  const from = testDay(-365);
  const concluded = await office.call<{ total: number }>(
    'interviews.list',
    { kind: '函询', outcome: '了结', status: '已办结', page: 0, pageSize: 25, sortField: 'ledgerDate', sortDir: 'desc' },
    office.session,
  );
  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '谈话函询' }).click();
  await page.getByRole('button', { name: '函询抽查' }).click();
  await expect(page.getByRole('heading', { name: '函询抽查', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: '抽取', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '抽取函询抽查' });
  await fillDate(dialog, '办结日期起', from);
  await fillDate(dialog, '办结日期止', TEST_TODAY);
  await dialog.getByRole('textbox', { name: '抽查比例（%）' }).fill('100');
  await dialog.getByRole('button', { name: '抽取' }).click();
  await expect(dialog).toBeHidden();

  const batches = page.getByRole('table', { name: '抽查批次' });
  const mine = batches.getByRole('row').filter({ hasText: `${from} 至 ${TEST_TODAY}` });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('100%');
  await expect(mine).toContainText('正在查看');
  const drawn = page.getByRole('table', { name: '抽中的函询' });
  await expect(page.getByRole('region', { name: '抽中的函询' })).toContainText('随机种子');
  expect(concluded.total).toBeGreaterThan(0);
  const rows = drawn.getByRole('row');
  await expect(rows.nth(1)).toContainText('未核实');
  await expectAccessible(page, '函询抽查');

  await rows.nth(1).getByRole('button', { name: '登记核实结果' }).click();
  const check = page.getByRole('dialog', { name: /^登记核实结果/ });
  await choose(check, '核实结果', '属实');
  await check.getByRole('textbox', { name: '核实情况' }).fill('经向所在单位核实，函询答复情况属实。');
  await check.getByRole('button', { name: '保存' }).click();
  await expect(check).toBeHidden();
  await expect(rows.nth(1)).toContainText('属实');
  await expect(rows.nth(1)).toContainText('经向所在单位核实');
  // At 100% every letter of the population is drawn: the batch counts one checked of all listed.
  const listed = (await rows.count()) - 1;
  expect(listed).toBeLessThanOrEqual(concluded.total);
  await expect(mine).toContainText(`1/${listed}`);
});
