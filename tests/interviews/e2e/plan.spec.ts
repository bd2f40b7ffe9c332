// 谈话函询方案 on the tip's page: a lead disposed of as 谈话函询 and approved; its handler drafts the
// plan (a talk held by two office users, date and place), saves and submits it; a leader approves
// it; the talk made from it is listed with its number linking to its page — each step by the
// labels on the screen.
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { choose, setupAdmin } from '../../helpers/e2e/helpers.ts';
import { fillDate, hostApi, INSPECTOR, INSPECTOR2, isoDay, LEADER, signInAs, type Staff } from '../../rectification/e2e/steps.ts';
import { readyStaff } from '../../rectification/e2e/steps.ts';

const CLERK: Staff = { username: 'xinfang', displayName: '周文静' };

test('谈话函询方案: drafted, saved, submitted and approved on the tip’s page; the talk made from it is listed', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const call = hostApi(demoHost.url);
  const sessions = await readyStaff(call, [CLERK, INSPECTOR, INSPECTOR2, LEADER]);
  const as = (s: Staff) => sessions.get(s.username) as string;
  const people = await call<{ rows: Array<{ id: number; name: string }> }>('people.list', { page: 0, pageSize: 1, category: '一般干部' }, as(CLERK));
  const person = people.rows[0];
  if (!person) throw new Error('no 一般干部 in the demo registry');
  const users = await call<Array<{ id: number; displayName: string }>>('users.options', {}, as(CLERK));
  const handlerId = users.find((u) => u.displayName === INSPECTOR.displayName)?.id;
  type Tip = { id: number; number: string; version: number };
  const registered = await call<Tip>('tips.register', {
    receivedDate: isoDay(0), channel: '来信', mode: '匿名', people: [{ personId: person.id, name: person.name }], categories: ['廉洁纪律'],
    summary: '反映村干部违规收受礼金问题', content: '反映该村干部在村集体工程验收中收受礼金。',
  }, as(CLERK));
  let tip = await call<Tip>('tips.get', { id: registered.id }, as(CLERK));
  tip = await call<Tip>('tips.propose', {
    id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: handlerId, handlingDue: isoDay(30),
  }, as(CLERK));
  await call('tips.approve', { id: tip.id, version: tip.version, approved: true }, as(LEADER));

  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  const open = async () => {
    await page.evaluate((id) => (location.hash = `#/tips/${id}`), tip.id);
    await expect(page.getByRole('heading', { name: `信访件 ${tip.number}`, level: 1 })).toBeVisible();
  };
  await open();
  const section = page.getByRole('region', { name: '谈话函询方案' });
  await expect(section).toBeVisible();

  await expectAccessible(page, '信访件（谈话函询方案）');
  // Nothing chosen: the form names what is missing.
  await section.getByRole('button', { name: '保存方案' }).click();
  await expect(section.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, '谈话函询方案（有错误提示）');

  const row = section.getByRole('group', { name: new RegExp(`被反映人：${person.name}`) });
  await choose(row, '方式', '谈话');
  await choose(row, '谈话方式', '本委');
  const interviewers = row.getByRole('combobox', { name: '谈话人' });
  await interviewers.click();
  await page.getByRole('option', { name: new RegExp(`^${INSPECTOR.displayName}`) }).click();
  await interviewers.click();
  await page.getByRole('option', { name: new RegExp(`^${INSPECTOR2.displayName}`) }).click();
  await page.keyboard.press('Escape');
  await fillDate(row, '计划日期', isoDay(7));
  await row.getByRole('textbox', { name: '地点' }).fill('县纪委谈话室');
  await section.getByRole('button', { name: '保存方案' }).click();
  await expect(page.getByText('方案已保存')).toBeVisible();
  await expect(section.getByText('草拟')).toBeVisible();
  await section.getByRole('button', { name: '提交审批' }).click();
  await expect(section.getByText('方案已提交，等待领导审批。')).toBeVisible();
  const plan = section.getByRole('table', { name: '方案' });
  await expect(plan.getByRole('row').filter({ hasText: person.name })).toContainText(`${INSPECTOR.displayName}、${INSPECTOR2.displayName}`);

  await signInAs(page, LEADER);
  await open();
  await expectAccessible(page, '谈话函询方案（待审批）');
  await section.getByRole('textbox', { name: '审批意见' }).fill('同意按方案谈话');
  await section.getByRole('button', { name: '同意', exact: true }).click();
  const made = section.getByRole('table', { name: '据方案生成的谈话和函询' });
  const talk = made.getByRole('row').filter({ hasText: person.name });
  await expect(talk).toContainText('待谈话');
  const number = talk.getByRole('link', { name: /^TH-\d{4}-\d{4}$/ });
  await expect(number).toHaveAttribute('href', /#\/interviews\/\d+$/);
  await expect(section.getByText('还有谈话或函询未办结。')).toBeVisible();
  await expect(page.getByRole('table', { name: '办理过程' }).getByText(/谈话函询方案审批同意/)).toBeVisible();
});

test('用户管理: 机关主要领导 is a 领导 account’s box, refused for another role, shown in the list', async ({ page, host }) => {
  await setupAdmin(page, host.url);
  await openPage(page, '用户管理');
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新增用户' });
  await dialog.getByLabel('用户名').fill('zhangsj');
  await dialog.getByLabel('姓名').fill('张书记');
  await choose(dialog, '角色', '信访室');
  await dialog.getByLabel('初始密码').fill('Start12345');
  await dialog.getByRole('checkbox', { name: '机关主要领导' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('只有角色为领导的账号可以设为机关主要领导').first()).toBeVisible();
  await expectAccessible(page, '新增用户（机关主要领导）');
  await choose(dialog, '角色', '领导');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: '张书记' })).toContainText('是');
});
