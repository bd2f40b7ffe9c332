// A 函询 on its page, as issue 13 tells it: 拟制函询通知书 goes to the draft in 发文登记, where it is
// issued with its 文号; the letter then waits for the reply (答复期限 15 working days on), which is
// recorded (签字背书, 摘要) and assessed 如实说明 — the letter is 已办结 (了结).
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { fillDate, hostApi, INSPECTOR, isoDay, LEADER, readyStaff, signInAs } from '../../rectification/e2e/steps.ts';

interface Detail {
  id: number;
  number: string;
  version: number;
}

test('a 函询: 拟制函询通知书 → issued in 发文登记 → 登记答复 → 评估 如实说明 → 已办结', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const READER = { username: 'chayue', displayName: '何敏' };
  const sessions = await readyStaff(call, [INSPECTOR, READER]);
  const session = sessions.get(INSPECTOR.username) as string;
  const people = await call<{ rows: Array<{ id: number; name: string; unitName: string; post: string }> }>(
    'people.list',
    { page: 0, pageSize: 20, status: '在职', sortField: 'name', sortDir: 'desc' },
    session,
  );
  const person = people.rows.find((p) => p.post !== '') ?? people.rows[0];
  if (!person) throw new Error('no person in the demo registry');
  const letter = await call<Detail>(
    'interviews.create',
    { kind: '函询', personId: person.id, cause: { kind: '其他', text: '反映其配偶经商办企业' } },
    session,
  );

  await page.goto(demoHost.url);
  await signInAs(page, INSPECTOR);
  const letterPage = new URL(`#/interviews/${letter.id}`, demoHost.url).toString();
  await page.goto(letterPage);
  await expect(page.getByRole('heading', { name: `函询 ${letter.number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('待发函');
  await expect(page.getByRole('button', { name: '登记答复', exact: true })).toHaveCount(0);

  // 拟制函询通知书: the draft's page in 发文登记, issued there.
  await page.getByRole('button', { name: '拟制函询通知书' }).click();
  await expect(page).toHaveURL(/#\/documents\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('函询');
  await page.getByRole('button', { name: '印发', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '印发公文' });
  await confirm.getByRole('button', { name: '印发', exact: true }).click();
  await expect(confirm).toBeHidden();
  const issued = page.getByRole('dialog', { name: '已印发' });
  await issued.getByRole('button', { name: '确定' }).click();
  await expect(issued).toBeHidden();
  const numberField = page.getByLabel('文号', { exact: true });
  await expect(numberField).not.toHaveText('（印发时生成）');
  const number = ((await numberField.textContent()) ?? '').trim();

  // Back on the letter: sent, the reply due (15 working days on, as the service counts them), the notice's 文号 linked.
  const sent = await call<{ dueKind: string; dueDate: string; workdaysLeft: number }>('interviews.get', { id: letter.id }, session);
  expect(sent.dueKind).toBe('答复');
  const letterDue = sent.dueDate;
  expect(letterDue > isoDay(15)).toBe(true);
  await page.getByRole('link', { name: '查看谈话函询' }).click();
  await expect(page.getByRole('heading', { name: `函询 ${letter.number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('待答复');
  await expect(page.getByRole('region', { name: '基本信息' }).getByLabel('函询通知书')).toHaveText(number);
  const letterInfo = page.getByRole('region', { name: '函询' });
  await expect(letterInfo.getByLabel('发函日期')).toHaveText(isoDay(0));
  await expect(page.getByRole('group', { name: '期限' })).toContainText(`答复期限 ${letterDue} · 还剩${sent.workdaysLeft}个工作日`);

  // 登记答复: the day, countersigned by the main leader, what it says.
  await page.getByRole('button', { name: '登记答复', exact: true }).click();
  const reply = page.getByRole('dialog', { name: '登记答复' });
  await expect(reply.getByRole('group', { name: '答复日期', exact: true })).toContainText(isoDay(0));
  await reply.getByRole('button', { name: '保存' }).click();
  await expect(reply.getByRole('alert')).toBeVisible();
  await expect(reply.getByRole('textbox', { name: '答复内容摘要', exact: true })).toHaveAccessibleDescription(/请填写答复内容摘要/);
  await reply.getByLabel('主要负责人签字背书').check();
  await reply.getByRole('textbox', { name: '答复内容摘要', exact: true }).fill('本人配偶经营的企业与本人职责无关，已如实报告个人有关事项。');
  await reply.getByRole('button', { name: '保存' }).click();
  await expect(reply).toBeHidden();
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('待评估');
  await expect(letterInfo.getByLabel('主要负责人签字背书')).toHaveText('已签字背书');
  await expect(letterInfo.getByLabel('答复内容摘要')).toContainText('已如实报告个人有关事项');

  // 评估: 如实说明 → 了结, 已办结.
  await page.getByRole('button', { name: '评估', exact: true }).click();
  const assess = page.getByRole('dialog', { name: '评估答复' });
  await choose(assess, '评估结论', '如实说明');
  await expect(assess.getByRole('combobox', { name: '处理结果' })).toHaveCount(0);
  await assess.getByRole('textbox', { name: '评估意见', exact: true }).fill('经核对，答复内容属实，予以了结。');
  await assess.getByRole('button', { name: '提交评估' }).click();
  await expect(assess).toBeHidden();
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('已办结');
  await expect(letterInfo.getByLabel('评估结论')).toHaveText('如实说明');
  await expect(page.getByRole('region', { name: '结果' }).getByLabel('结果', { exact: true })).toHaveText('了结');
  await expect(page.getByRole('button', { name: '民主生活会', exact: true })).toBeVisible();

  // 只读 sees the letter but not what the reply says, and no step.
  await signInAs(page, READER);
  await page.goto(letterPage);
  await expect(page.getByRole('heading', { name: `函询 ${letter.number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '函询' }).getByLabel('答复内容摘要')).toHaveText('无权查看内容');
  await expect(page.getByRole('region', { name: '函询' }).getByLabel('评估结论')).toHaveText('如实说明');
  await expect(page.getByRole('button', { name: '民主生活会', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '材料' }).getByRole('button', { name: '上传材料' })).toHaveCount(0);
});

test('a 函询 sent: 申请延期 approved by a 领导 moves the reply due; 说明不清 asks a 补充说明 and the letter waits for a reply again', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const sessions = await readyStaff(call, [INSPECTOR, LEADER]);
  const session = sessions.get(INSPECTOR.username) as string;
  const people = await call<{ rows: Array<{ id: number; name: string }> }>('people.list', { page: 0, pageSize: 5, status: '在职', sortField: 'name', sortDir: 'asc' }, session);
  const person = people.rows[0];
  if (!person) throw new Error('no person in the demo registry');
  const letter = await call<Detail>('interviews.create', { kind: '函询', personId: person.id, cause: { kind: '其他', text: '反映其违规兼职取酬' } }, session);
  const draft = await call<{ id: number; version: number }>('interviews.draftNotice', { id: letter.id, kind: 'inquiry' }, session);
  await call('interviews.issueNotice', { id: draft.id, version: draft.version }, session);
  const sent = await call<{ dueDate: string }>('interviews.get', { id: letter.id }, session);
  const later = isoDay(40);
  const letterPage = new URL(`#/interviews/${letter.id}`, demoHost.url).toString();

  // 申请延期: the later due and why.
  await page.goto(demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.goto(letterPage);
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('待答复');
  await page.getByRole('button', { name: '申请延期', exact: true }).click();
  const request = page.getByRole('dialog', { name: '申请延期' });
  await expect(request).toContainText(`当前答复期限：${sent.dueDate}`);
  await fillDate(request, '延期至', later);
  await request.getByRole('textbox', { name: '延期理由' }).fill('本人外出学习，申请延后答复');
  await request.getByRole('button', { name: '提交申请' }).click();
  await expect(request).toBeHidden();
  await expect(page.getByText(`申请将期限由 ${sent.dueDate} 延期至 ${later}，等待领导审批`)).toBeVisible();
  await expect(page.getByRole('button', { name: '申请延期', exact: true })).toHaveCount(0);

  // A 领导 approves it: the due moves, the first one stays on record.
  await signInAs(page, LEADER);
  await page.goto(letterPage);
  await page.getByRole('button', { name: '审批延期', exact: true }).click();
  const decide = page.getByRole('dialog', { name: '审批延期' });
  await decide.getByRole('radiogroup', { name: '审批结论' }).getByRole('radio', { name: '同意', exact: true }).check();
  await decide.getByRole('textbox', { name: '审批意见' }).fill('同意延期');
  await decide.getByRole('button', { name: '提交审批' }).click();
  await expect(decide).toBeHidden();
  await expect(page.getByRole('group', { name: '期限' })).toContainText(`答复期限 ${later}（原 ${sent.dueDate}）`);
  await expect(page.getByRole('table', { name: '延期' }).getByRole('row').filter({ hasText: later })).toContainText('已批准');

  // The reply, assessed 说明不清: a 补充说明 is asked, the letter waits for a reply again.
  await signInAs(page, INSPECTOR);
  await page.goto(letterPage);
  await page.getByRole('button', { name: '登记答复', exact: true }).click();
  const reply = page.getByRole('dialog', { name: '登记答复' });
  await reply.getByRole('textbox', { name: '答复内容摘要', exact: true }).fill('本人未在企业兼职。');
  await reply.getByRole('button', { name: '保存' }).click();
  // Without the main leader's countersignature the service refuses it, under that box.
  await expect(reply.getByRole('alert')).toContainText('主要负责人签字背书');
  await expect(reply.getByText('须经主要负责人签字背书')).toBeVisible();
  await reply.getByLabel('主要负责人签字背书').check();
  await reply.getByRole('button', { name: '保存' }).click();
  await expect(reply).toBeHidden();
  await page.getByRole('button', { name: '评估', exact: true }).click();
  const assess = page.getByRole('dialog', { name: '评估答复' });
  await choose(assess, '评估结论', '说明不清');
  await assess.getByRole('textbox', { name: '评估意见', exact: true }).fill('未说明报酬来源，请补充说明。');
  await assess.getByRole('button', { name: '提交评估' }).click();
  await expect(assess).toBeHidden();
  await expect(page.getByRole('group', { name: '状态' })).toHaveText('待答复');
  const info = page.getByRole('region', { name: '函询' });
  await expect(info.getByLabel('评估结论')).toHaveText('说明不清');
  await expect(info.getByLabel('补充说明次数')).toHaveText('1');
  await expect(page.getByRole('button', { name: '登记答复', exact: true })).toBeVisible();
});
