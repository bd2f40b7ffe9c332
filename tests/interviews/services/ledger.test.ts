// 谈话函询登记 through dispatch: every filter (类别, 谈话类别, 状态, 未办结, 谈话人, 我参加的,
// 对象, 单位, 事由类型, 信访件, 整改事项, 结果, 日期, 逾期, 即将到期 on the working-day calendar with
// the 国庆 holidays in range, a holiday the administrator adds), every sort both ways, search by one
// or more characters of a name or a number, paging with its total, and refusals of bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { insertInterviewAs } from '../../helpers/interviews.ts';
import { insertRect } from '../../helpers/rectification.ts';
import { namedTip, register } from '../../helpers/tips.ts';
import { interviewOffice, type InterviewOffice } from './office.ts';
import { setCalendarDay, calendarTable } from '../../../db/repos/core/index.ts';
import { WorkCalendar, addDays } from '../../../shared/kernel/workdays.ts';
import { dueSoonCutoff } from '../../../electron/services/interviews/ledgerDates.ts';
import { INTERVIEW_SORT_FIELDS, type InterviewListInput, type InterviewRow } from '../../../shared/interviews/index.ts';
import type { OpInput } from '../../../shared/api.ts';

/** A Tuesday before the 国庆 holidays (10-01 to 10-07 off, 10-10 a working Saturday). */
const WRITTEN_FOR = '2026-09-29T09:00:00+08:00';

let env: TestEnv;
let o: InterviewOffice;
const n: Record<string, { id: number; number: string }> = {};
let otherPersonId: number;
let tipId: number;
let rectId: number;

function person(id: number): { name: string } {
  return env.db.prepare('SELECT name FROM people WHERE id = ?').get(id) as { name: string };
}

beforeAll(async () => {
  env = makeEnv(WRITTEN_FOR);
  o = await interviewOffice(env);
  otherPersonId = (env.db.prepare('SELECT id FROM people WHERE unit_id = ? ORDER BY id').get(o.otherVillageId) as { id: number }).id;
  const tip = await register(env, o.clerk, namedTip([{ id: o.chiefId, name: person(o.chiefId).name }], { receivedDate: '2026-09-01' }));
  tipId = tip.id;
  rectId = insertRect(env.db, { unitId: o.villageId, problem: '村集体资金管理不规范', deadline: '2026-08-31', createdOn: '2026-06-01' }).id;
  const db = env.db;
  n.planned = insertInterviewAs(db, {
    kind: '谈话', talkType: '廉政谈话', personId: o.chiefId, plannedDate: '2026-10-12', plannedTime: '09:00', place: '县纪委谈话室',
    interviewerIds: [o.handlerId, o.checkerId], causeText: '节前廉政提醒', createdOn: '2026-09-20',
  });
  n.concluded = insertInterviewAs(db, {
    kind: '谈话', talkType: '诫勉谈话', personId: o.staffId, heldDate: '2026-09-10', heldTime: '15:00', place: '县纪委谈话室',
    interviewerIds: [o.checkerId, o.leaderId], recorderUserId: o.handlerId, outcome: '诫勉', concludedDate: '2026-09-15', tipId,
  });
  n.overdueLetter = insertInterviewAs(db, { kind: '函询', personId: otherPersonId, sentDate: '2026-09-01', tipId });
  n.soonLetter = insertInterviewAs(db, { kind: '函询', personId: o.chiefId, sentDate: '2026-09-20', due: { kind: '答复', date: '2026-10-09' } });
  n.laterLetter = insertInterviewAs(db, { kind: '函询', personId: o.staffId, sentDate: '2026-09-21', due: { kind: '答复', date: '2026-10-10' } });
  n.entrusted = insertInterviewAs(db, {
    kind: '谈话', talkType: '提醒谈话', holder: '委托谈话', holderNames: '王书记（城关镇党委书记）', personId: otherPersonId,
    plannedDate: '2026-09-28', rectItemId: rectId, due: { kind: '谈话', date: '2026-09-29' },
  });
  n.oldLetter = insertInterviewAs(db, {
    kind: '函询', personId: o.chiefId, sentDate: '2025-12-01', replyDate: '2025-12-15', assessment: '如实说明', outcome: '了结', concludedDate: '2025-12-20',
  });
}, 60_000);
afterAll(() => env.close());

async function list(input: Partial<OpInput<'interviews.list'>> = {}, token = o.handler) {
  return ok(env, 'interviews.list', { pageSize: 50, ...input }, token);
}
async function numbers(input: Partial<OpInput<'interviews.list'>> = {}, token = o.handler): Promise<string[]> {
  return (await list(input, token)).rows.map((r) => r.number).sort();
}
const nums = (...keys: string[]) => keys.map((k) => (n[k] as { number: string }).number).sort();

describe('interviews.list filters', () => {
  it('lists every record newest first by default, with its total', async () => {
    const page = await list();
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.ledgerDate)).toEqual([...page.rows.map((r) => r.ledgerDate)].sort().reverse());
    expect(page.rows[0]?.number).toBe(n.planned?.number);
  });

  it('by 类别, 谈话类别, 状态, 未办结 and 结果', async () => {
    expect(await numbers({ kind: '函询' })).toEqual(nums('overdueLetter', 'soonLetter', 'laterLetter', 'oldLetter'));
    expect(await numbers({ kind: '谈话' })).toEqual(nums('planned', 'concluded', 'entrusted'));
    expect(await numbers({ talkType: '诫勉谈话' })).toEqual(nums('concluded'));
    expect(await numbers({ status: '待谈话' })).toEqual(nums('planned', 'entrusted'));
    expect(await numbers({ status: '待答复' })).toEqual(nums('overdueLetter', 'soonLetter', 'laterLetter'));
    expect(await numbers({ open: true })).toEqual(nums('planned', 'overdueLetter', 'soonLetter', 'laterLetter', 'entrusted'));
    expect(await numbers({ open: false })).toEqual(nums('concluded', 'oldLetter'));
    expect(await numbers({ outcome: '诫勉' })).toEqual(nums('concluded'));
    expect(await numbers({ outcome: '了结' })).toEqual(nums('oldLetter'));
    expect(await numbers({ outcome: '提醒' })).toEqual([]);
  });

  it('by 谈话人 and 我参加的 (谈话人 or 记录人)', async () => {
    expect(await numbers({ interviewerId: o.handlerId })).toEqual(nums('planned'));
    expect(await numbers({ interviewerId: o.checkerId })).toEqual(nums('planned', 'concluded'));
    expect(await numbers({ mine: true })).toEqual(nums('planned', 'concluded'));
    expect(await numbers({ mine: true }, o.checker)).toEqual(nums('planned', 'concluded'));
    expect(await numbers({ mine: true }, o.clerk)).toEqual([]);
  });

  it('by 对象, 单位, 事由类型, 信访件 and 整改事项', async () => {
    expect(await numbers({ personId: o.chiefId })).toEqual(nums('planned', 'soonLetter', 'oldLetter'));
    expect(await numbers({ unitId: o.otherVillageId })).toEqual(nums('overdueLetter', 'entrusted'));
    expect(await numbers({ causeKind: '信访件' })).toEqual(nums('concluded', 'overdueLetter'));
    expect(await numbers({ causeKind: '整改事项' })).toEqual(nums('entrusted'));
    expect(await numbers({ causeKind: '其他' })).toEqual(nums('planned', 'soonLetter', 'laterLetter', 'oldLetter'));
    expect(await numbers({ tipId })).toEqual(nums('concluded', 'overdueLetter'));
    expect(await numbers({ rectItemId: rectId })).toEqual(nums('entrusted'));
  });

  it('by the ledger date (谈话时间 or 函询发出日期), both ends included', async () => {
    expect(await numbers({ dateFrom: '2026-09-20', dateTo: '2026-09-28' })).toEqual(nums('soonLetter', 'laterLetter', 'entrusted'));
    expect(await numbers({ dateTo: '2025-12-31' })).toEqual(nums('oldLetter'));
    expect(await numbers({ dateFrom: '2026-10-01' })).toEqual(nums('planned'));
  });

  it('逾期 and 即将到期 on working days: the 国庆 holidays count not, the weekend after the last working day does', async () => {
    expect(await numbers({ due: '逾期' })).toEqual(nums('overdueLetter'));
    // 3 working days from 09-29: 09-30, 10-08, 10-09 (10-01..10-07 off); 10-10 is a working Saturday, the 4th.
    // The overdue letter: 15 working days after 09-01 (09-20 a working Sunday) is 09-21, five working days ago.
    expect(await numbers({ due: '即将到期' })).toEqual(nums('soonLetter', 'entrusted'));
    const rows = (await list({ kind: '函询', open: true })).rows;
    const by = (k: string) => rows.find((r) => r.number === n[k]?.number) as InterviewRow;
    expect(by('overdueLetter')).toMatchObject({ dueKind: '答复', dueDate: '2026-09-21', dueState: '逾期', workdaysLeft: -5 });
    expect(by('soonLetter')).toMatchObject({ dueState: '即将到期', workdaysLeft: 3 });
    expect(by('laterLetter')).toMatchObject({ dueState: '正常', workdaysLeft: 4 });
    // A concluded record has no running deadline, whatever its dates.
    expect((await list({ open: false })).rows.every((r) => r.dueState === null)).toBe(true);
  });

  it('a holiday the administrator adds moves 即将到期’s cut-off', async () => {
    const calendar = () => new WorkCalendar(calendarTable(env.db));
    expect(dueSoonCutoff(calendar(), '2026-09-29', 3)).toBe('2026-10-09');
    setCalendarDay(env.db, '2026-10-08', '休', '测试加休');
    try {
      expect(dueSoonCutoff(calendar(), '2026-09-29', 3)).toBe('2026-10-11');
      expect(await numbers({ due: '即将到期' })).toEqual(nums('soonLetter', 'laterLetter', 'entrusted'));
    } finally {
      setCalendarDay(env.db, '2026-10-08', null, '');
    }
    expect(await numbers({ due: '即将到期' })).toEqual(nums('soonLetter', 'entrusted'));
  });

  it('filters combine', async () => {
    expect(await numbers({ kind: '函询', personId: o.chiefId, open: true })).toEqual(nums('soonLetter'));
    expect(await numbers({ due: '即将到期', kind: '谈话' })).toEqual(nums('entrusted'));
  });
});

describe('interviews.list search', () => {
  it('finds by one or more characters of a name, unit, number or place', async () => {
    const chief = person(o.chiefId).name;
    expect(await numbers({ q: chief.slice(0, 1) })).toEqual(expect.arrayContaining(nums('planned', 'soonLetter', 'oldLetter')));
    expect(await numbers({ q: chief })).toEqual(nums('planned', 'soonLetter', 'oldLetter'));
    expect(await numbers({ q: n.overdueLetter?.number })).toEqual(nums('overdueLetter'));
    expect(await numbers({ q: n.overdueLetter?.number.slice(-4) })).toEqual(expect.arrayContaining(nums('overdueLetter')));
    expect(await numbers({ q: '谈话室' })).toEqual(nums('planned', 'concluded'));
    expect(await numbers({ q: '王书记' })).toEqual(nums('entrusted'));
    expect(await numbers({ q: '龘' })).toEqual([]);
    expect(await numbers({ q: chief, kind: '函询' })).toEqual(nums('soonLetter', 'oldLetter'));
  });
});

describe('interviews.list sort and paging', () => {
  const key: Record<(typeof INTERVIEW_SORT_FIELDS)[number], (r: InterviewRow) => string | null> = {
    number: (r) => r.number,
    ledgerDate: (r) => r.ledgerDate,
    personName: (r) => r.personName,
    unitName: (r) => r.unitName,
    status: (r) => String(['待谈话', '待办结', '待发函', '待答复', '待评估', '已办结'].indexOf(r.status)),
    dueDate: (r) => r.dueDate,
    concludedDate: (r) => r.concludedDate,
  };
  for (const sortField of INTERVIEW_SORT_FIELDS) {
    it(`sorts by ${sortField} both ways (id breaking ties)`, async () => {
      for (const sortDir of ['asc', 'desc'] as const) {
        const rows = (await list({ sortField, sortDir })).rows;
        const expected = [...rows].sort((a, b) => {
          const [x, y] = [key[sortField](a), key[sortField](b)];
          const c = x === y ? a.id - b.id : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
          return sortDir === 'asc' ? c : -c;
        });
        expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      }
    });
  }

  it('pages with the total of every match', async () => {
    const all = (await list({ sortField: 'number', sortDir: 'asc' })).rows.map((r) => r.id);
    const first = await list({ sortField: 'number', sortDir: 'asc', pageSize: 3 });
    const third = await list({ sortField: 'number', sortDir: 'asc', pageSize: 3, page: 2 });
    expect(first.total).toBe(7);
    expect(third.total).toBe(7);
    expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, 3));
    expect(third.rows.map((r) => r.id)).toEqual(all.slice(6));
  });
});

describe('interviews.list rows and refusals', () => {
  it('shows the cause as a person reads it and the interviewers or the typed holder', async () => {
    const rows = (await list()).rows;
    const by = (k: string) => rows.find((r) => r.number === n[k]?.number) as InterviewRow;
    expect(by('entrusted').cause.label).toMatch(/^整改事项 ZG-2026-\d{4}$/u);
    expect(by('entrusted').interviewerNames).toBe('王书记（城关镇党委书记）');
    expect(by('planned').cause.label).toBe('其他：节前廉政提醒');
    expect(by('planned').interviewerNames.split('、')).toHaveLength(2);
    expect(by('overdueLetter').typeLabel).toBe('函询');
  });

  it('refuses bad input in Chinese, and 只读 may read the list', async () => {
    const bad = await send(env, 'interviews.list', { sortField: 'nope' }, o.handler);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('排序字段无效');
    const badDate = await send(env, 'interviews.list', { dateFrom: '2026-13-01' } satisfies Partial<InterviewListInput>, o.handler);
    expect(badDate.ok).toBe(false);
    if (!badDate.ok) expect(badDate.error.message).toContain('日期起');
    expect((await list({}, o.readonly)).total).toBe(7);
  });
});

describe('the working days the due states count', () => {
  it('workdaysBetween answers as asking isWorkday of each day, over ranges of days to years, with holidays and worked weekends', () => {
    const calendar = new WorkCalendar(calendarTable(env.db));
    const naive = (from: string, to: string) => {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkday(d)) count++;
      return count;
    };
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 400; k++) {
      const from = addDays('2024-06-01', Math.floor(next() * 900));
      const to = addDays(from, Math.floor(next() * (k % 4 === 0 ? 800 : 40)) - 3);
      expect(calendar.workdaysBetween(from, to), `${from} → ${to}`).toBe(naive(from, to));
    }
    expect(calendar.workdaysBetween('2026-09-29', '2026-10-10')).toBe(4);
    expect(calendar.workdaysBetween('2026-09-29', '2026-09-29')).toBe(0);
  });
});
