// The 谈话函询登记 repo against a model: 400 talks and letters in every state, made at random (a
// fixed seed), then every filter alone and in pairs, every sort both ways, paging and search by
// one or two characters — each answered by the SQL (db/repos/interviews/list.ts) and checked
// against the same question asked of the model in plain code. Also the repo's counts (GROUP BY per
// month, quarter, year), the agenda's order and the overdue follow-ups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { insertUser } from '../../../db/repos/core/users.ts';
import { interviewLedgerIds, interviewLedgerPage, type InterviewDueDates } from '../../../db/repos/interviews/list.ts';
import { interviewCountsByOutcome, interviewCountsByType } from '../../../db/repos/interviews/stats.ts';
import { agendaIds } from '../../../db/repos/interviews/agenda.ts';
import { overdueFollowUpCount } from '../../../db/repos/interviews/dashboard.ts';
import {
  INTERVIEW_OUTCOMES, INTERVIEW_SORT_FIELDS, INTERVIEW_STATUSES, TALK_TYPES, interviewListInput,
  type InterviewFilterInput, type InterviewSortField, type InterviewStatus,
} from '../../../shared/interviews/index.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { mulberry32, pick } from '../../../shared/kernel/random.ts';
import { tempDir } from '../../helpers/services.ts';
import { insertInterviewAs, type InterviewSpec } from '../../helpers/interviews.ts';
import { insertRect } from '../../helpers/rectification.ts';

const TODAY = '2026-11-21';
const due: InterviewDueDates = { today: TODAY, soonCutoff: '2026-11-26' };
const PLACES = ['县纪委谈话室', '城关镇会议室', '青山乡党委办公室', ''];

interface Model {
  id: number;
  number: string;
  kind: '谈话' | '函询';
  talkType: string | null;
  status: InterviewStatus;
  staff: number[];
  recorder: number | null;
  personId: number;
  personName: string;
  unitId: number;
  unitName: string;
  causeKind: string;
  rectItemId: number | null;
  outcome: string | null;
  ledgerDate: string;
  dueDate: string | null;
  concludedDate: string | null;
  text: string;
}

let dir: string;
let db: Db;
const model: Model[] = [];
let users: number[] = [];
let people: Array<{ id: number; name: string; unitId: number; unitName: string }> = [];
let rectIds: number[] = [];

beforeAll(() => {
  dir = tempDir('lianqing-interviews-db-');
  db = openDatabase(join(dir, 'test.sqlite')).db;
  const now = `${TODAY}T01:00:00.000Z`;
  const units = ['城关镇', '青山乡', '城关镇东村', '青山乡西村'].map((name) => ({ name, id: insertUnit(db, { name, type: '镇（街道）', parentId: null, headcount: 10, leaderName: '' }, now) }));
  const names = ['周建国', '吴晓梅', '郑志强', '冯丽', '陈立新', '褚海燕', '卫东', '蒋春燕'];
  people = names.map((name, k) => {
    const u = units[k % units.length] as { id: number; name: string };
    return { id: insertPerson(db, { name, idNumber: '', unitId: u.id, post: '科员', rank: '科员及以下', partyMember: true, category: '一般干部' }, now), name, unitId: u.id, unitName: u.name };
  });
  users = ['甲', '乙', '丙'].map((n, k) => insertUser(db, { username: `u${k}`, displayName: `谈话人${n}`, role: '监督检查室', passwordHash: 'x', mustChangePassword: false }, now));
  rectIds = [0, 1].map((k) => insertRect(db, { unitId: (units[k] as { id: number }).id, problem: '问题', deadline: '2026-06-30', createdOn: '2026-03-01' }).id);
  const rng = mulberry32(13);
  const day = (from: number, span: number) => addDays(TODAY, from + Math.floor(rng() * span));
  for (let k = 0; k < 400; k++) {
    const kind = rng() < 0.55 ? '谈话' : '函询';
    const p = pick(rng, people);
    const staff = users.filter(() => rng() < 0.5);
    const recorder = rng() < 0.3 ? pick(rng, users) : null;
    const r = rng();
    const rect = rng() < 0.15 ? pick(rng, rectIds) : null;
    const spec: InterviewSpec = { kind, personId: p.id, interviewerIds: staff, recorderUserId: recorder, place: pick(rng, PLACES), rectItemId: rect };
    if (kind === '谈话') {
      spec.talkType = pick(rng, TALK_TYPES);
      if (r < 0.35) spec.plannedDate = day(-30, 90);
      else if (r < 0.55) spec.heldDate = day(-120, 119);
      else Object.assign(spec, { heldDate: day(-400, 380), outcome: pick(rng, INTERVIEW_OUTCOMES) });
      if (rng() < 0.3 && r < 0.55) spec.due = { kind: r < 0.35 ? '谈话' : '记录', date: day(-20, 40) };
    } else {
      const sent = day(-400, 398);
      if (r < 0.1) spec.createdOn = day(-20, 19);
      else if (r < 0.45) Object.assign(spec, { sentDate: sent, due: rng() < 0.8 ? { kind: '答复', date: day(-20, 40) } : null });
      else if (r < 0.6) Object.assign(spec, { sentDate: sent, replyDate: addDays(sent, 5) });
      else Object.assign(spec, { sentDate: sent, replyDate: addDays(sent, 5), outcome: pick(rng, INTERVIEW_OUTCOMES), concludedDate: addDays(sent, 10) });
    }
    const made = insertInterviewAs(db, spec);
    const row = db.prepare('SELECT status, talk_type AS talkType, cause_kind AS causeKind, due_date AS dueDate, concluded_date AS concludedDate, outcome, cause_text AS causeText FROM interviews WHERE id = ?').get(made.id) as {
      status: InterviewStatus; talkType: string | null; causeKind: string; dueDate: string | null; concludedDate: string | null; outcome: string | null; causeText: string;
    };
    const rectNumber = rect === null ? '' : (db.prepare('SELECT number FROM rect_items WHERE id = ?').get(rect) as { number: string }).number;
    model.push({
      id: made.id, number: made.number, kind, talkType: row.talkType, status: row.status, staff, recorder, personId: p.id, personName: p.name,
      unitId: p.unitId, unitName: p.unitName, causeKind: row.causeKind, rectItemId: rect, outcome: row.outcome, ledgerDate: made.ledgerDate,
      dueDate: row.dueDate, concludedDate: row.concludedDate, text: [made.number, p.name, p.unitName, '科员', row.causeText, spec.place ?? '', rectNumber].join('\u0001'),
    });
  }
  db.prepare('INSERT INTO interview_followups (interview_id, content, due_date, done_date, created_at) VALUES (?, ?, ?, ?, ?)').run(model[0]?.id, '说明', addDays(TODAY, -1), null, now);
  db.prepare('INSERT INTO interview_followups (interview_id, content, due_date, done_date, created_at) VALUES (?, ?, ?, ?, ?)').run(model[1]?.id, '说明', addDays(TODAY, -3), addDays(TODAY, -2), now);
  db.prepare('INSERT INTO interview_followups (interview_id, content, due_date, done_date, created_at) VALUES (?, ?, ?, ?, ?)').run(model[2]?.id, '说明', TODAY, null, now);
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = (m: Model) => m.status !== '已办结';
function matches(m: Model, f: InterviewFilterInput, viewer: number | null): boolean {
  if (f.q && !m.text.split('\u0001').some((t) => t.includes(f.q as string))) return false;
  if (f.kind && m.kind !== f.kind) return false;
  if (f.talkType && m.talkType !== f.talkType) return false;
  if (f.status && m.status !== f.status) return false;
  if (f.open !== undefined && open(m) !== f.open) return false;
  if (f.interviewerId !== undefined && !m.staff.includes(f.interviewerId)) return false;
  if (f.mine && (viewer === null || !(m.recorder === viewer || m.staff.includes(viewer)))) return false;
  if (f.personId !== undefined && m.personId !== f.personId) return false;
  if (f.unitId !== undefined && m.unitId !== f.unitId) return false;
  if (f.causeKind && m.causeKind !== f.causeKind) return false;
  if (f.rectItemId !== undefined && m.rectItemId !== f.rectItemId) return false;
  if (f.outcome && m.outcome !== f.outcome) return false;
  if (f.dateFrom && m.ledgerDate < f.dateFrom) return false;
  if (f.dateTo && m.ledgerDate > f.dateTo) return false;
  if (f.due === '逾期' && !(open(m) && m.dueDate !== null && m.dueDate < TODAY)) return false;
  if (f.due === '即将到期' && !(open(m) && m.dueDate !== null && m.dueDate >= TODAY && m.dueDate <= (due.soonCutoff as string))) return false;
  return true;
}

const sortKey: Record<InterviewSortField, (m: Model) => string | number | null> = {
  number: (m) => m.number,
  ledgerDate: (m) => m.ledgerDate,
  personName: (m) => m.personName,
  unitName: (m) => m.unitName,
  status: (m) => INTERVIEW_STATUSES.indexOf(m.status),
  dueDate: (m) => m.dueDate,
  concludedDate: (m) => m.concludedDate,
};
function expected(f: InterviewFilterInput, sortField: InterviewSortField = 'ledgerDate', sortDir: 'asc' | 'desc' = 'desc', viewer: number | null = null): number[] {
  return model
    .filter((m) => matches(m, f, viewer))
    .sort((a, b) => {
      const [x, y] = [sortKey[sortField](a), sortKey[sortField](b)];
      const c = x === y ? a.id - b.id : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
      return sortDir === 'asc' ? c : -c;
    })
    .map((m) => m.id);
}

function filters(): Array<[string, InterviewFilterInput]> {
  const p = people[2] as { id: number; unitId: number };
  const out: Array<[string, InterviewFilterInput]> = [
    ['kind 函询', { kind: '函询' }], ['talkType 诫勉谈话', { talkType: '诫勉谈话' }], ['open', { open: true }], ['closed', { open: false }],
    ['interviewer', { interviewerId: users[1] }], ['person', { personId: p.id }], ['unit', { unitId: p.unitId }],
    ['cause 整改事项', { causeKind: '整改事项' }], ['cause 其他', { causeKind: '其他' }], ['rect item', { rectItemId: rectIds[0] }],
    ['date range', { dateFrom: '2026-06-01', dateTo: '2026-09-30' }], ['dateFrom', { dateFrom: '2026-11-01' }], ['dateTo', { dateTo: '2026-01-31' }],
    ['逾期', { due: '逾期' }], ['即将到期', { due: '即将到期' }], ['q 1 char', { q: '周' }], ['q 2 chars', { q: '城关' }], ['q number', { q: model[7]?.number }],
    ['q place', { q: '谈话室' }], ['逾期 + 函询', { due: '逾期', kind: '函询' }], ['unit + open', { unitId: p.unitId, open: true }], ['q + outcome', { q: '青山', outcome: '了结' }],
  ];
  for (const status of INTERVIEW_STATUSES) out.push([`status ${status}`, { status }]);
  for (const outcome of INTERVIEW_OUTCOMES) out.push([`outcome ${outcome}`, { outcome }]);
  return out;
}

describe('interviewLedgerIds and interviewLedgerPage against the model', () => {
  it('every filter, alone and combined, finds exactly the model’s rows in the ledger’s order', () => {
    for (const [label, f] of filters()) {
      const ids = interviewLedgerIds(db, { ...f, sortField: 'ledgerDate', sortDir: 'desc' }, due, null);
      expect(ids, label).toEqual(expected(f));
    }
    // Each filter that should find something does.
    expect(expected({ due: '即将到期' }).length).toBeGreaterThan(0);
    expect(expected({ due: '逾期', kind: '函询' }).length).toBeGreaterThan(0);
  });

  it('我参加的 is the viewer’s talks as 谈话人 or 记录人; nobody’s on the command line', () => {
    const viewer = users[0] as number;
    expect(interviewLedgerIds(db, { mine: true, sortField: 'number', sortDir: 'asc' }, due, viewer)).toEqual(expected({ mine: true }, 'number', 'asc', viewer));
    expect(interviewLedgerIds(db, { mine: true, sortField: 'number', sortDir: 'asc' }, due, null)).toEqual([]);
  });

  it('every sort both ways, the id breaking ties', () => {
    for (const sortField of INTERVIEW_SORT_FIELDS) {
      for (const sortDir of ['asc', 'desc'] as const) {
        expect(interviewLedgerIds(db, { sortField, sortDir }, due, null), `${sortField} ${sortDir}`).toEqual(expected({}, sortField, sortDir));
      }
    }
  });

  it('pages: each page the model’s slice, the total every match (the short first page counted without a count)', () => {
    const f: InterviewFilterInput = { kind: '谈话' };
    const all = expected(f, 'number', 'asc');
    for (const page of [0, 1, 3]) {
      const r = interviewLedgerPage(db, interviewListInput.parse({ ...f, sortField: 'number', sortDir: 'asc', pageSize: 25, page }), due, null);
      expect(r.ids).toEqual(all.slice(page * 25, page * 25 + 25));
      expect(r.total).toBe(all.length);
    }
    const few = interviewLedgerPage(db, interviewListInput.parse({ q: model[7]?.number, pageSize: 25 }), due, null);
    expect(few).toEqual({ ids: [model[7]?.id], total: 1 });
  });

  it('the 即将到期 filter refuses to run without its cut-off', () => {
    expect(() => interviewLedgerIds(db, { due: '即将到期', sortField: 'number', sortDir: 'asc' }, { today: TODAY, soonCutoff: null }, null)).toThrow();
  });
});

describe('the counts, the agenda and the follow-ups', () => {
  it('counts per month, quarter and year by 类别 and by 结果 as the model does', () => {
    for (const period of ['month', 'quarter', 'year'] as const) {
      const keyOf = (d: string) => (period === 'month' ? d.slice(0, 7) : period === 'quarter' ? `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) + 2) / 3)}` : d.slice(0, 4));
      const count = (pairs: Array<[string, string]>) => {
        const out = new Map<string, number>();
        for (const [k, v] of pairs) out.set(`${k}|${v}`, (out.get(`${k}|${v}`) ?? 0) + 1);
        return out;
      };
      const asMap = (rows: Array<{ key: string; value: string; n: number }>) => new Map(rows.map((r) => [`${r.key}|${r.value}`, r.n]));
      const from = '2025-01-01';
      const byType = count(model.filter((m) => m.ledgerDate >= from && m.ledgerDate <= '2026-12-31').map((m) => [keyOf(m.ledgerDate), m.kind === '函询' ? '函询' : (m.talkType as string)]));
      expect(asMap(interviewCountsByType(db, period, from, '2026-12-31')), period).toEqual(byType);
      const concluded = model.filter((m) => m.outcome !== null && (m.concludedDate as string) >= from);
      const byOutcome = count(concluded.map((m) => [keyOf(m.concludedDate as string), m.outcome as string]));
      expect(asMap(interviewCountsByOutcome(db, period, from, '2026-12-31')), period).toEqual(byOutcome);
    }
  });

  it('the agenda: planned talks in range by date (then time, then id); of an interviewer; at a place', () => {
    const from = TODAY;
    const to = addDays(TODAY, 30);
    const planned = model.filter((m) => m.status === '待谈话');
    const inRange = (m: Model) => m.ledgerDate >= from && m.ledgerDate <= to;
    const ids = agendaIds(db, { from, to });
    expect(new Set(ids)).toEqual(new Set(planned.filter(inRange).map((m) => m.id)));
    const dates = ids.map((id) => model.find((m) => m.id === id)?.ledgerDate as string);
    expect(dates).toEqual([...dates].sort());
    const u = users[2] as number;
    expect(new Set(agendaIds(db, { from, to, interviewerId: u }))).toEqual(new Set(planned.filter((m) => inRange(m) && m.staff.includes(u)).map((m) => m.id)));
    expect(agendaIds(db, { from, to, place: '谈话室' }).every((id) => model.find((m) => m.id === id)?.text.includes('县纪委谈话室'))).toBe(true);
  });

  it('follow-ups overdue: due before today and not done', () => {
    expect(overdueFollowUpCount(db, TODAY)).toBe(1);
    expect(overdueFollowUpCount(db, addDays(TODAY, 1))).toBe(2);
  });
});
