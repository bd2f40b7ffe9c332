// The loop as issue 13 tells it, on a host whose clock the test moves: a lead disposed of as
// 谈话函询 gets its plan (函询 for the person reported), approved — which makes the 函询; its
// 函询通知书 is drafted from the letter, previewed and issued in 发文登记; the clock moved past the
// 15 working days shows the reply overdue (首页's 谈话函询逾期 and the register under it); the reply
// is recorded and assessed 如实说明; the tip is concluded 查否 from it, nothing typed twice.
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { choose, gridTotal } from '../../helpers/e2e/helpers.ts';
import { daysBetween } from '../../../shared/kernel/workdays.ts';
import { hostApi, INSPECTOR, isoDay, LEADER, readyStaff, signInAs, type Staff } from '../../rectification/e2e/steps.ts';
import { expectStatus } from '../../tips/e2e/steps.ts';

const CLERK: Staff = { username: 'xinfang', displayName: '周文静' };

interface Tip {
  id: number;
  number: string;
  version: number;
  people: Array<{ id: number }>;
}
interface Plan {
  plan: { version: number } | null;
  interviews: Array<{ id: number; number: string; kind: string }>;
}

test('a lead’s 函询: planned and approved, its notice issued, the reply overdue on 首页, answered 如实说明, the tip concluded 查否 from it', async ({ page, clockHost }) => {
  test.setTimeout(300_000);
  const call = hostApi(clockHost.url);
  const sessions = await readyStaff(call, [CLERK, INSPECTOR, LEADER]);
  const as = (s: Staff) => sessions.get(s.username) as string;

  // A lead about a village cadre (no 机关主要领导 needed), disposed of as 谈话函询 and approved.
  const people = await call<{ rows: Array<{ id: number; name: string }> }>('people.list', { page: 0, pageSize: 1, category: '一般干部', status: '在职' }, as(CLERK));
  const person = people.rows[0];
  if (!person) throw new Error('no 一般干部 in the demo registry');
  const users = await call<Array<{ id: number; displayName: string }>>('users.options', {}, as(CLERK));
  const handlerId = users.find((u) => u.displayName === INSPECTOR.displayName)?.id;
  const registered = await call<Tip>('tips.register', {
    receivedDate: isoDay(0), channel: '来信', mode: '匿名', people: [{ personId: person.id, name: person.name }], categories: ['廉洁纪律'],
    summary: '反映村干部违规领取补贴', content: '反映该村干部违规领取误工补贴。',
  }, as(CLERK));
  let tip = await call<Tip>('tips.get', { id: registered.id }, as(CLERK));
  tip = await call<Tip>('tips.propose', {
    id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: handlerId, handlingDue: isoDay(60),
  }, as(CLERK));
  tip = await call<Tip>('tips.approve', { id: tip.id, version: tip.version, approved: true }, as(LEADER));

  // The plan: 函询 for the one person reported; submitted and approved, which makes the letter.
  const tipPersonId = tip.people[0]?.id;
  let plan = await call<Plan>('interviews.savePlan', { tipId: tip.id, items: [{ tipPersonId, way: '函询', plannedDate: isoDay(0) }] }, as(INSPECTOR));
  plan = await call<Plan>('interviews.submitPlan', { tipId: tip.id, version: plan.plan?.version }, as(INSPECTOR));
  plan = await call<Plan>('interviews.decidePlan', { tipId: tip.id, version: plan.plan?.version, approved: true, note: '同意函询' }, as(LEADER));
  const letter = plan.interviews.find((i) => i.kind === '函询');
  if (!letter) throw new Error('the approved plan made no 函询');

  // On the tip's page the letter made from the plan; its number opens it.
  await login(page, clockHost.url);
  await signInAs(page, INSPECTOR);
  await page.evaluate((id) => (location.hash = `#/tips/${id}`), tip.id);
  const section = page.getByRole('region', { name: '谈话函询方案' });
  const made = section.getByRole('table', { name: '据方案生成的谈话和函询' }).getByRole('row').filter({ hasText: letter.number });
  await expect(made).toContainText('待发函');
  await made.getByRole('link', { name: letter.number }).click();
  await expect(page.getByRole('heading', { name: `函询 ${letter.number}`, level: 1 })).toBeVisible();

  // 拟制函询通知书 → the draft in 发文登记: previewed, then issued with its 文号.
  await page.getByRole('button', { name: '拟制函询通知书' }).click();
  await expect(page).toHaveURL(/#\/documents\/\d+/);
  await page.getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('region', { name: '公文预览' });
  await expect(preview).toContainText(person.name, { timeout: 30_000 });
  await expect(preview).toContainText('个工作日内');
  await page.getByRole('button', { name: '印发', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '印发公文' });
  await confirm.getByRole('button', { name: '印发', exact: true }).click();
  const issued = page.getByRole('dialog', { name: '已印发' });
  await expect(issued.getByLabel('印发文号')).toHaveText(/函〔\d{4}〕\d+号$/);
  await issued.getByRole('button', { name: '确定' }).click();
  const sent = await call<{ status: string; sentDate: string; dueDate: string }>('interviews.get', { id: letter.id }, as(INSPECTOR));
  expect(sent).toMatchObject({ status: '待答复', sentDate: isoDay(0) });

  // Two days past the reply's due (15 working days on the holiday calendar): overdue on 首页 and in the register.
  await clockHost.setDaysAhead(daysBetween(isoDay(0), sent.dueDate) + 2);
  const later = isoDay(daysBetween(isoDay(0), sent.dueDate) + 2);
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await signInAs(page, INSPECTOR);
  const overdue = page.getByRole('region', { name: '谈话函询逾期' });
  await expect(overdue).toBeVisible();
  await overdue.getByRole('link', { name: '查看全部谈话函询逾期' }).click();
  await page.getByRole('searchbox', { name: '搜索编号、对象、事由、地点' }).fill(letter.number);
  // The search's own answer (the list under 逾期 shows first): the one letter.
  await expect.poll(() => gridTotal(page)).toBe(1);
  const row = page.getByRole('grid', { name: '谈话函询登记' }).getByRole('row').filter({ hasText: letter.number });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('逾期');
  await row.getByRole('link', { name: letter.number }).click();
  await expect(page.getByRole('heading', { name: `函询 ${letter.number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: '期限' })).toContainText('逾期');

  // The reply, late, countersigned; assessed 如实说明 → 了结.
  await page.getByRole('button', { name: '登记答复', exact: true }).click();
  const reply = page.getByRole('dialog', { name: '登记答复' });
  await expect(reply.getByRole('group', { name: '答复日期', exact: true })).toContainText(later);
  await reply.getByLabel('主要负责人签字背书').check();
  await reply.getByRole('textbox', { name: '答复内容摘要', exact: true }).fill('误工补贴系按村务会议决定领取，有会议记录和公示为证。');
  await reply.getByRole('button', { name: '保存' }).click();
  await expect(reply).toBeHidden();
  await page.getByRole('button', { name: '评估', exact: true }).click();
  const assess = page.getByRole('dialog', { name: '评估答复' });
  await choose(assess, '评估结论', '如实说明');
  await assess.getByRole('textbox', { name: '评估意见', exact: true }).fill('经核对会议记录和公示，答复属实，予以了结。');
  await assess.getByRole('button', { name: '提交评估' }).click();
  await expect(assess).toBeHidden();
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('已办结');

  // The tip concluded from it: 查否 is the one result allowed; the person's 处理 is 无, not typed again.
  await page.getByRole('link', { name: new RegExp(tip.number) }).first().click();
  await expect(page.getByRole('heading', { name: `信访件 ${tip.number}`, level: 1 })).toBeVisible();
  await section.getByRole('button', { name: '依谈话函询结果办结' }).click();
  const conclude = page.getByRole('dialog', { name: '依谈话函询结果办结' });
  await choose(conclude, '办理结果', '查否');
  await conclude.getByRole('textbox', { name: '办理情况' }).fill('经函询，本人如实说明，反映问题不实，予以了结。');
  await conclude.getByRole('button', { name: '办结', exact: true }).click();
  await expect(conclude).toBeHidden();
  await expectStatus(page, '待归档');
  // (The API sessions ended with the clock's move: the page tells.)
  await expect(page.getByRole('table', { name: '处理', exact: true }).getByRole('row').filter({ hasText: person.name })).toContainText('无');
  await expect(page.getByRole('table', { name: '办理过程' }).getByRole('row').filter({ hasText: '办结' }).last()).toContainText('查否');
});
