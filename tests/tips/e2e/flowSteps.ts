// The handling steps on a tip's page, as a person takes them by the labels on the screen:
// 拟办, 审批, 申请延期 and 延期审批, 办结 with each person's 处理, 反馈 and 归档.
import type { Page } from '@playwright/test';
import { expect } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { expectStatus, fillDate, type Staff } from './steps.ts';

export interface Proposal {
  disposal: string;
  dept: string;
  handler: Staff;
  due: string;
  note?: string;
}

/** On a tip's page (待拟办): 拟办 → 提交审批; the tip then waits for 审批. */
export async function propose(page: Page, p: Proposal): Promise<void> {
  await page.getByRole('button', { name: '拟办', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '拟办' });
  await choose(dialog, '处置方式', p.disposal);
  await dialog.getByLabel('承办部门').fill(p.dept);
  await choose(dialog, '承办人', `${p.handler.displayName}（${p.handler.role}）`);
  await fillDate(dialog, '承办时限', p.due);
  if (p.note) await dialog.getByLabel('拟办意见').fill(p.note);
  await dialog.getByRole('button', { name: '提交审批' }).click();
  await expect(dialog).toBeHidden();
  await expectStatus(page, '待审批');
}

/** On a tip's page (待审批, as a leader): 审批 → 同意 (or 退回). */
export async function approve(page: Page, agree: boolean, note = ''): Promise<void> {
  await page.getByRole('button', { name: '审批', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '审批' });
  if (note) await dialog.getByLabel('审批意见').fill(note);
  await dialog.getByRole('button', { name: agree ? '同意' : '退回', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expectStatus(page, agree ? '承办中' : '待拟办');
}

/** On a tip's page (承办中, as its handler): 申请延期 to `newDue` with a reason. */
export async function requestExtension(page: Page, newDue: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: '申请延期', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '申请延期' });
  await fillDate(dialog, '延期至', newDue);
  await dialog.getByLabel('延期理由').fill(reason);
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '延期记录' })).toContainText('待审批');
}

/** On a tip's page (as a leader, with an extension pending): 延期审批 → 同意延期 or 不同意. */
export async function decideExtension(page: Page, agree: boolean, note = ''): Promise<void> {
  await page.getByRole('button', { name: '延期审批', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '延期审批' });
  if (note) await dialog.getByLabel('审批意见').fill(note);
  await dialog.getByRole('button', { name: agree ? '同意延期' : '不同意', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '延期记录' })).toContainText(agree ? '已批准' : '未批准');
}

export interface PersonOutcome {
  name: string;
  outcome: string;
  grade?: string;
  circumstance?: string;
  conductDate?: string;
}

export interface Conclusion {
  result?: string;
  date: string;
  text: string;
  outcomes?: PersonOutcome[];
}

/** On a tip's page (承办中, as its handler): 办结 with the result and each person's 处理. */
export async function conclude(page: Page, c: Conclusion): Promise<void> {
  await page.getByRole('button', { name: '办结', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '办结' });
  if (c.result) await choose(dialog, '办理结果', c.result);
  await fillDate(dialog, '办结日期', c.date);
  await dialog.getByLabel('办理情况').fill(c.text);
  for (const o of c.outcomes ?? []) {
    const row = dialog.getByRole('group', { name: o.name, exact: true });
    await choose(row, '处理', o.outcome);
    if (o.grade) await choose(row, '处分档次', o.grade);
    if (o.circumstance) await choose(row, '情节', o.circumstance);
    if (o.conductDate) await fillDate(row, '违纪行为发生时间', o.conductDate);
  }
  await dialog.getByRole('button', { name: '办结', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** On a tip's page (待反馈): 反馈 — date, way and what was told. */
export async function giveFeedback(page: Page, date: string, way: string, content: string): Promise<void> {
  await page.getByRole('button', { name: '反馈', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '反馈' });
  await fillDate(dialog, '反馈日期', date);
  await choose(dialog, '反馈方式', way);
  await dialog.getByLabel('反馈内容').fill(content);
  await dialog.getByRole('button', { name: '保存反馈' }).click();
  await expect(dialog).toBeHidden();
  await expectStatus(page, '待归档');
}

/** On a tip's page (待归档): 归档. */
export async function archive(page: Page, note = ''): Promise<void> {
  await page.getByRole('button', { name: '归档', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '归档' });
  if (note) await dialog.getByLabel('归档说明').fill(note);
  await dialog.getByRole('button', { name: '归档', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expectStatus(page, '已归档');
}

/** On an archived tip's page, as 领导: 重新启用 with the reason; the tip is back at 待归档. */
export async function reopen(page: Page, reason: string): Promise<void> {
  await page.getByRole('button', { name: '重新启用', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '重新启用' });
  await dialog.getByLabel('重新启用理由').fill(reason);
  await dialog.getByRole('button', { name: '重新启用', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expectStatus(page, '待归档');
}
