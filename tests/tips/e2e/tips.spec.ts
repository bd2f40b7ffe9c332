// 信访举报/问题线索 by the labels on the screen: 登记 against registry people, the repeat
// suggestion linked as 重复件, 拟办 (初步核实) and the leader's 审批; an anonymous tip's 查询码
// telling the stage only; reporter identities masked for 只读 and revealed only deliberately;
// a lead through 延期, 办结, 反馈 and 归档 with its attachment.
import { expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { approve, archive, conclude, decideExtension, giveFeedback, propose, requestExtension } from './flowSteps.ts';
import { exportLedger, lookUpCode, openTip } from './ledgerSteps.ts';
import { addStaff, CLERK, expectStatus, firstSignIn, isoDay, LEADER, READER, registerTip, signInAs } from './steps.ts';

// Demo county people with names found once in the registry.
const YAO = { name: '姚宇轩', unit: '城关镇' };
const PAN = { name: '潘浩宇', unit: '城关镇' };

test('register a named tip, link a repeat, 拟办 初步核实 and the leader approves', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  await login(page, demoHost.url);
  await addStaff(page, [CLERK, LEADER]);
  await firstSignIn(page, LEADER);
  await firstSignIn(page, CLERK);

  const first = await registerTip(page, {
    channel: '来信',
    mode: '实名',
    reporter: { name: '张明华', phone: '13812345678', address: '临江县城关镇人民路8号' },
    people: [YAO, PAN],
    categories: ['廉洁纪律', '工作纪律'],
    summary: '反映城关镇党委书记违规收受礼金',
    content: '反映姚宇轩、潘浩宇在工程验收中收受施工方礼金，并违规安排亲属承揽工程。',
  });
  await expectStatus(page, '待拟办');
  const people = page.getByRole('table', { name: '被反映人' });
  await expect(people).toContainText('姚宇轩');
  await expect(people).toContainText('潘浩宇');
  await expect(page.getByLabel('反映人姓名', { exact: true })).toHaveText('张**');

  const second = await registerTip(page, {
    channel: '电话',
    mode: '匿名',
    people: [YAO],
    categories: ['廉洁纪律'],
    summary: '再次反映城关镇党委书记收受礼金',
    content: '来电反映姚宇轩收受工程款回扣。',
    repeatOf: first.number,
  });
  expect(second.number).not.toBe(first.number);
  const group = page.getByRole('table', { name: '重复件' });
  await expect(group.getByRole('row').filter({ hasText: first.number })).toContainText('原件');
  await expect(group.getByRole('row').filter({ hasText: second.number })).toContainText('重复件');

  await openTip(page, first.number);
  await propose(page, { disposal: '初步核实', dept: '第一纪检监察室', handler: CLERK, due: isoDay(30), note: '建议初步核实' });
  await expect(page.getByRole('table', { name: '办理过程' })).toContainText('拟办');

  await signInAs(page, LEADER);
  await openTip(page, first.number);
  await expect(page.getByRole('button', { name: '拟办', exact: true })).toHaveCount(0);
  await approve(page, true, '同意初步核实');
  const steps = page.getByRole('table', { name: '办理过程' });
  const approval = steps.getByRole('row').filter({ has: page.getByRole('cell', { name: '审批', exact: true }) });
  await expect(approval).toContainText(LEADER.displayName);
  await expect(approval).toContainText('同意初步核实');
  await expect(page.getByLabel('处置方式', { exact: true })).toHaveText('初步核实');
  await expect(page.getByLabel('承办人', { exact: true })).toHaveText(CLERK.displayName);
});

test('an anonymous tip gets a 查询码 that tells only the stage; 只读 sees the reporter masked', async ({ page, demoHost }) => {
  test.setTimeout(150_000);
  await login(page, demoHost.url);
  await addStaff(page, [CLERK, READER]);
  await firstSignIn(page, READER);
  await firstSignIn(page, CLERK);

  const named = await registerTip(page, {
    channel: '来访',
    mode: '实名',
    reporter: { name: '张明华', phone: '13812345678', address: '临江县城关镇人民路8号' },
    people: [PAN],
    categories: ['群众纪律'],
    summary: '反映镇党委副书记优亲厚友',
    content: '反映潘浩宇在低保评定中优亲厚友。',
  });
  // 信访室 holds the right: the reveal is deliberate, and shows the full identity.
  await expect(page.getByLabel('反映人姓名', { exact: true })).toHaveText('张**');
  await page.getByRole('button', { name: '显示举报人信息' }).click();
  await expect(page.getByLabel('反映人姓名', { exact: true })).toHaveText('张明华');
  await expect(page.getByLabel('联系电话', { exact: true })).toHaveText('13812345678');
  await expect(page.getByText('本次查看已记入审计日志')).toBeVisible();

  const anonymous = await registerTip(page, {
    channel: '网络举报',
    mode: '匿名',
    people: [YAO],
    categories: ['生活纪律'],
    summary: '反映城关镇党委书记违规操办婚丧喜庆',
    content: '网络举报姚宇轩为其子操办婚宴大肆收受礼金。',
  });
  expect(anonymous.queryCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByLabel('查询码', { exact: true })).toHaveText('已发给反映人（系统不显示）');

  const answer = await lookUpCode(page, anonymous.queryCode ?? '');
  await expect(answer.getByLabel('查询结果')).toHaveText('办理阶段：已受理');
  await expect(answer).not.toContainText(anonymous.number);
  await expect(answer).not.toContainText('姚宇轩');
  await answer.getByLabel('查询码').fill('ZZZZ-ZZZZ');
  await answer.getByRole('button', { name: '查询', exact: true }).click();
  await expect(answer.getByRole('alert')).toBeVisible();
  await expect(answer.getByLabel('查询结果')).toHaveCount(0);
  await answer.getByRole('button', { name: '取消' }).click();

  // The ledger export leaves the reporter out unless a role with the right ticks the box.
  const plain = await exportLedger(page, named.number, false);
  expect(plain[0]).not.toContain('反映人姓名');
  expect(plain.flat()).not.toContain('张明华');
  const full = await exportLedger(page, named.number, true);
  expect(full[1]?.[full[0]?.indexOf('反映人姓名') ?? -1]).toBe('张明华');

  await signInAs(page, READER);
  expect((await exportLedger(page, named.number, null))[0]).not.toContain('反映人姓名');
  await openPage(page, '问题线索台账');
  await expect(page.getByRole('button', { name: '登记信访件' })).toHaveCount(0);
  await openTip(page, named.number);
  await expect(page.getByLabel('反映人姓名', { exact: true })).toHaveText('张**');
  await expect(page.getByLabel('联系电话', { exact: true })).toHaveText('138****5678');
  await expect(page.getByRole('button', { name: '显示举报人信息' })).toHaveCount(0);
  // The letter may name the reporter: 只读 has no 信访内容 right by default.
  const content = page.getByRole('region', { name: '反映内容' });
  await expect(content).toContainText('您的角色无权查看');
  await expect(content).not.toContainText('优亲厚友');
});

test('a named lead through 延期, 办结 with a 党纪处分, 反馈 and 归档; its attachment opens as a download', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  await login(page, demoHost.url);
  await addStaff(page, [CLERK, LEADER]);
  await firstSignIn(page, LEADER);
  await firstSignIn(page, CLERK);

  const tip = await registerTip(page, {
    channel: '来信',
    mode: '实名',
    reporter: { name: '王建国', phone: '13900001111', address: '临江县城关镇建设路12号' },
    people: [PAN],
    categories: ['廉洁纪律'],
    summary: '反映镇党委副书记违规收受购物卡',
    content: '反映潘浩宇春节期间收受辖区企业购物卡。',
    files: [{ name: '举报信.txt', mimeType: 'text/plain', buffer: Buffer.from('举报信原文：……', 'utf8') }],
  });
  const files = page.getByRole('table', { name: '附件' });
  await expect(files).toContainText('举报信.txt');
  const downloading = page.waitForEvent('download');
  await files.getByRole('button', { name: '打开' }).click();
  expect((await downloading).suggestedFilename()).toBe('举报信.txt');

  await propose(page, { disposal: '谈话函询', dept: '信访室', handler: CLERK, due: isoDay(20) });
  await signInAs(page, LEADER);
  await openTip(page, tip.number);
  await approve(page, true);

  await signInAs(page, CLERK);
  await openTip(page, tip.number);
  await requestExtension(page, isoDay(40), '函询对象出差，回复时间顺延');
  await expect(page.getByRole('button', { name: '申请延期' })).toHaveCount(0);
  await signInAs(page, LEADER);
  await openTip(page, tip.number);
  await decideExtension(page, true, '同意');
  const extensions = page.getByRole('table', { name: '延期记录' });
  await expect(extensions).toContainText(isoDay(20));
  await expect(extensions).toContainText(isoDay(40));
  await expect(page.getByLabel('承办时限', { exact: true })).toHaveText(`${isoDay(20)}（已延期至 ${isoDay(40)}）`);

  await signInAs(page, CLERK);
  await openTip(page, tip.number);
  // 谈话函询 needs a 办理结果: leaving it out is refused under the field.
  await page.getByRole('button', { name: '办结', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '办结' });
  await dialog.getByLabel('办理情况').fill('经函询，本人承认收受购物卡。');
  await dialog.getByRole('button', { name: '办结', exact: true }).click();
  await expect(dialog.getByText('请选择办理结果', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await conclude(page, {
    result: '部分查实',
    date: isoDay(0),
    text: '经函询，本人承认收受购物卡两张，已上交。',
    outcomes: [{ name: PAN.name, outcome: '党纪处分', grade: '警告', circumstance: '从轻', conductDate: isoDay(-90) }],
  });
  await expectStatus(page, '待反馈');
  const outcomes = page.getByRole('table', { name: '处理' });
  await expect(outcomes).toContainText('党纪处分');
  await expect(outcomes).toContainText('警告');
  await giveFeedback(page, isoDay(0), '电话反馈', '已电话告知反映人办理结果。');
  await archive(page, '材料已归档');
  await expect(page.getByRole('table', { name: '办理过程' })).toContainText('归档');
});
