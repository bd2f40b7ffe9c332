// The pure rules of a talk's and a letter's life (shared/interviews/flow.ts and records.ts): who
// holds a talk, which step the state allows, the working-day deadlines on the 2026 holiday
// calendar, the due state with negative working days, which 办理结果 a tip may take, and who
// approves a plan.
import { describe, expect, it } from 'vitest';
import { HOLIDAY_SEED_0003 } from '../../../db/migrations/seeds/0003-holidays.ts';
import { WorkCalendar, holidayTable } from '../../../shared/kernel/workdays.ts';
import {
  dueAfter, holdingProblems, interviewDueState, interviewStateRefusal, interviewStepRefusal, needsMainLeader, planApprovalRefusal,
  tipResultsAllowed, type InterviewState,
} from '../../../shared/interviews/index.ts';

const cal = new WorkCalendar(holidayTable(HOLIDAY_SEED_0003));
const DAYS = { replyWorkdays: 15, entrustTalkWorkdays: 15, entrustRecordWorkdays: 5 };

const talk = (over: Partial<InterviewState> = {}): InterviewState => ({
  kind: '谈话', status: '待谈话', holder: '本委', outcome: null, extensionPending: false, hasDue: false, meetingRecorded: false, ...over,
});
const letter = (over: Partial<InterviewState> = {}): InterviewState => talk({ kind: '函询', status: '待发函', ...over });

describe('holdingProblems', () => {
  it('本委 needs two different interviewers', () => {
    expect(holdingProblems({ holder: '本委', interviewerIds: [1, 2], holderNames: '' })).toEqual({});
    expect(holdingProblems({ holder: '本委', interviewerIds: [1], holderNames: '' })).toEqual({ interviewerIds: '谈话人应至少2人' });
    expect(holdingProblems({ holder: '本委', interviewerIds: [], holderNames: '' })).toEqual({ interviewerIds: '谈话人应至少2人' });
    expect(holdingProblems({ holder: '本委', interviewerIds: [3, 3], holderNames: '' })).toEqual({ interviewerIds: '谈话人有重复' });
  });

  it('a 委托谈话 or the 上级纪委 names who holds it', () => {
    expect(holdingProblems({ holder: '委托谈话', interviewerIds: [], holderNames: '王书记（镇党委书记）' })).toEqual({});
    expect(holdingProblems({ holder: '委托谈话', interviewerIds: [], holderNames: '  ' })).toEqual({ holderNames: '请填写受托谈话人（姓名、职务）' });
    expect(holdingProblems({ holder: '上级纪委', interviewerIds: [], holderNames: '' })).toEqual({ holderNames: '请填写上级纪委谈话人' });
  });
});

describe('interviewStateRefusal', () => {
  it('a talk: edit and record while 待谈话, conclude once recorded, nothing of a letter', () => {
    expect(interviewStateRefusal('edit', talk())).toBeNull();
    expect(interviewStateRefusal('record', talk())).toBeNull();
    expect(interviewStateRefusal('conclude', talk())).toBe('请先记录谈话');
    expect(interviewStateRefusal('edit', talk({ status: '待办结' }))).toBe('已谈话或已发函的，不能再修改计划');
    expect(interviewStateRefusal('record', talk({ status: '待办结' }))).toBe('该谈话已记录');
    expect(interviewStateRefusal('conclude', talk({ status: '待办结' }))).toBeNull();
    expect(interviewStateRefusal('conclude', talk({ status: '已办结', outcome: '了结' }))).toBe('该谈话已办结');
    expect(interviewStateRefusal('reply', talk())).toBe('谈话没有答复');
    expect(interviewStateRefusal('assess', talk())).toBe('谈话没有答复评估');
    expect(interviewStateRefusal('meeting', talk({ status: '已办结' }))).toBe('民主生活会说明只适用于函询');
  });

  it('a letter: the notice first, then the reply, the assessment, the meeting once after 办结', () => {
    expect(interviewStateRefusal('record', letter())).toBe('函询没有谈话记录');
    expect(interviewStateRefusal('draftNotice', letter())).toBeNull();
    expect(interviewStateRefusal('reply', letter())).toBe('请先印发函询通知书');
    expect(interviewStateRefusal('draftNotice', letter({ status: '待答复' }))).toBe('函询通知书已印发');
    expect(interviewStateRefusal('reply', letter({ status: '待答复' }))).toBeNull();
    expect(interviewStateRefusal('assess', letter({ status: '待答复' }))).toBe('请先登记答复');
    expect(interviewStateRefusal('assess', letter({ status: '待评估' }))).toBeNull();
    expect(interviewStateRefusal('meeting', letter({ status: '待评估' }))).toBe('函询办结后才能登记民主生活会上的说明');
    expect(interviewStateRefusal('meeting', letter({ status: '已办结', outcome: '了结' }))).toBeNull();
    expect(interviewStateRefusal('meeting', letter({ status: '已办结', outcome: '了结', meetingRecorded: true }))).toBe('已登记民主生活会说明');
  });

  it('extensions: only with a running deadline, one pending at a time', () => {
    expect(interviewStateRefusal('requestExtension', letter({ status: '待答复' }))).toBe('没有正在计算的时限');
    expect(interviewStateRefusal('requestExtension', letter({ status: '待答复', hasDue: true }))).toBeNull();
    expect(interviewStateRefusal('requestExtension', letter({ status: '待答复', hasDue: true, extensionPending: true }))).toBe('已有一份延期申请待审批');
    expect(interviewStateRefusal('requestExtension', letter({ status: '已办结', hasDue: true }))).toBe('没有正在计算的时限');
    expect(interviewStateRefusal('decideExtension', letter({ status: '待答复' }))).toBe('没有待审批的延期申请');
    expect(interviewStateRefusal('decideExtension', letter({ status: '待答复', extensionPending: true }))).toBeNull();
  });

  it('by role: 只读 and 系统管理员 take no step, only 领导 decides an extension', () => {
    expect(interviewStepRefusal('record', talk(), '只读')).toBe('只有信访室、监督检查室、案件监督管理室和领导可以办理谈话函询');
    expect(interviewStepRefusal('record', talk(), '系统管理员')).not.toBeNull();
    expect(interviewStepRefusal('record', talk(), '监督检查室')).toBeNull();
    expect(interviewStepRefusal('decideExtension', letter({ extensionPending: true }), '信访室')).toBe('只有领导可以审批延期');
    expect(interviewStepRefusal('decideExtension', letter({ extensionPending: true }), '领导')).toBeNull();
  });
});

describe('dueAfter on the working-day calendar', () => {
  it('a reply sent before 国庆 (10-01…10-07 off, Saturday 10-10 worked) is due 15 working days later', () => {
    expect(dueAfter(cal, '答复', '2026-09-30', DAYS)).toBe('2026-10-27');
    expect(dueAfter(cal, '谈话', '2026-09-30', DAYS)).toBe('2026-10-27');
  });

  it('a 委托谈话 held before 国庆 has its record due 5 working days later, the holiday skipped', () => {
    expect(dueAfter(cal, '记录', '2026-09-30', DAYS)).toBe('2026-10-13');
    // Without the holiday the same five days end a week earlier.
    expect(dueAfter(cal, '记录', '2026-11-20', DAYS)).toBe('2026-11-27');
  });

  it('follows the office\'s settings', () => {
    expect(dueAfter(cal, '答复', '2026-11-20', { ...DAYS, replyWorkdays: 1 })).toBe('2026-11-23');
  });
});

describe('interviewDueState', () => {
  it('正常 well before, 即将到期 within the days set (and on the day), 逾期 the day after with negative working days', () => {
    expect(interviewDueState(cal, '2026-12-10', '2026-11-21', 3)).toEqual({ state: '正常', workdaysLeft: 14 });
    expect(interviewDueState(cal, '2026-11-20', '2026-11-18', 3)).toEqual({ state: '即将到期', workdaysLeft: 2 });
    expect(interviewDueState(cal, '2026-11-20', '2026-11-20', 3)).toEqual({ state: '即将到期', workdaysLeft: 0 });
    expect(interviewDueState(cal, '2026-11-20', '2026-11-21', 3)).toEqual({ state: '逾期', workdaysLeft: 0 });
    expect(interviewDueState(cal, '2026-11-20', '2026-11-24', 3)).toEqual({ state: '逾期', workdaysLeft: -2 });
  });

  it('counts the holiday out of the days overdue', () => {
    expect(interviewDueState(cal, '2026-09-30', '2026-10-09', 3)).toEqual({ state: '逾期', workdaysLeft: -2 });
  });
});

describe('tipResultsAllowed', () => {
  it('waits for every talk and letter; 查否 when all were 了结; 查实 or 部分查实 after an event; none after 转初步核实', () => {
    expect(tipResultsAllowed([])).toEqual({ allowed: [], reason: '还没有谈话或函询' });
    expect(tipResultsAllowed(['了结', null])).toEqual({ allowed: [], reason: '还有谈话或函询未办结' });
    expect(tipResultsAllowed(['了结', '了结'])).toEqual({ allowed: ['查否'], reason: null });
    expect(tipResultsAllowed(['了结', '诫勉'])).toEqual({ allowed: ['查实', '部分查实'], reason: null });
    expect(tipResultsAllowed(['提醒'])).toEqual({ allowed: ['查实', '部分查实'], reason: null });
    expect(tipResultsAllowed(['了结', '转初步核实'])).toEqual({ allowed: [], reason: '已转初步核实，按初步核实办结' });
  });
});

describe('the plan\'s approval', () => {
  const lower = ['镇（街道）', '机关部门', '国有企业', '事业单位'];

  it('needs a 机关主要领导 for the 主要负责人 of a lower-level party committee', () => {
    expect(needsMainLeader({ category: '主要负责人', unitType: '镇（街道）' }, lower)).toBe(true);
    expect(needsMainLeader({ category: '主要负责人', unitType: '行政村' }, lower)).toBe(false);
    expect(needsMainLeader({ category: '班子成员', unitType: '镇（街道）' }, lower)).toBe(false);
    expect(needsMainLeader({ category: '主要负责人', unitType: null }, lower)).toBe(false);
    expect(needsMainLeader({ category: '主要负责人', unitType: '行政村' }, [...lower, '行政村'])).toBe(true);
  });

  it('is a leader\'s; a 机关主要领导\'s when needed', () => {
    expect(planApprovalRefusal({ role: '监督检查室', mainLeader: false }, { needsMainLeader: false })).toBe('只有领导可以审批谈话函询方案');
    expect(planApprovalRefusal({ role: '领导', mainLeader: false }, { needsMainLeader: false })).toBeNull();
    expect(planApprovalRefusal({ role: '领导', mainLeader: false }, { needsMainLeader: true })).toBe('方案涉及下一级党委主要负责人，须由机关主要领导审批');
    expect(planApprovalRefusal({ role: '领导', mainLeader: true }, { needsMainLeader: true })).toBeNull();
  });
});
