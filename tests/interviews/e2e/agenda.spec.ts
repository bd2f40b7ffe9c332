// 谈话日程: a talk planned for the office's today shows in this week under each of its interviewers
// and, grouped by place, under its place; 下一周 leaves it out, 本周 brings it back; the month view
// lists it with its date; its entry opens the talk.
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { INSPECTOR, INSPECTOR2, readyOffice, registerThrough, signInAs, somePerson } from './ledgerSteps.ts';

test('谈话日程: by interviewer and by place, week and month, from the office\'s today', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const office = await readyOffice(demoHost.url);
  const person = await somePerson(office, 1);
  const place = '日程测试谈话室';
  const talk = await registerThrough(office, { kind: '谈话', person, date: TEST_TODAY, time: '14:30', place, cause: '日程测试' });

  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '谈话函询' }).click();
  await page.getByRole('button', { name: '谈话日程' }).click();
  await expect(page.getByRole('heading', { name: '谈话日程', level: 1 })).toBeVisible();

  const table = page.getByRole('table', { name: '谈话日程' });
  const entry = table.getByRole('link', { name: `14:30 ${person.name}` });
  await expect(entry).toHaveCount(2);
  await expectAccessible(page, '谈话日程');
  for (const name of [INSPECTOR.displayName, INSPECTOR2.displayName]) {
    await expect(table.getByRole('row').filter({ hasText: name }).getByRole('link', { name: `14:30 ${person.name}` })).toBeVisible();
  }

  await page.getByRole('button', { name: '按地点' }).click();
  await expect(table.getByRole('row').filter({ hasText: place }).getByRole('link', { name: `14:30 ${person.name}` })).toBeVisible();
  await expect(entry).toHaveCount(1);

  await page.getByRole('button', { name: '下一周' }).click();
  await expect(page.getByRole('link', { name: `14:30 ${person.name}` })).toHaveCount(0);
  await page.getByRole('button', { name: '本周' }).click();
  await expect(entry).toHaveCount(1);

  await page.getByRole('button', { name: '月', exact: true }).click();
  const [y, m] = [TEST_TODAY.slice(0, 4), Number(TEST_TODAY.slice(5, 7))];
  await expect(page.getByLabel('日程期间')).toHaveText(`${y}年${m}月`);
  const inMonth = page.getByRole('region', { name: place }).getByRole('link', { name: new RegExp(`^${TEST_TODAY} .* 14:30 ${person.name}$`) });
  await expect(inMonth).toBeVisible();
  await inMonth.click();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${talk.id}$`));
});
