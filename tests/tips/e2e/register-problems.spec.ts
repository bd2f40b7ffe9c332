// 登记信访件 names all of its problems in one round — the date after the office's today among
// them, by the service's date (the test clock), not the browser's — and each goes once fixed.
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';
import { fillDate, isoDay } from './steps.ts';

test('a date after today and the empty required fields are named together; fixing one removes it', async ({ page, demoHost }) => {
  await signInAsDemoClerk(page, demoHost.url);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '问题线索台账' }).click();
  await page.getByRole('button', { name: '登记信访件' }).click();
  await expect(page.getByRole('group', { name: '收件日期', exact: true })).toContainText(isoDay(0));

  await fillDate(page, '收件日期', isoDay(1));
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: '请检查填写的内容' });
  await expect(alert).toContainText('收件日期不能晚于今天');
  await expect(alert).toContainText('请选择来源渠道');
  await expect(alert).toContainText('请填写问题摘要');

  await page.getByLabel('问题摘要').fill('某村会计挪用低保资金');
  await expect(alert).not.toContainText('请填写问题摘要');
  await expect(alert).toContainText('收件日期不能晚于今天');
  await fillDate(page, '收件日期', isoDay(0));
  await expect(alert).not.toContainText('收件日期不能晚于今天');
  await expect(alert).toContainText('请选择来源渠道');
});
