// The whole life of a named tip as the issue tells it, on a host whose clock the test moves:
// 登记 against two registry people by the form's labels, the repeat suggestion linked, 拟办
// 初步核实, 审批, the clock moved past the deadline → 逾期 on the handler's 首页, 办结 查实 with
// 党纪处分（警告） for the 主要负责人, 反馈, 归档, and a leader's 重新启用 with its reason.
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { approve, archive, conclude, giveFeedback, propose, reopen } from './flowSteps.ts';
import { openTip } from './ledgerSteps.ts';
import { addStaff, CLERK, expectStatus, firstSignIn, isoDay, LEADER, registerTip, signInAs } from './steps.ts';

// Demo county people whose names occur once in the registry.
const MAIN_LEADER = { name: '姜桂芳', unit: '河口镇' }; // 镇党委书记, 主要负责人
const OTHER = { name: '龙萍', unit: '城关镇' };

test('a named tip from registration to archive, with its deadline passing on the way', async ({ page, clockHost }) => {
  test.setTimeout(240_000);
  await login(page, clockHost.url);
  await addStaff(page, [CLERK, LEADER]);
  await firstSignIn(page, LEADER);
  await firstSignIn(page, CLERK);

  const tip = await registerTip(page, {
    channel: '来访',
    mode: '实名',
    reporter: { name: '刘建民', phone: '0571-87654321', address: '临江县河口镇滨江路3号' },
    people: [MAIN_LEADER, OTHER],
    categories: ['廉洁纪律'],
    summary: '反映河口镇党委书记违规发放征地补偿款',
    content: '来访人反映姜桂芳在征地补偿款发放中优亲厚友，龙萍知情不报。',
  });
  await expectStatus(page, '待拟办');
  const repeat = await registerTip(page, {
    channel: '来信',
    mode: '实名',
    reporter: { name: '刘建民', phone: '0571-87654321' },
    people: [MAIN_LEADER],
    categories: ['廉洁纪律'],
    summary: '再次反映河口镇征地补偿款问题',
    content: '来信再次反映姜桂芳违规发放征地补偿款。',
    repeatOf: tip.number,
  });
  await expect(page.getByRole('table', { name: '重复件' }).getByRole('row').filter({ hasText: repeat.number })).toContainText('重复件');

  await openTip(page, tip.number);
  await propose(page, { disposal: '初步核实', dept: '第一纪检监察室', handler: CLERK, due: isoDay(10), note: '建议初步核实' });
  await signInAs(page, LEADER);
  await openTip(page, tip.number);
  await approve(page, true, '同意');
  await expectStatus(page, '承办中');

  // Twelve days later the deadline has passed: the handler's 首页 says so.
  await clockHost.setDaysAhead(12);
  // Back at the PC after twelve days, the window is locked (the idle lock), keeping the page.
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible();
  await signInAs(page, CLERK);
  await openPage(page, '首页');
  const overdue = page.getByRole('region', { name: '我的逾期事项' });
  const item = overdue.getByRole('link').filter({ hasText: tip.number });
  await expect(item).toBeVisible();
  await expect(item).toContainText('逾期');

  await openTip(page, tip.number);
  await conclude(page, {
    result: '查实',
    date: isoDay(12),
    text: '经初步核实，反映的问题属实。',
    outcomes: [
      { name: MAIN_LEADER.name, outcome: '党纪处分', grade: '警告', circumstance: '一般', conductDate: isoDay(-200) },
      { name: OTHER.name, outcome: '批评教育', circumstance: '从轻', conductDate: isoDay(-200) },
    ],
  });
  await expectStatus(page, '待反馈');
  const outcomes = page.getByRole('table', { name: '处理', exact: true });
  await expect(outcomes.getByRole('row').filter({ hasText: MAIN_LEADER.name })).toContainText('党纪处分');
  await expect(outcomes.getByRole('row').filter({ hasText: MAIN_LEADER.name })).toContainText('警告');
  await expect(outcomes.getByRole('row').filter({ hasText: MAIN_LEADER.name })).toContainText('主要负责人');

  await giveFeedback(page, isoDay(12), '当面反馈', '已当面向反映人反馈核实结果。');
  await archive(page, '材料齐全，归档。');
  const history = page.getByRole('table', { name: '办理过程' });
  for (const step of ['登记', '拟办', '审批', '办结', '反馈', '归档']) {
    await expect(history.getByRole('cell', { name: step, exact: true }).first()).toBeVisible();
  }
  // Archived: the clerk can no longer add a file; a leader 重新启用 it with the reason.
  await expect(page.getByRole('button', { name: '上传附件' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '重新启用' })).toHaveCount(0);
  await signInAs(page, LEADER);
  await openTip(page, tip.number);
  await reopen(page, '需补充当事人说明材料。');
  await expect(history.getByRole('row').filter({ hasText: '重新启用' })).toContainText('需补充当事人说明材料。');
});
