// The rules of an item's life, pure: who may take each step in which state, 逾期 and 需督办, and
// "overdue at a day" as the index reads it (DOMAIN.md: overdue rectification at quarter end).
import { describe, expect, it } from 'vitest';
import {
  closedOnTime, deadlineInForce, overdueAt, rectDueState, roleRefusal, stateRefusal, stepRefusal, superviseCutoff, withDueState,
  type ItemHistory, type ItemState,
} from '../../../shared/rectification/index.ts';
import { WorkCalendar, holidayTable } from '../../../shared/kernel/workdays.ts';

const open: ItemState = { status: '整改中', verified: false, acceptanceRecordedBy: null, extensionPending: false };
const pending: ItemState = { status: '待验收', verified: false, acceptanceRecordedBy: 7, extensionPending: false };
const checked: ItemState = { ...pending, verified: true };
const closed: ItemState = { status: '已销号', verified: true, acceptanceRecordedBy: 7, extensionPending: false };

describe('who may take a step', () => {
  it('the one who recorded the 申请验收 may not check it; another 监督检查室 user may', () => {
    expect(stateRefusal('verify', pending, 7)).toEqual({ message: '申请验收由您记录，须由监督检查室的其他人员验收', selfCheck: true });
    expect(stepRefusal('verify', pending, { id: 8, role: '监督检查室' })).toBeNull();
  });

  it('only 监督检查室 checks, only a leader closes and decides an extension', () => {
    expect(roleRefusal('verify', '领导')).toBe('只有监督检查室的人员可以验收');
    expect(roleRefusal('verify', '案件监督管理室')).not.toBeNull();
    expect(roleRefusal('close', '监督检查室')).toBe('只有领导可以销号');
    expect(roleRefusal('close', '领导')).toBeNull();
    expect(roleRefusal('decideExtension', '案件监督管理室')).toBe('只有领导可以审批延期');
    for (const role of ['信访室', '只读', '系统管理员'] as const) expect(roleRefusal('progress', role)).not.toBeNull();
    for (const role of ['监督检查室', '案件监督管理室', '领导'] as const) expect(roleRefusal('progress', role)).toBeNull();
  });

  it('销号 only after a passed check, and not while an extension waits', () => {
    expect(stateRefusal('close', pending, 1)?.message).toBe('须经验收通过后才能销号');
    expect(stateRefusal('close', open, 1)?.message).toBe('须经验收通过后才能销号');
    expect(stateRefusal('close', checked, 1)).toBeNull();
    expect(stateRefusal('close', { ...checked, extensionPending: true }, 1)?.message).toBe('有一份延期申请待审批，请先审批');
  });

  it('a check is taken once: passed waits for the leader', () => {
    expect(stateRefusal('verify', checked, 8)?.message).toBe('该事项已验收通过，待领导销号');
    expect(stateRefusal('verify', open, 8)?.message).toBe('该事项不在待验收状态');
  });

  it('no progress while waiting for a check; nothing but a recurrence after 销号', () => {
    expect(stateRefusal('progress', pending, 1)).not.toBeNull();
    expect(stateRefusal('progress', open, 1)).toBeNull();
    expect(stateRefusal('progress', { ...open, status: '未启动' }, 1)).toBeNull();
    for (const step of ['edit', 'evidence', 'progress', 'requestAcceptance', 'requestExtension'] as const) {
      expect(stateRefusal(step, closed, 1)).not.toBeNull();
    }
    expect(stateRefusal('recur', closed, 1)).toBeNull();
    expect(stateRefusal('recur', open, 1)).not.toBeNull();
  });

  it('one extension request at a time; a decision needs one', () => {
    expect(stateRefusal('requestExtension', { ...open, extensionPending: true }, 1)?.message).toBe('已有一份延期申请待审批');
    expect(stateRefusal('decideExtension', open, 1)?.message).toBe('没有待审批的延期申请');
    expect(stateRefusal('decideExtension', { ...open, extensionPending: true }, 1)).toBeNull();
  });
});

describe('deadlines', () => {
  it('逾期 the day after the deadline; 即将到期 within the days set; closed items neither', () => {
    expect(rectDueState('2026-11-30', '2026-11-30', '整改中', 7)).toBe('即将到期');
    expect(rectDueState('2026-11-30', '2026-12-01', '整改中', 7)).toBe('逾期');
    expect(rectDueState('2026-12-08', '2026-12-01', '未启动', 7)).toBe('即将到期');
    expect(rectDueState('2026-12-09', '2026-12-01', '未启动', 7)).toBe('正常');
    expect(rectDueState('2026-11-01', '2026-12-01', '已销号', 7)).toBeNull();
  });

  it('a row as of today: days overdue, closed on time by the deadline in force', () => {
    const row = withDueState({ deadline: '2026-11-20', status: '整改中' as const, closedOn: null }, '2026-12-01', 7);
    expect(row).toMatchObject({ dueState: '逾期', overdueDays: 11, closedOnTime: null });
    expect(withDueState({ deadline: '2026-11-20', status: '已销号' as const, closedOn: '2026-11-20' }, '2026-12-01', 7)).toMatchObject({ dueState: null, overdueDays: 0, closedOnTime: true });
    expect(closedOnTime('2026-11-21', '2026-11-20')).toBe(false);
  });

  it('需督办: more than n working days after the deadline, holidays and make-up days counted', () => {
    const plain = new WorkCalendar({});
    // Monday 2026-12-07 back: Fri 4, Thu 3, Wed 2 → 3 working days (7, 4, 3) after a deadline of the 2nd.
    expect(superviseCutoff(plain, '2026-12-07', 2)).toBe('2026-12-02');
    // n = 15: from Monday 2026-12-07, the 16th working day back is Monday 2026-11-16.
    expect(superviseCutoff(plain, '2026-12-07', 15)).toBe('2026-11-15');
    const holidays = new WorkCalendar(holidayTable([['2026-12-04', '休', '测试'], ['2026-12-05', '班', '测试']]));
    // The 4th is off, the 5th (a Saturday) worked: 7, 5, 3 are the three working days.
    expect(superviseCutoff(holidays, '2026-12-07', 2)).toBe('2026-12-02');
    expect(superviseCutoff(holidays, '2026-12-07', 1)).toBe('2026-12-04');
  });
});

describe('overdue at the end of a day (the index reads this, never today\'s status)', () => {
  const last = '2026-09-30';
  const item = (over: Partial<ItemHistory>): ItemHistory => ({ createdOn: '2026-07-01', deadlineOriginal: '2026-09-15', extensions: [], closedOn: null, ...over });

  it('open past its deadline: overdue; due on the last day: not', () => {
    expect(overdueAt(item({}), last)).toBe(true);
    expect(overdueAt(item({ deadlineOriginal: last }), last)).toBe(false);
    expect(overdueAt(item({ deadlineOriginal: '2026-09-29' }), last)).toBe(true);
  });

  it('closed on the last day: not overdue; closed the day after: overdue', () => {
    expect(overdueAt(item({ closedOn: last }), last)).toBe(false);
    expect(overdueAt(item({ closedOn: '2026-10-01' }), last)).toBe(true);
  });

  it('an extension counts from the day it was approved: on the last day yes, after the quarter no', () => {
    const extended = (decidedOn: string) => item({ extensions: [{ decidedOn, deadline: '2026-10-31' }] });
    expect(overdueAt(extended(last), last)).toBe(false);
    expect(overdueAt(extended('2026-10-01'), last)).toBe(true);
    expect(deadlineInForce(extended('2026-10-01'), last)).toBe('2026-09-15');
    expect(deadlineInForce(extended('2026-10-01'), '2026-10-01')).toBe('2026-10-31');
  });

  it('the latest approved extension by that day is the one in force', () => {
    const twice = item({ extensions: [{ decidedOn: '2026-09-10', deadline: '2026-09-20' }, { decidedOn: '2026-09-25', deadline: '2026-10-15' }] });
    expect(deadlineInForce(twice, '2026-09-24')).toBe('2026-09-20');
    expect(overdueAt(twice, '2026-09-24')).toBe(true);
    expect(overdueAt(twice, last)).toBe(false);
  });

  it('registered after the day: not counted', () => {
    expect(overdueAt(item({ createdOn: '2026-10-01', deadlineOriginal: '2026-01-01' }), last)).toBe(false);
  });
});
