// A 诫勉谈话 on its page, as issue 13 tells it: planned by the office with two interviewers and a
// recorder, then — by the labels on the screen — 记录谈话 (key points, statement, a follow-up with
// its 完成时限), the signed record uploaded (签字谈话记录), 办结 诫勉 with its 情节 and the date of
// the conduct; the 诫勉 is then the person's discipline event in 处理记录, linked back to the talk.
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { fillDate, hostApi, INSPECTOR, INSPECTOR2, isoDay, readyStaff, signInAs, textFile } from '../../rectification/e2e/steps.ts';

interface Detail {
  id: number;
  number: string;
  version: number;
}

test('a 诫勉谈话 planned with two interviewers is recorded, its signed record uploaded, concluded 诫勉, and shown in the person’s 处理记录', async ({ page, demoHost }) => {
  test.setTimeout(240_000);
  const call = hostApi(demoHost.url);
  const sessions = await readyStaff(call, [INSPECTOR, INSPECTOR2]);
  const session = sessions.get(INSPECTOR.username) as string;
  const users = await call<Array<{ id: number; displayName: string }>>('users.options', {}, session);
  const idOf = (name: string): number => {
    const found = users.find((u) => u.displayName === name);
    if (!found) throw new Error(`no account ${name}`);
    return found.id;
  };
  const people = await call<{ rows: Array<{ id: number; name: string; unitName: string; post: string }> }>(
    'people.list',
    { page: 0, pageSize: 20, status: '在职', sortField: 'name', sortDir: 'asc' },
    session,
  );
  const person = people.rows.find((p) => p.post !== '') ?? people.rows[0];
  if (!person) throw new Error('no person in the demo registry');
  const talk = await call<Detail>(
    'interviews.create',
    {
      kind: '谈话',
      talkType: '诫勉谈话',
      personId: person.id,
      cause: { kind: '其他', text: '违规接受管理服务对象宴请' },
      plannedDate: isoDay(0),
      plannedTime: '09:30',
      place: '县纪委谈话室',
      holder: '本委',
      interviewerIds: [idOf(INSPECTOR.displayName), idOf(INSPECTOR2.displayName)],
      recorderUserId: idOf(INSPECTOR2.displayName),
    },
    session,
  );

  await page.goto(demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.goto(new URL(`#/interviews/${talk.id}`, demoHost.url).toString());
  await expect(page.getByRole('heading', { name: `谈话 ${talk.number}`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('状态')).toHaveText('待谈话');
  await expect(page.getByLabel('类别', { exact: true }).first()).toHaveText('诫勉谈话');
  const info = page.getByRole('region', { name: '基本信息' });
  await expect(info.getByLabel('谈话人')).toHaveText(`${INSPECTOR.displayName}、${INSPECTOR2.displayName}`);
  await expect(info.getByLabel('记录人')).toHaveText(INSPECTOR2.displayName);
  await expect(info.getByLabel('事由')).toContainText('违规接受管理服务对象宴请');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '谈话（待谈话）');

  // 修改 before the talk: one interviewer too few is refused by the service under 谈话人; then a later time.
  await page.getByRole('button', { name: '修改', exact: true }).click();
  const edit = page.getByRole('dialog', { name: '修改谈话' });
  const interviewers = edit.getByRole('combobox', { name: '谈话人' });
  await interviewers.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Escape');
  await expect(edit.getByRole('button', { name: INSPECTOR2.displayName })).toHaveCount(0);
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByRole('alert')).toBeVisible();
  await expect(interviewers).toHaveAccessibleDescription('谈话人应至少2人');
  await choose(edit, '谈话人', INSPECTOR2.displayName);
  await edit.getByRole('textbox', { name: '计划时间' }).fill('10:00');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(info.getByLabel('计划时间')).toHaveText(`${isoDay(0)} 10:00`);
  await expect(info.getByLabel('谈话人')).toHaveText(`${INSPECTOR.displayName}、${INSPECTOR2.displayName}`);

  // 记录谈话: the day, the time, the key points, the statement and a follow-up with its 完成时限.
  await page.getByRole('button', { name: '记录谈话', exact: true }).click();
  const record = page.getByRole('dialog', { name: '记录谈话' });
  await expect(record.getByRole('group', { name: '谈话日期', exact: true })).toContainText(isoDay(0));
  await record.getByRole('textbox', { name: '谈话要点', exact: true }).fill('指出其违规接受宴请的问题，要求深刻反思。');
  await record.getByRole('textbox', { name: '本人陈述', exact: true }).fill('本人承认接受宴请，表示诚恳接受组织批评。');
  await record.getByRole('button', { name: '添加后续事项' }).click();
  const follow = record.getByRole('group', { name: '后续事项1' });
  await follow.getByRole('textbox', { name: '后续事项1' }).fill('提交书面检查');
  await fillDate(follow, '完成时限', isoDay(7));
  await record.getByRole('button', { name: '保存谈话记录' }).click();
  await expect(record).toBeHidden();
  await expect(page.getByLabel('状态')).toHaveText('待办结');
  await expect(page.getByRole('region', { name: '谈话记录' }).getByLabel('本人陈述')).toHaveText('本人承认接受宴请，表示诚恳接受组织批评。');
  const followUps = page.getByRole('table', { name: '后续事项' });
  await expect(followUps.getByRole('row').filter({ hasText: '提交书面检查' })).toContainText(isoDay(7));

  // 完成后续事项: the written self-criticism came in today.
  await followUps.getByRole('row').filter({ hasText: '提交书面检查' }).getByRole('button', { name: '完成' }).click();
  const done = page.getByRole('dialog', { name: '完成后续事项' });
  await expect(done.getByRole('group', { name: '完成日期', exact: true })).toContainText(isoDay(0));
  await done.getByRole('textbox', { name: '完成情况' }).fill('已提交书面检查');
  await done.getByRole('button', { name: '完成', exact: true }).click();
  await expect(done).toBeHidden();
  await expect(followUps.getByRole('row').filter({ hasText: '提交书面检查' })).toContainText('已提交书面检查');

  // 打印谈话记录: its pages shown, the .docx downloaded.
  await page.getByRole('button', { name: '打印谈话记录' }).click();
  const print = page.getByRole('dialog', { name: `谈话记录 ${talk.number}` });
  const download = print.getByRole('button', { name: '下载' });
  await expect(download).toBeEnabled({ timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  await print.getByRole('button', { name: '关闭' }).click();
  await expect(print).toBeHidden();

  // The record signed by both interviewers and the person, uploaded as 签字谈话记录.
  await page.getByRole('region', { name: '材料' }).getByRole('button', { name: '上传材料' }).click();
  const upload = page.getByRole('dialog', { name: '上传材料' });
  await expect(upload.getByRole('combobox', { name: '材料类别' })).toHaveText('签字谈话记录');
  await upload.getByLabel('选择材料文件').setInputFiles(textFile('谈话记录（签字）.txt', '谈话记录，谈话人、记录人及谈话对象均已签字。'));
  await expect(upload).toContainText('谈话记录（签字）.txt');
  await upload.getByRole('button', { name: '上传', exact: true }).click();
  await expect(upload).toBeHidden();
  await expect(page.getByRole('table', { name: '材料' }).getByRole('row').filter({ hasText: '谈话记录（签字）.txt' })).toContainText('签字谈话记录');

  // 办结: 诫勉, its 情节 and when the conduct happened; a missing date is named first.
  await page.getByRole('button', { name: '办结', exact: true }).click();
  const conclude = page.getByRole('dialog', { name: '谈话办结' });
  await choose(conclude, '谈话结果', '诫勉');
  await choose(conclude, '情节', '从重');
  await fillDate(conclude, '违纪行为发生时间', isoDay(-60));
  await conclude.getByRole('textbox', { name: '结果说明', exact: true }).fill('予以诫勉，责令作出书面检查。');
  await conclude.getByRole('button', { name: '办结', exact: true }).click();
  await expect(conclude).toBeHidden();
  await expect(page.getByLabel('状态')).toHaveText('已办结');
  const outcome = page.getByRole('region', { name: '结果' });
  await expect(outcome.getByLabel('结果', { exact: true })).toHaveText('诫勉');
  await expect(outcome.getByLabel('办结日期')).toHaveText(isoDay(0));
  await expect(outcome.getByLabel('处理记录')).toContainText('诫勉');

  // 处理记录 of the person: the 诫勉 from this talk.
  await page.getByRole('region', { name: '基本信息' }).getByRole('button', { name: '处理记录' }).click();
  const events = page.getByRole('dialog', { name: `${person.name}的处理记录` });
  const row = events.getByRole('table', { name: '处理记录' }).getByRole('row').filter({ hasText: talk.number });
  await expect(row).toContainText('诫勉');
  await expect(row).toContainText('从重');
  await expect(row).toContainText(isoDay(-60));
  await expect(row.getByRole('link', { name: `谈话 ${talk.number}` })).toHaveAttribute('href', `#/interviews/${talk.id}`);
  await events.getByRole('button', { name: '关闭' }).click();
  await expect(events).toBeHidden();
});
