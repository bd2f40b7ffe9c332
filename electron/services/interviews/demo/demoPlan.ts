// The demo county's year of talks and letters, planned: about sixty talks of every type (some held
// on the office's behalf as 委托谈话, one by the superior committee; 提醒谈话 for overdue
// rectification items), about thirty letters, four leads disposed of as 谈话函询 with their plans,
// and a spot check of the concluded letters — each in its own state on the demo's today: talks
// planned in the coming weeks, held and awaiting 办结, concluded with every outcome; letters not yet
// sent, awaiting a reply (one overdue, one due soon), awaiting assessment, concluded (如实说明, a
// 补充说明 first, heavier outcomes), a 民主生活会 recorded. Pure and deterministic: the registry's
// people, the demo's today, the calendar and a seed give the same plan; every step falls on a
// working day before today, in office hours.
import type { Assessment, Holder, InterviewFileKind, InterviewOutcome, InterviewStatus, TalkType } from '../../../../shared/interviews/index.ts';
import type { PersonCategory } from '../../../../shared/registry/index.ts';
import { at, mulberry32, pick, randInt, type Rng } from '../../../../shared/kernel/random.ts';
import { addDays, type WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { ASSESS_NOTES, DEMO_LEADS, LETTER_TEXTS, MEETING_NOTE, OUTCOME_NOTES, TALK_TEXTS, type TalkText } from './demoTexts.ts';

export type OwnTalkType = Exclude<TalkType, '谈话函询'>;
/** The demo staff who handle talks and letters (keys of the tips demo's DEMO_STAFF); 'admin' is the demo's administrator. */
export type DemoActor = 'xinfang' | 'lingdao' | 'jiancha' | 'jiancha2' | 'anguan' | 'admin';

export interface DemoInterviewPerson {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  unitType: string;
  post: string;
  category: PersonCategory;
}

export interface DemoInterviewOptions {
  /** The demo's today (YYYY-MM-DD): every step falls on a working day before it. */
  today: string;
  people: readonly DemoInterviewPerson[];
  calendar: WorkCalendar;
  seed?: number;
}

/**
 * The cause as planned: typed (其他, 廉情指数), or an overdue rectification item — the n-th item
 * 需督办 on the day, found when the plan runs (the unit's 主要负责人 is then the interviewee); with
 * none overdue that day the talk keeps the typed cause and the planned person.
 */
export type DemoCause = { kind: '其他' | '廉情指数'; text: string } | { kind: '整改事项'; text: string; nth: number };

export interface DemoPlanItem {
  personIndex: number;
  way: '谈话' | '函询' | '谈话和函询';
  holder: Holder;
  interviewers: DemoActor[];
  holderNames: string;
  plannedDate: string;
  place: string;
}

export type DemoInterviewAct =
  /** The administrator flags the office's leader as 机关主要领导 (who approves plans for lower-level committees' heads). */
  | { kind: 'mainLeader'; user: 'lingdao' }
  | {
      kind: 'create'; key: string; interview: '谈话' | '函询'; talkType: OwnTalkType | null; personId: number; cause: DemoCause;
      plannedDate: string | null; plannedTime: string | null; place: string; holder: Holder; interviewers: DemoActor[]; holderNames: string;
      recorder: DemoActor | null;
    }
  | { kind: 'notice'; key: string; notice: 'inquiry' | 'entrust' | 'talkNotice' }
  | { kind: 'record'; key: string; heldDate: string; heldTime: string; place: string; keyPoints: string; statement: string; followUps: Array<{ content: string; dueDate: string }> }
  /** conductDate: when the conduct an event outcome (提醒, 批评教育, 诫勉) is about took place ('' for the others). */
  | { kind: 'conclude'; key: string; outcome: InterviewOutcome; outcomeNote: string; signedDate: string; concludedDate: string; conductDate: string }
  | { kind: 'file'; key: string; fileKind: InterviewFileKind; fileName: string }
  | { kind: 'reply'; key: string; replyDate: string; countersigned: boolean; summary: string }
  | { kind: 'assess'; key: string; assessment: Assessment; outcome: InterviewOutcome | null; note: string; date: string; conductDate: string }
  | { kind: 'meeting'; key: string; meetingDate: string; note: string }
  | { kind: 'registerTip'; tip: number; receivedDate: string; people: DemoInterviewPerson[]; summary: string; content: string }
  | { kind: 'proposeTip'; tip: number; handlingDue: string }
  | { kind: 'approveTip'; tip: number }
  | { kind: 'plan'; tip: number; items: DemoPlanItem[]; note: string }
  | { kind: 'submitPlan'; tip: number }
  /** Approving makes the talks and letters; they are known by `${tip}:${personIndex}:${kind}` afterwards. */
  | { kind: 'decidePlan'; tip: number }
  | { kind: 'concludeTip'; tip: number; result: '查实' | '部分查实' | '查否'; date: string; conclusion: string }
  | { kind: 'drawSpotCheck'; from: string; to: string; sharePercent: number }
  /** The n-th check (in the batch's order) of the latest batch. */
  | { kind: 'spotResult'; nth: number; result: '属实' | '不属实'; date: string; note: string };

export interface DemoInterviewEvent {
  at: { date: string; minute: number };
  actor: DemoActor;
  act: DemoInterviewAct;
}

/** Where each talk and letter ends on the demo's today (the rectification-caused talks may fall back to a typed cause). */
export interface DemoExpected {
  kind: '谈话' | '函询';
  talkType: TalkType | null;
  holder: Holder;
  status: InterviewStatus;
  outcome: InterviewOutcome | null;
  /** A letter whose reply is overdue on the demo's today, or due soon. */
  due: '逾期' | '即将到期' | null;
  supplement: boolean;
  meeting: boolean;
}

export interface DemoInterviewPlan {
  events: DemoInterviewEvent[];
  expected: Record<string, DemoExpected>;
  tips: number;
  plansApproved: number;
  spotChecks: { drawn: boolean; results: number };
}

const PLACES = ['县纪委监委谈话室', '县纪委监委第一谈话室', '县纪委监委第二谈话室'];
const TIMES = ['09:00', '09:30', '10:00', '14:30', '15:00'];
const PAIRS: ReadonlyArray<readonly [DemoActor, DemoActor]> = [['jiancha', 'jiancha2'], ['jiancha2', 'anguan'], ['jiancha', 'anguan']];

type TalkState = 'planned' | 'held' | 'concluded';

interface TalkSpec {
  type: OwnTalkType;
  state: TalkState;
  outcome?: InterviewOutcome;
  holder?: Holder;
  /** Days before today it was registered (concluded and held ones: steps follow it). */
  ago: number;
  /** The 委托谈话 notice issued but the talk not yet held: due running, or overdue. */
  entrustDue?: '正常' | '逾期';
  cause?: 'rect' | 'index';
  notice?: boolean;
  /** Who the talk is for. */
  who: (p: DemoInterviewPerson) => boolean;
}

type LetterState = '待发函' | '待答复' | '即将到期' | '逾期' | '待评估' | '了结' | '补充说明' | '批评教育' | '诫勉';
interface LetterSpec {
  state: LetterState;
  ago: number;
  meeting?: boolean;
}

const isVillage = (p: DemoInterviewPerson) => p.unitType === '行政村' || p.unitType === '社区';
const chief = (p: DemoInterviewPerson) => p.category === '主要负责人';
const team = (p: DemoInterviewPerson) => p.category === '班子成员';
const organ = (p: DemoInterviewPerson) => !isVillage(p);

class Planner {
  private readonly raw: Array<{ date: string; seq: number; actor: DemoActor; act: DemoInterviewAct }> = [];
  private seq = 0;
  private readonly used = new Set<number>();
  private serial = 0;
  readonly expected: Record<string, DemoExpected> = {};
  readonly lastDay: string;
  readonly rng: Rng;
  private readonly texts = new Map<string, number>();

  readonly o: DemoInterviewOptions;

  constructor(o: DemoInterviewOptions) {
    this.o = o;
    this.lastDay = addDays(o.today, -1);
    this.rng = mulberry32(o.seed ?? 20261301);
  }

  t(n: number): string {
    return addDays(this.o.today, n);
  }

  /** The working day on or before the date, never after the demo's yesterday. */
  work(date: string): string {
    let d = date < this.lastDay ? date : this.lastDay;
    while (!this.o.calendar.isWorkday(d)) d = addDays(d, -1);
    return d;
  }

  /** The working day on or after the date (for dates planned ahead). */
  ahead(date: string): string {
    let d = date;
    while (!this.o.calendar.isWorkday(d)) d = addDays(d, 1);
    return d;
  }

  /** The working day n working days before today. */
  workdaysAgo(n: number): string {
    let d = this.o.today;
    for (let left = n; left > 0;) {
      d = addDays(d, -1);
      if (this.o.calendar.isWorkday(d)) left--;
    }
    return d;
  }

  /** n working days after the date, never after yesterday. */
  after(date: string, n: number): string {
    return this.work(this.o.calendar.addWorkdays(date, n));
  }

  add(date: string, actor: DemoActor, act: DemoInterviewAct): void {
    if (date >= this.o.today) throw new Error(`demo interviews: a step on ${date}, not before ${this.o.today}`);
    this.raw.push({ date, seq: this.seq++, actor, act });
  }

  key(prefix: string): string {
    this.serial++;
    return `${prefix}${this.serial}`;
  }

  /** A person not used before who fits, chosen by the seeded generator (a used one when none is left). */
  person(fits: (p: DemoInterviewPerson) => boolean): DemoInterviewPerson {
    const fresh = this.o.people.filter((p) => fits(p) && !this.used.has(p.id));
    const list = fresh.length > 0 ? fresh : this.o.people.filter(fits);
    const chosen = list.length > 0 ? pick(this.rng, list) : pick(this.rng, this.o.people);
    this.used.add(chosen.id);
    return chosen;
  }

  /** The next text of the list, in turn. */
  next<T>(name: string, list: readonly T[]): T {
    const n = this.texts.get(name) ?? 0;
    this.texts.set(name, n + 1);
    return at(list, n % list.length);
  }

  pair(): [DemoActor, DemoActor] {
    const [a, b] = pick(this.rng, PAIRS);
    return [a, b];
  }

  events(): DemoInterviewEvent[] {
    const sorted = [...this.raw].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
    const perDay = new Map<string, number>();
    for (const e of sorted) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const seen = new Map<string, number>();
    return sorted.map((e) => {
      const i = seen.get(e.date) ?? 0;
      seen.set(e.date, i + 1);
      const n = perDay.get(e.date) ?? 1;
      return { at: { date: e.date, minute: 9 * 60 + Math.floor((i * 480) / n) }, actor: e.actor, act: e.act };
    });
  }
}

/** The conduct an event outcome is about: some two months before the talk or letter began ('' for the others). */
function conduct(outcome: InterviewOutcome, began: string): string {
  return outcome === '提醒' || outcome === '批评教育' || outcome === '诫勉' ? addDays(began, -60) : '';
}

function expectTalk(p: Planner, key: string, talkType: TalkType, holder: Holder, status: InterviewStatus, outcome: InterviewOutcome | null): void {
  p.expected[key] = { kind: '谈话', talkType, holder, status, outcome, due: null, supplement: false, meeting: false };
}

/** A talk of the office's own (or entrusted, or by the superior committee) through its state. */
function talk(p: Planner, s: TalkSpec): void {
  const key = p.key('t');
  const person = p.person(s.who);
  const text: TalkText = p.next(s.type, TALK_TEXTS[s.type]);
  const holder = s.holder ?? '本委';
  const [a, b] = p.pair();
  const interviewers: DemoActor[] = holder === '本委' ? (s.type === '诫勉谈话' ? ['lingdao', a] : [a, b]) : [];
  const holderNames = holder === '委托谈话' ? `${person.unitName}党组织书记（受托）` : holder === '上级纪委' ? '市纪委监委第二监督检查室 王建明、刘芳' : '';
  // A 委托谈话 whose notice is running was registered two days before its notice, counted back in working
  // days from today (holidays make that longer than the calendar days of `ago`).
  const entrustIssued = s.entrustDue === '逾期' ? p.workdaysAgo(20) : s.entrustDue === '正常' ? p.workdaysAgo(3) : null;
  const created = entrustIssued !== null ? p.work(addDays(entrustIssued, -2)) : p.work(p.t(-s.ago));
  const place = holder === '委托谈话' ? `${person.unitName}会议室` : p.next('place', PLACES);
  const time = p.next('time', TIMES);
  const plannedDate = s.entrustDue === '正常' ? p.ahead(p.t(5))
    : s.state === 'planned' && s.entrustDue === undefined ? p.ahead(p.t(randInt(p.rng, 3, 24))) : p.after(created, 5);
  const cause = s.cause === 'rect'
    ? { kind: '整改事项' as const, text: text.cause, nth: p.next('rect', [0, 1, 2, 3, 4, 5]) }
    : s.cause === 'index' ? { kind: '廉情指数' as const, text: text.cause } : { kind: '其他' as const, text: text.cause };
  // The record is entered by one of the office's interviewers (not the leader holding a 诫勉谈话).
  const writer: DemoActor = interviewers.find((x) => x !== 'lingdao') ?? 'jiancha';
  p.add(created, writer, {
    kind: 'create', key, interview: '谈话', talkType: s.type, personId: person.id, cause, plannedDate, plannedTime: time, place, holder,
    interviewers, holderNames, recorder: holder === '本委' ? (interviewers.includes('anguan') ? null : 'anguan') : null,
  });
  let last = created;
  if (holder === '委托谈话') {
    // The 委托谈话通知书 starts the talk's deadline (15 working days): overdue ones were issued long ago.
    const issued = entrustIssued ?? p.after(created, 1);
    p.add(issued, writer, { kind: 'notice', key, notice: 'entrust' });
    last = issued;
  } else if (s.notice) {
    p.add(p.after(created, 1), writer, { kind: 'notice', key, notice: 'talkNotice' });
  }
  if (s.state === 'planned') {
    expectTalk(p, key, s.type, holder, '待谈话', null);
    return;
  }
  // Held on its planned day (a 委托谈话 some working days after the notice; its record comes back later).
  const heldDate = holder === '委托谈话' ? p.after(last, 8) : p.work(plannedDate);
  const recordDay = holder === '委托谈话' ? p.after(heldDate, 3) : heldDate;
  const followUps = s.type === '提醒谈话' || s.type === '约谈' ? [{ content: '书面报告整改落实情况', dueDate: addDays(recordDay, 30) }] : [];
  p.add(recordDay, writer, { kind: 'record', key, heldDate, heldTime: time, place, keyPoints: text.keyPoints, statement: text.statement, followUps });
  if (s.state === 'held') {
    expectTalk(p, key, s.type, holder, '待办结', null);
    return;
  }
  const fileDay = p.after(recordDay, 1);
  p.add(fileDay, writer, { kind: 'file', key, fileKind: '签字谈话记录', fileName: '谈话记录（签字）.pdf' });
  if (holder === '委托谈话') p.add(fileDay, writer, { kind: 'file', key, fileKind: '反馈单', fileName: '委托谈话反馈单.pdf' });
  const outcome = s.outcome ?? '了结';
  const concludedDate = p.after(fileDay, 1);
  p.add(concludedDate, writer, { kind: 'conclude', key, outcome, outcomeNote: OUTCOME_NOTES[outcome], signedDate: fileDay, concludedDate, conductDate: conduct(outcome, created) });
  expectTalk(p, key, s.type, holder, '已办结', outcome);
}

/** A letter through its state. */
function letter(p: Planner, s: LetterSpec): void {
  const key = p.key('l');
  const person = p.person((x) => x.category !== '一般干部');
  const text = p.next('letter', LETTER_TEXTS);
  const writer: DemoActor = p.next('letterWriter', ['jiancha', 'jiancha2', 'anguan'] as const);
  const exp: DemoExpected = { kind: '函询', talkType: null, holder: '本委', status: '待发函', outcome: null, due: null, supplement: false, meeting: false };
  p.expected[key] = exp;
  // The notice's day: for the open ones counted back in working days from today (15 to answer).
  const sent = s.state === '逾期' ? p.workdaysAgo(19) : s.state === '即将到期' ? p.workdaysAgo(13) : s.state === '待答复' ? p.workdaysAgo(randInt(p.rng, 2, 8)) : null;
  const created = sent !== null ? p.work(addDays(sent, -3)) : p.work(p.t(-s.ago));
  p.add(created, writer, {
    kind: 'create', key, interview: '函询', talkType: null, personId: person.id, cause: { kind: '其他', text: text.cause },
    plannedDate: null, plannedTime: null, place: '', holder: '本委', interviewers: [], holderNames: '', recorder: null,
  });
  if (s.state === '待发函') return;
  const noticeDay = sent ?? p.after(created, 1);
  p.add(noticeDay, writer, { kind: 'notice', key, notice: 'inquiry' });
  exp.status = '待答复';
  if (s.state === '逾期' || s.state === '即将到期') exp.due = s.state;
  if (sent !== null) return;
  let replyDay = p.after(noticeDay, 9);
  p.add(replyDay, writer, { kind: 'reply', key, replyDate: replyDay, countersigned: true, summary: text.reply });
  p.add(replyDay, writer, { kind: 'file', key, fileKind: '答复材料', fileName: '函询答复（主要负责人签字）.pdf' });
  exp.status = '待评估';
  if (s.state === '待评估') return;
  let assessDay = p.after(replyDay, 2);
  if (s.state === '补充说明') {
    p.add(assessDay, writer, { kind: 'assess', key, assessment: '说明不清', outcome: null, note: ASSESS_NOTES.说明不清, date: assessDay, conductDate: '' });
    replyDay = p.after(assessDay, 7);
    p.add(replyDay, writer, { kind: 'reply', key, replyDate: replyDay, countersigned: true, summary: `补充说明：${text.reply}` });
    assessDay = p.after(replyDay, 2);
    exp.supplement = true;
  }
  if (s.state === '批评教育' || s.state === '诫勉') {
    p.add(assessDay, writer, { kind: 'assess', key, assessment: '不如实或有问题', outcome: s.state, note: `${ASSESS_NOTES.不如实或有问题}${OUTCOME_NOTES[s.state]}`, date: assessDay, conductDate: conduct(s.state, created) });
    exp.outcome = s.state;
  } else {
    p.add(assessDay, writer, { kind: 'assess', key, assessment: '如实说明', outcome: null, note: ASSESS_NOTES.如实说明, date: assessDay, conductDate: '' });
    exp.outcome = '了结';
  }
  exp.status = '已办结';
  if (s.meeting) {
    const meetingDay = p.after(assessDay, 10);
    p.add(meetingDay, writer, { kind: 'meeting', key, meetingDate: meetingDay, note: MEETING_NOTE });
    exp.meeting = true;
  }
}

/** The leads disposed of as 谈话函询: registered, proposed, approved, their plans drafted and decided. */
function leads(p: Planner): { tips: number; approved: number } {
  const villager = (x: DemoInterviewPerson) => isVillage(x) && !chief(x);
  interface Lead {
    ago: number;
    people: DemoInterviewPerson[];
    items: Array<Omit<DemoPlanItem, 'plannedDate' | 'interviewers' | 'place'> & { plannedAfter: number }>;
    decide: boolean;
  }
  const first = p.person(villager);
  const second = p.person((x) => x.unitId === first.unitId && x.id !== first.id && !chief(x));
  const list: Lead[] = [
    // Both concluded 了结: the tip concluded 查否 from them.
    { ago: 160, people: [first, second], items: [
      { personIndex: 0, way: '谈话', holder: '本委', holderNames: '', plannedAfter: 8 },
      { personIndex: 1, way: '函询', holder: '本委', holderNames: '', plannedAfter: 3 },
    ], decide: true },
    // Talk and letter for a department's head (a lower-level committee's: the 机关主要领导 approves); the talk ended in a 提醒, the reply awaits assessment.
    { ago: 70, people: [p.person((x) => x.unitType === '机关部门' && chief(x))], items: [{ personIndex: 0, way: '谈话和函询', holder: '本委', holderNames: '', plannedAfter: 6 }], decide: true },
    // Entrusted to the person's own party organisation, planned in the coming weeks.
    { ago: 12, people: [p.person(villager)], items: [{ personIndex: 0, way: '谈话', holder: '委托谈话', holderNames: '社区党委书记（受托）', plannedAfter: 14 }], decide: true },
    // Submitted, awaiting the leader.
    { ago: 6, people: [p.person((x) => isVillage(x) && chief(x))], items: [{ personIndex: 0, way: '函询', holder: '本委', holderNames: '', plannedAfter: 10 }], decide: false },
  ];
  let approved = 0;
  list.forEach((lead, tip) => {
    const text = at(DEMO_LEADS, tip % DEMO_LEADS.length);
    const received = p.work(p.t(-lead.ago));
    p.add(received, 'xinfang', { kind: 'registerTip', tip, receivedDate: received, people: lead.people, summary: text.summary, content: text.content });
    const proposed = p.after(received, 1);
    p.add(proposed, 'xinfang', { kind: 'proposeTip', tip, handlingDue: addDays(proposed, 90) });
    const approvedDay = p.after(proposed, 1);
    p.add(approvedDay, 'lingdao', { kind: 'approveTip', tip });
    const drafted = p.after(approvedDay, 1);
    const items: DemoPlanItem[] = lead.items.map((i) => ({
      personIndex: i.personIndex, way: i.way, holder: i.holder, holderNames: i.holderNames,
      interviewers: i.way === '函询' || i.holder !== '本委' ? [] : ['jiancha', 'jiancha2'],
      plannedDate: p.ahead(addDays(drafted, i.plannedAfter + 2)), place: i.holder === '委托谈话' ? '' : at(PLACES, 0),
    }));
    p.add(drafted, 'jiancha', { kind: 'plan', tip, items, note: '根据问题线索情况，采取谈话函询方式了解核实。' });
    p.add(drafted, 'jiancha', { kind: 'submitPlan', tip });
    if (!lead.decide) return;
    const decided = p.after(drafted, 1);
    p.add(decided, 'lingdao', { kind: 'decidePlan', tip });
    approved++;
    for (const item of items) {
      const ways = item.way === '谈话和函询' ? (['谈话', '函询'] as const) : [item.way];
      for (const way of ways) {
        const key = `${tip}:${item.personIndex}:${way}`;
        p.expected[key] = { kind: way, talkType: way === '谈话' ? '谈话函询' : null, holder: way === '谈话' ? item.holder : '本委', status: way === '谈话' ? '待谈话' : '待发函', outcome: null, due: null, supplement: false, meeting: false };
      }
    }
    const talkDay = at(items, 0).plannedDate;
    if (tip === 0) {
      const a = planTalk(p, `${tip}:0:谈话`, talkDay, '了结');
      const b = planLetter(p, `${tip}:1:函询`, decided, 'done');
      const day = p.after(a > b ? a : b, 2);
      p.add(day, 'jiancha', { kind: 'concludeTip', tip, result: '查否', date: day, conclusion: '经谈话函询，反映问题不属实，予以了结。' });
    }
    if (tip === 1) {
      planTalk(p, `${tip}:0:谈话`, talkDay, '提醒');
      planLetter(p, `${tip}:0:函询`, decided, 'replied');
    }
  });
  return { tips: list.length, approved };
}

/** A plan's talk held on its day, signed and concluded; answers the day it was concluded. */
function planTalk(p: Planner, key: string, day: string, outcome: InterviewOutcome): string {
  const text = p.next('提醒谈话', TALK_TEXTS.提醒谈话);
  const held = p.work(day);
  p.add(held, 'jiancha', { kind: 'record', key, heldDate: held, heldTime: '09:30', place: at(PLACES, 0), keyPoints: text.keyPoints, statement: text.statement, followUps: [] });
  p.add(p.after(held, 1), 'jiancha', { kind: 'file', key, fileKind: '签字谈话记录', fileName: '谈话记录（签字）.pdf' });
  const done = p.after(held, 2);
  p.add(done, 'jiancha', { kind: 'conclude', key, outcome, outcomeNote: OUTCOME_NOTES[outcome], signedDate: p.after(held, 1), concludedDate: done, conductDate: conduct(outcome, held) });
  const e = p.expected[key];
  if (e) Object.assign(e, { status: '已办结', outcome });
  return done;
}

/** A plan's letter sent, answered and (when `done`) assessed 如实说明; answers its last day. */
function planLetter(p: Planner, key: string, decided: string, how: 'done' | 'replied'): string {
  const text = p.next('letter', LETTER_TEXTS);
  const sent = p.after(decided, 1);
  p.add(sent, 'jiancha2', { kind: 'notice', key, notice: 'inquiry' });
  const reply = p.after(sent, 8);
  p.add(reply, 'jiancha2', { kind: 'reply', key, replyDate: reply, countersigned: true, summary: text.reply });
  const e = p.expected[key];
  if (e) e.status = '待评估';
  if (how === 'replied') return reply;
  const assessed = p.after(reply, 2);
  p.add(assessed, 'jiancha2', { kind: 'assess', key, assessment: '如实说明', outcome: null, note: ASSESS_NOTES.如实说明, date: assessed, conductDate: '' });
  if (e) Object.assign(e, { status: '已办结', outcome: '了结' });
  return assessed;
}

export function planDemoInterviews(o: DemoInterviewOptions): DemoInterviewPlan {
  if (o.people.length < 40) throw new Error('demo interviews: the registry has too few people');
  const p = new Planner(o);
  const everyone = () => true;
  const specs: TalkSpec[] = [
    // 廉政谈话: holiday reminders over the year, a new team, a project; some entrusted.
    ...[330, 250, 200, 150, 95, 40].map((ago): TalkSpec => ({ type: '廉政谈话', state: 'concluded', ago, who: (x) => organ(x) && (chief(x) || team(x)) })),
    { type: '廉政谈话', state: 'held', ago: 12, who: team },
    { type: '廉政谈话', state: 'planned', ago: 3, who: chief, notice: true },
    { type: '廉政谈话', state: 'planned', ago: 2, who: team },
    { type: '廉政谈话', state: 'concluded', ago: 120, holder: '委托谈话', who: (x) => isVillage(x) && team(x) },
    { type: '廉政谈话', state: 'planned', ago: 30, holder: '委托谈话', entrustDue: '逾期', who: (x) => isVillage(x) && team(x) },
    // 提醒谈话: four for overdue rectification items (the unit's 主要负责人), one for the index, others.
    { type: '提醒谈话', state: 'concluded', outcome: '提醒', ago: 60, cause: 'rect', who: chief },
    { type: '提醒谈话', state: 'concluded', outcome: '提醒', ago: 35, cause: 'rect', who: chief },
    { type: '提醒谈话', state: 'held', ago: 14, cause: 'rect', who: chief },
    { type: '提醒谈话', state: 'planned', ago: 2, cause: 'rect', who: chief },
    { type: '提醒谈话', state: 'concluded', outcome: '提醒', ago: 100, cause: 'index', who: chief },
    ...[280, 210, 170].map((ago): TalkSpec => ({ type: '提醒谈话', state: 'concluded', outcome: '提醒', ago, who: everyone })),
    { type: '提醒谈话', state: 'concluded', outcome: '批评教育', ago: 140, who: everyone },
    { type: '提醒谈话', state: 'concluded', outcome: '提醒', ago: 80, holder: '委托谈话', who: isVillage },
    { type: '提醒谈话', state: 'planned', ago: 8, holder: '委托谈话', entrustDue: '正常', who: isVillage },
    // 诫勉谈话: held by a leader with an inspector; their 诫勉 are discipline events.
    ...[300, 190, 110, 45].map((ago): TalkSpec => ({ type: '诫勉谈话', state: 'concluded', outcome: '诫勉', ago, notice: true, who: (x) => chief(x) || team(x) })),
    { type: '诫勉谈话', state: 'held', ago: 10, who: team },
    { type: '诫勉谈话', state: 'planned', ago: 4, notice: true, who: team },
    // 约谈: unit heads; one by the superior committee.
    ...[260, 180, 90].map((ago): TalkSpec => ({ type: '约谈', state: 'concluded', outcome: '了结', ago, who: chief })),
    { type: '约谈', state: 'concluded', outcome: '批评教育', ago: 150, who: chief },
    { type: '约谈', state: 'concluded', outcome: '了结', ago: 220, holder: '上级纪委', who: (x) => organ(x) && chief(x) },
    { type: '约谈', state: 'held', ago: 9, who: chief },
    { type: '约谈', state: 'planned', ago: 1, who: chief },
    // 任前廉政谈话: cadres about to be promoted, in batches.
    ...[340, 340, 230, 230, 230, 130, 130, 50, 50].map((ago): TalkSpec => ({ type: '任前廉政谈话', state: 'concluded', outcome: '了结', ago, who: (x) => organ(x) && !chief(x) })),
    { type: '任前廉政谈话', state: 'planned', ago: 2, who: (x) => organ(x) && !chief(x) },
    { type: '任前廉政谈话', state: 'planned', ago: 2, who: (x) => organ(x) && !chief(x) },
    // 巡察谈话: during the year's inspections.
    ...[240, 240, 160, 160, 70].map((ago): TalkSpec => ({ type: '巡察谈话', state: 'concluded', outcome: '了结', ago, who: everyone })),
    { type: '巡察谈话', state: 'concluded', outcome: '转初步核实', ago: 65, who: everyone },
    { type: '巡察谈话', state: 'held', ago: 7, who: everyone },
    { type: '巡察谈话', state: 'planned', ago: 3, who: everyone },
  ];
  for (const s of specs) talk(p, s);

  const letters: LetterSpec[] = [
    ...[350, 320, 290, 260, 230, 200, 170, 140, 110, 85].map((ago, i): LetterSpec => ({ state: '了结', ago, meeting: i % 3 === 0 })),
    { state: '补充说明', ago: 190 },
    { state: '补充说明', ago: 120 },
    { state: '批评教育', ago: 160 },
    { state: '诫勉', ago: 100 },
    { state: '了结', ago: 60 },
    { state: '了结', ago: 45 },
    { state: '待评估', ago: 40 },
    { state: '待评估', ago: 30 },
    { state: '待评估', ago: 28 },
    { state: '待答复', ago: 0 },
    { state: '待答复', ago: 0 },
    { state: '待答复', ago: 0 },
    { state: '即将到期', ago: 0 },
    { state: '逾期', ago: 0 },
    { state: '待发函', ago: 4 },
    { state: '待发函', ago: 2 },
    { state: '待发函', ago: 1 },
  ];
  for (const s of letters) letter(p, s);

  p.add(p.work(p.ahead(p.t(-360))), 'admin', { kind: 'mainLeader', user: 'lingdao' });
  const { tips, approved } = leads(p);

  // 抽查核实: the letters concluded as 了结 up to three weeks ago, a fifth of them drawn, two checked.
  const drawDay = p.work(p.t(-20));
  p.add(drawDay, 'anguan', { kind: 'drawSpotCheck', from: p.t(-366), to: addDays(drawDay, -1), sharePercent: 20 });
  p.add(p.after(drawDay, 5), 'anguan', { kind: 'spotResult', nth: 0, result: '属实', date: p.after(drawDay, 5), note: '经走访核实，答复情况属实。' });
  p.add(p.after(drawDay, 8), 'anguan', { kind: 'spotResult', nth: 1, result: '不属实', date: p.after(drawDay, 8), note: '经核实，答复隐瞒了配偶经商的情况，已报告领导。' });

  return { events: p.events(), expected: p.expected, tips, plansApproved: approved, spotChecks: { drawn: true, results: 2 } };
}

/** How many talks and letters the plan leaves in each state, by kind (the demo test's measure). */
export function demoStateCounts(plan: DemoInterviewPlan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of Object.values(plan.expected)) {
    const k = `${e.kind} ${e.status}${e.outcome ? ` ${e.outcome}` : ''}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
