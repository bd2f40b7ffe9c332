// The rectification part of the demo office: a year of 预警告知书, 巡察 feedback, an audit, a
// special inspection, a 民主生活会, a tip's verification and a recurrence, with their items walked
// through every state (未启动, 整改中 with progress and evidence, 待验收, verified, 已销号 on time
// and late; 退回整改, 延期 approved, refused and pending; 逾期 and 需督办; 即将到期). The plan is
// made in the demo's transaction from the registry's demo units and people — pure, deterministic,
// every date relative to the demo's today and on a working day before it — and run after the
// commit through the real operations (call.runAs), each step as its member of staff at its own
// moment (09:00–17:00 in the office), so numbers, 文号, files, history and audit are what the office
// would have produced.
import type { OpInput, OpName, OpOutput } from '../../../../shared/api.ts';
import { DEFAULT_WARNING_DEADLINE_DAYS } from '../../../../shared/documents/index.ts';
import { instantInZone } from '../../../../shared/kernel/dates.ts';
import { addDays, daysBetween, WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import type { RectSource } from '../../../../shared/rectification/index.ts';
import { calendarTable, type UserRecord } from '../../../../db/repos/core/index.ts';
import { getUnit } from '../../../../db/repos/registry/index.ts';
import { audit, today, type Call } from '../../kernel/context.ts';
import type { DemoStep } from '../../kernel/demo.ts';
import { DEMO_REGISTRY, type RegisteredDemoPerson, type RegisteredDemoUnit } from '../../registry/index.ts';
import { DEMO_STAFF_USERS, type StaffKey } from '../../tips/index.ts';
import { CLOSE_OPINION, DEMO_PROBLEMS, demoPdf, EXTENSION_REASONS, STILL_GOING, VERIFY_FAIL, VERIFY_PASS, type DemoProblemText, type DemoTextScope } from './demoTexts.ts';

export interface DemoRectUnit extends RegisteredDemoUnit {
  parentId: number | null;
}

export interface DemoRectOptions {
  /** The demo's today (YYYY-MM-DD): every step falls on a working day before it. */
  today: string;
  units: readonly DemoRectUnit[];
  people: readonly RegisteredDemoPerson[];
  calendar: WorkCalendar;
}

type ItemInput = OpInput<'rect.create'>['items'][number];
type FileInput = { fileName: string; dataBase64: string };

/** What one step of the plan does; items are named by a key, notices by their index. */
export type DemoRectAct =
  /** 联系干部: the units' liaison officer, set by the 案件监督管理室 (a registry editor) before the year begins. */
  | { kind: 'liaison'; unitIds: number[]; liaison: 'jiancha' | 'jiancha2' }
  | { kind: 'draftWarning'; notice: number; input: OpInput<'docs.createDraft'> }
  | { kind: 'issueWarning'; notice: number; items: string[] }
  | { kind: 'create'; source: Exclude<RectSource, '预警告知书'>; sourceRef: string; recurrenceOf: string | null; items: Array<{ key: string; input: ItemInput }> }
  /** 信访核查: the tip is found when the plan runs (the earliest substantiated, archived one concluded before the day). */
  | { kind: 'tipItem'; key: string; text: DemoProblemText; deadline: string; ownerKeywords: readonly string[] }
  | { kind: 'update'; key: string; input: ItemInput }
  | { kind: 'progress'; key: string; text: string; percent: number }
  | { kind: 'evidence'; key: string; file: FileInput; note: string }
  | { kind: 'apply'; key: string; text: string }
  | { kind: 'verify'; key: string; passed: boolean; opinion: string }
  | { kind: 'close'; key: string; opinion: string }
  | { kind: 'askExtension'; key: string; newDeadline: string; reason: string }
  | { kind: 'decideExtension'; key: string; approve: boolean; opinion: string }
  | { kind: 'noticeReport'; notice: number; text: string; file: FileInput };

export interface DemoRectEvent {
  /** The office's date and minute of the day (09:00–17:00). */
  at: { date: string; minute: number };
  actor: Extract<StaffKey, 'jiancha' | 'jiancha2' | 'lingdao' | 'anguan'>;
  act: DemoRectAct;
}

export interface DemoRectPlan {
  /** In the order they run (chronological). */
  events: DemoRectEvent[];
  notices: number;
  items: number;
}

type Actor = DemoRectEvent['actor'];

/** How an item's life goes on after registration: each step at a raw date (moved to a working day). */
type Spec =
  | { at: string; step: 'progress'; percent: number }
  | { at: string; step: 'evidence'; type: 'pdf' | 'txt' }
  | { at: string; step: 'apply' }
  | { at: string; step: 'verify'; passed: boolean }
  | { at: string; step: 'close' }
  | { at: string; step: 'ask'; newDeadline: string }
  | { at: string; step: 'decide'; approve: boolean }
  /** The unit's measures and 责任人 added to an item a notice created (rect.update). */
  | { at: string; step: 'measures'; input: ItemInput };

const OWNER_POSTS: Record<string, readonly string[]> = {
  三资管理: ['会计', '出纳', '村委会主任', '居委会主任', '财政'],
  工程项目: ['副镇长', '副主任', '村委会主任', '居委会主任', '副局长'],
  惠民资金: ['民政', '村委会副主任', '委员', '文书', '副镇长'],
  作风纪律: ['纪委书记', '纪检', '监督委员会', '副书记'],
  制度执行: ['副书记', '办公室主任', '文书', '监督委员会'],
  选人用人: ['组织委员', '副书记', '副局长', '政工'],
};

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface ItemState {
  key: string;
  unit: DemoRectUnit;
  text: DemoProblemText;
  writer: Actor;
  registered: string;
  /** The last step's date: the next cannot be earlier. */
  last: string;
  progressCount: number;
}

class Planner {
  private readonly raw: Array<{ date: string; seq: number; actor: Actor; act: DemoRectAct }> = [];
  private seq = 0;
  private readonly texts = new Map<string, number>();
  private readonly itemTexts = new Map<string, DemoProblemText>();
  private extensionCount = 0;
  private failCount = 0;
  private evidenceCount = 0;
  notices = 0;
  items = 0;
  readonly lastDay: string;
  readonly o: DemoRectOptions;

  constructor(o: DemoRectOptions) {
    this.o = o;
    this.lastDay = addDays(o.today, -1);
  }

  /** The demo's today moved by n days. */
  t(n: number): string {
    return addDays(this.o.today, n);
  }

  /** The working day on or before the date, never after the demo's yesterday. */
  work(date: string): string {
    let d = date < this.lastDay ? date : this.lastDay;
    while (!this.o.calendar.isWorkday(d)) d = addDays(d, -1);
    return d;
  }

  add(date: string, actor: Actor, act: DemoRectAct): void {
    this.raw.push({ date, seq: this.seq++, actor, act });
  }

  /** The next text of the category that fits the unit (a village's, an organ's, or either), in turn. */
  text(category: string, unit: DemoRectUnit | null): DemoProblemText {
    const scope: DemoTextScope = unit === null ? 'all' : unit.type === '行政村' || unit.type === '社区' ? 'village' : 'organ';
    const list = DEMO_PROBLEMS.filter((p) => p.category === category && (p.scope === scope || p.scope === 'all'));
    const n = this.texts.get(`${category} ${scope}`) ?? 0;
    this.texts.set(`${category} ${scope}`, n + 1);
    const text = list[n % list.length];
    if (!text) throw new Error(`demo rectification: no text for ${category}`);
    return text;
  }

  /** The text an item planned before was given. */
  textOf(key: string): DemoProblemText {
    const text = this.itemTexts.get(key);
    if (!text) throw new Error(`demo rectification: no item ${key} yet`);
    return text;
  }

  leaderOf(unitId: number): number | null {
    return this.o.people.find((p) => p.unitId === unitId && p.category === '主要负责人')?.id ?? null;
  }

  /** The unit's member best placed for the category: a post that fits, else a team member, else anyone. */
  ownerOf(unitId: number, category: string): number | null {
    const staff = this.o.people.filter((p) => p.unitId === unitId && p.category !== '主要负责人');
    for (const word of OWNER_POSTS[category] ?? []) {
      const hit = staff.find((p) => p.post.includes(word));
      if (hit) return hit.id;
    }
    return (staff.find((p) => p.category === '班子成员') ?? staff[0])?.id ?? null;
  }

  /** An item's description for rect.create: its measures with their owners and dates. */
  itemInput(unit: DemoRectUnit, text: DemoProblemText, registered: string, deadline: string): ItemInput {
    const owner = this.ownerOf(unit.id, text.category);
    const span = Math.max(2, daysBetween(registered, deadline));
    const clerk = this.o.people.find((p) => p.unitId === unit.id && p.category === '一般干部' && p.id !== owner)?.id ?? owner;
    return {
      unitId: unit.id, problem: text.problem, category: text.category,
      measures: [
        { text: text.measures[0], ownerPersonId: owner, dueDate: addDays(registered, Math.floor(span * 0.5)) },
        { text: text.measures[1], ownerPersonId: clerk, dueDate: addDays(registered, Math.floor(span * 0.85)) },
      ],
      leaderPersonId: this.leaderOf(unit.id), ownerPersonId: owner, deadline, remarks: '',
    };
  }

  state(key: string, unit: DemoRectUnit, text: DemoProblemText, writer: Actor, registered: string): ItemState {
    this.items++;
    this.itemTexts.set(key, text);
    return { key, unit, text, writer, registered, last: registered, progressCount: 0 };
  }

  /** The item's later steps, in the order given, each on a working day not before the one before. */
  walk(item: ItemState, specs: readonly Spec[]): void {
    for (const s of specs) {
      let date = this.work(s.at);
      if (date < item.last) date = item.last;
      item.last = date;
      const key = item.key;
      switch (s.step) {
        case 'progress': {
          // The first report, then how it goes on; the last text says it is done.
          const [begun, halfway, finished] = item.text.progress;
          const text = s.percent >= 100 ? finished : item.progressCount === 0 ? begun : item.progressCount === 1 ? halfway : STILL_GOING;
          item.progressCount++;
          this.add(date, item.writer, { kind: 'progress', key, text, percent: s.percent });
          break;
        }
        case 'evidence': {
          this.evidenceCount++;
          const name = s.type === 'pdf' ? item.text.evidence[0] : item.text.evidence[1];
          const data = s.type === 'pdf'
            ? demoPdf(`lianqing demo evidence ${this.evidenceCount}`)
            : Buffer.from(`${name.replace(/\.txt$/u, '')}\n\n单位：${item.unit.name}\n问题：${item.text.problem}\n情况：${item.text.progress[Math.max(0, Math.min(item.progressCount - 1, 2))] ?? ''}\n日期：${date}\n`, 'utf8');
          this.add(date, item.writer, { kind: 'evidence', key, file: { fileName: name, dataBase64: data.toString('base64') }, note: s.type === 'pdf' ? '扫描件' : '情况说明' });
          break;
        }
        case 'apply':
          this.add(date, 'jiancha', { kind: 'apply', key, text: item.text.done });
          break;
        case 'verify':
          this.add(date, 'jiancha2', { kind: 'verify', key, passed: s.passed, opinion: s.passed ? VERIFY_PASS : (VERIFY_FAIL[this.failCount++ % VERIFY_FAIL.length] ?? VERIFY_PASS) });
          break;
        case 'close':
          this.add(date, 'lingdao', { kind: 'close', key, opinion: CLOSE_OPINION });
          break;
        case 'ask':
          this.add(date, 'jiancha', { kind: 'askExtension', key, newDeadline: s.newDeadline, reason: EXTENSION_REASONS[this.extensionCount++ % EXTENSION_REASONS.length] ?? '' });
          break;
        case 'measures':
          this.add(date, item.writer, { kind: 'update', key, input: s.input });
          break;
        case 'decide':
          this.add(date, 'lingdao', {
            kind: 'decideExtension', key, approve: s.approve,
            opinion: s.approve ? '同意延期，请抓紧整改，按新的时限完成。' : '延期理由不充分，请按原时限完成整改，逾期将予以督办。',
          });
          break;
      }
    }
  }

  /** The events in order, each given its minute: the day's steps spread over 09:00–17:00. */
  events(): DemoRectEvent[] {
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

/** Steps of an item closed on `close` (after 申请验收 by one and 验收 by another), optionally sent back once first. */
function closed(registered: string, close: string, returned = false): Spec[] {
  const at = (d: number) => addDays(registered, d);
  const before = (d: number) => addDays(close, -d);
  const start: Spec[] = [
    { at: at(6), step: 'progress', percent: 40 },
    { at: at(8), step: 'evidence', type: 'pdf' },
  ];
  if (returned) {
    return [
      ...start,
      { at: before(20), step: 'apply' },
      { at: before(17), step: 'verify', passed: false },
      { at: before(10), step: 'progress', percent: 100 },
      { at: before(9), step: 'evidence', type: 'txt' },
      { at: before(7), step: 'apply' },
      { at: before(4), step: 'verify', passed: true },
      { at: close, step: 'close' },
    ];
  }
  return [
    ...start,
    { at: before(8), step: 'progress', percent: 100 },
    { at: before(6), step: 'apply' },
    { at: before(3), step: 'verify', passed: true },
    { at: close, step: 'close' },
  ];
}

/** Specs merged by date (stable: specs of one date keep their order). */
function merged(...lists: Spec[][]): Spec[] {
  return lists.flat().map((s, i) => ({ s, i })).sort((a, b) => (a.s.at < b.s.at ? -1 : a.s.at > b.s.at ? 1 : a.i - b.i)).map((x) => x.s);
}

function ask(at: string, newDeadline: string, approve: boolean | null): Spec[] {
  const out: Spec[] = [{ at, step: 'ask', newDeadline }];
  if (approve !== null) out.push({ at: addDays(at, 2), step: 'decide', approve });
  return out;
}

const progress = (at: string, percent: number): Spec => ({ at, step: 'progress', percent });
const evidence = (at: string, type: 'pdf' | 'txt' = 'pdf'): Spec => ({ at, step: 'evidence', type });

/**
 * The plan: which units, which problems, and every step at its date. Units are chosen by the
 * registry's structure (towns with their villages and communities, departments by name with a
 * fallback), so every registry made by the demo's data gives a valid plan.
 */
export function planDemoRectification(o: DemoRectOptions): DemoRectPlan {
  const p = new Planner(o);
  const t = (n: number) => p.t(n);
  const towns = o.units.filter((u) => u.type === '镇（街道）');
  const villagesOf = (town: DemoRectUnit) => o.units.filter((u) => u.parentId === town.id && (u.type === '行政村' || u.type === '社区'));
  const withVillages = towns.filter((town) => villagesOf(town).length >= 3);
  if (withVillages.length < 6) throw new Error('demo rectification: the registry has too few towns with villages');
  const town = (i: number): DemoRectUnit => withVillages[i] as DemoRectUnit;
  const village = (town: DemoRectUnit, i: number): DemoRectUnit => {
    const list = villagesOf(town);
    return list[i % list.length] as DemoRectUnit;
  };
  const departments = o.units.filter((u) => u.type === '机关部门');
  const department = (name: string, fallback: number): DemoRectUnit => {
    const found = departments.find((u) => u.name === name) ?? departments[fallback];
    if (!found) throw new Error('demo rectification: the registry has no departments');
    return found;
  };
  // 联系干部: jiancha for the first 巡察 town and its villages, jiancha2 for the other towns, villages
  // and the departments with items; each records the progress and evidence of his units.
  const first = town(0);
  const writerOf = (u: DemoRectUnit): Actor => (u.id === first.id || u.parentId === first.id ? 'jiancha' : 'jiancha2');
  const rural = (u: DemoRectUnit) => u.type === '镇（街道）' || u.type === '行政村' || u.type === '社区';
  const before = p.work(t(-340));
  p.add(before, 'anguan', { kind: 'liaison', liaison: 'jiancha', unitIds: o.units.filter((u) => rural(u) && writerOf(u) === 'jiancha').map((u) => u.id) });
  const others = o.units.filter((u) => rural(u) && writerOf(u) === 'jiancha2');
  const newItem = (key: string, unit: DemoRectUnit, category: string, registered: string) => p.state(key, unit, p.text(category, unit), writerOf(unit), registered);

  // ---- 预警告知书: eight, to villages and communities of four other towns, in date order ----------
  const noticeTargets = [town(4), town(5), town(6), town(7)].flatMap((tw) => [village(tw, 0), village(tw, 2)]);
  interface NoticeItem { key: string; category: string; walk: (registered: string, deadline: string, item: ItemState) => Spec[] }
  const notices: Array<{ days: number; items: NoticeItem[]; report?: { days: number; text: string } }> = [
    {
      days: -330,
      items: [
        { key: 'n1a', category: '三资管理', walk: (r, d) => closed(r, addDays(d, -6)) },
        { key: 'n1b', category: '制度执行', walk: (r, d) => closed(r, addDays(d, -4)) },
        { key: 'n1c', category: '工程项目', walk: (r, d) => closed(r, addDays(d, 16)) },
      ],
      report: { days: 29, text: '关于预警告知书所列问题整改情况的报告：已完成整改2项，工程结算审计1项正在进行中，预计下月完成。' },
    },
    {
      days: -290,
      items: [
        { key: 'n2a', category: '惠民资金', walk: (r, d) => closed(r, addDays(d, 15), true) },
        { key: 'n2b', category: '作风纪律', walk: (r, d) => closed(r, addDays(d, -3)) },
      ],
    },
    {
      days: -240,
      items: [
        { key: 'n3a', category: '三资管理', walk: (r, d) => closed(r, addDays(d, -4)) },
        { key: 'n3b', category: '工程项目', walk: (r, d) => merged(closed(r, addDays(d, 24)), ask(addDays(d, -5), addDays(d, 30), true)) },
        { key: 'n3c', category: '制度执行', walk: (r, d) => closed(r, addDays(d, -5)) },
      ],
    },
    {
      days: -200,
      items: [
        { key: 'n4a', category: '惠民资金', walk: (r, d) => closed(r, addDays(d, 20)) },
        {
          key: 'n4b', category: '工程项目',
          walk: (r, d) => [progress(addDays(r, 7), 25), evidence(addDays(r, 10)), progress(addDays(r, 25), 50), ...ask(addDays(d, -2), addDays(d, 45), false), progress(addDays(d, 50), 60)],
        },
      ],
    },
    {
      days: -150,
      items: [
        {
          key: 'n5b', category: '三资管理',
          walk: (r, d) => [progress(addDays(r, 8), 30), evidence(addDays(r, 10)), ...ask(addDays(d, -5), t(20), true), progress(t(-100), 60), progress(t(-40), 80)],
        },
        { key: 'n5c', category: '制度执行', walk: (r, d) => closed(r, addDays(d, 15), true) },
      ],
    },
    {
      days: -100,
      items: [
        { key: 'n6a', category: '惠民资金', walk: (r) => [progress(addDays(r, 6), 30), evidence(addDays(r, 8)), progress(addDays(r, 20), 70), evidence(t(-15), 'txt'), progress(t(-12), 100), { at: t(-8), step: 'apply' }] },
        { key: 'n6b', category: '作风纪律', walk: (r, d) => closed(r, addDays(d, 20)) },
      ],
      report: { days: 55, text: '关于预警告知书所列问题整改情况的报告：作风纪律问题已整改完毕并经验收销号，低保复核工作已完成，正在整理资料申请验收。' },
    },
    {
      days: -55,
      items: [
        { key: 'n7a', category: '工程项目', walk: (r) => [progress(addDays(r, 7), 30), evidence(addDays(r, 9)), progress(addDays(r, 25), 50)] },
        {
          key: 'n7b', category: '三资管理',
          walk: (r) => [progress(addDays(r, 6), 40), evidence(addDays(r, 8)), progress(addDays(r, 12), 80), evidence(addDays(r, 19), 'txt'), progress(addDays(r, 20), 100), { at: addDays(r, 22), step: 'apply' }, { at: addDays(r, 25), step: 'verify', passed: true }],
        },
        {
          key: 'n7c', category: '制度执行',
          walk: (r) => [progress(addDays(r, 5), 30), evidence(addDays(r, 8)), progress(addDays(r, 15), 70), { at: t(-20), step: 'apply' }, { at: t(-17), step: 'verify', passed: false }, progress(t(-5), 85)],
        },
      ],
    },
    {
      days: -20,
      items: [
        { key: 'n8a', category: '作风纪律', walk: () => [] },
        { key: 'n8b', category: '惠民资金', walk: (r) => [progress(addDays(r, 8), 20)] },
      ],
    },
  ];
  notices.forEach((n, index) => {
    const unit = noticeTargets[index] as DemoRectUnit;
    const date = p.work(t(n.days));
    const deadline = addDays(date, DEFAULT_WARNING_DEADLINE_DAYS);
    const parent = o.units.find((u) => u.id === unit.parentId);
    const texts = n.items.map((i) => ({ i, text: p.text(i.category, unit) }));
    p.notices++;
    p.add(date, 'jiancha', {
      kind: 'draftWarning', notice: index,
      input: {
        kind: 'warning',
        fields: {
          title: `关于对${unit.name}开展廉情预警的告知书`,
          unitId: unit.id,
          recipients: `${unit.name}党组织`,
          intro: `县纪委监委在日常监督、信访举报核查和专项检查中发现，你单位在${[...new Set(texts.map((x) => x.text.category))].join('、')}等方面存在以下问题，苗头性、倾向性问题较为突出。根据有关规定，现予以廉情预警告知：`,
          problems: texts.map((x) => ({ text: x.text.problem, category: x.text.category })),
          requirements: '请你单位党组织切实履行主体责任，主要负责人为第一责任人，对照上述问题逐项制定整改措施，明确责任人和整改时限，于整改时限前将整改情况书面报送县纪委监委。逾期未整改或整改不到位的，将依规依纪严肃追究相关人员责任。',
          deadline,
          date,
          copyTo: parent ? `中共${parent.name}${parent.name.endsWith('街道') ? '工作委员会' : '委员会'}` : '',
        },
      },
    });
    p.add(date, 'jiancha', { kind: 'issueWarning', notice: index, items: n.items.map((i) => i.key) });
    for (const { i, text } of texts) {
      const item = p.state(i.key, unit, text, writerOf(unit), date);
      // The unit answers the notice with its measures and who is responsible, recorded by the office.
      p.walk(item, [{ at: addDays(date, 2), step: 'measures', input: p.itemInput(unit, text, date, deadline) }, ...i.walk(date, deadline, item)]);
    }
    if (n.report) {
      const day = p.work(addDays(date, n.report.days));
      p.add(day, 'jiancha', { kind: 'noticeReport', notice: index, text: n.report.text, file: { fileName: '整改情况报告.pdf', dataBase64: demoPdf(`lianqing demo report ${index + 1}`).toString('base64') } });
    }
  });

  // ---- 问题清单: 巡察 feedback, audit, special inspection, 民主生活会, recurrence ---------------------
  interface ListItem {
    key: string;
    unit: DemoRectUnit;
    category: string;
    /** The text, when it is not the category's next one (a recurrence repeats its problem). */
    text?: DemoProblemText;
    deadline?: (registered: string) => string;
    walk: (registered: string, deadline: string) => Spec[];
  }
  const list = (days: number, source: Exclude<RectSource, '预警告知书' | '信访核查'>, sourceRef: (registered: string) => string, months: number, items: ListItem[], recurrenceOf: string | null = null) => {
    const date = p.work(t(days));
    const planned = items.map((i) => {
      const deadline = i.deadline ? i.deadline(date) : addDays(date, months * 30);
      const item = i.text ? p.state(i.key, i.unit, i.text, writerOf(i.unit), date) : newItem(i.key, i.unit, i.category, date);
      return { i, item, deadline, input: p.itemInput(i.unit, item.text, date, deadline) };
    });
    p.add(date, 'jiancha', { kind: 'create', source, sourceRef: sourceRef(date), recurrenceOf, items: planned.map((x) => ({ key: x.i.key, input: x.input })) });
    for (const x of planned) p.walk(x.item, x.i.walk(date, x.deadline));
  };
  const inspection = (n: number, tw: DemoRectUnit) => `县委第${CN[n - 1] ?? n}巡察组对${tw.name}${tw.name.endsWith('街道') ? '党工委' : '党委'}巡察反馈意见`;

  const a = town(0);
  list(-300, '巡察反馈', () => inspection(1, a), 2, [
    { key: 'x1a', unit: a, category: '制度执行', walk: (r, d) => closed(r, addDays(d, -6)) },
    { key: 'x1b', unit: village(a, 0), category: '三资管理', walk: (r, d) => closed(r, addDays(d, 15), true) },
    { key: 'x1d', unit: village(a, 2), category: '工程项目', walk: (r, d) => closed(r, addDays(d, 20)) },
    {
      key: 'x1e', unit: village(a, 3), category: '三资管理',
      walk: (r, d) => [progress(addDays(r, 10), 20), evidence(addDays(r, 12)), progress(addDays(r, 14), 40), ...ask(addDays(d, -5), addDays(d, 60), true), progress(addDays(d, 40), 55)],
    },
  ]);
  const b = town(1);
  list(-210, '巡察反馈', () => inspection(2, b), 2, [
    { key: 'x2a', unit: b, category: '作风纪律', walk: (r, d) => closed(r, addDays(d, -5)) },
    { key: 'x2c', unit: village(b, 1), category: '工程项目', walk: (r, d) => merged(closed(r, addDays(d, 20)), ask(addDays(d, -2), addDays(d, 30), false)) },
    { key: 'x2d', unit: village(b, 2), category: '制度执行', walk: (r, d) => closed(r, addDays(d, -15), true) },
  ]);
  const c = town(2);
  list(-120, '巡察反馈', () => inspection(3, c), 2, [
    { key: 'x3b', unit: village(c, 0), category: '惠民资金', walk: (r, d) => closed(r, addDays(d, 20)) },
    {
      key: 'x3c', unit: village(c, 1), category: '三资管理',
      walk: (r, d) => [progress(addDays(r, 7), 30), evidence(addDays(r, 9)), ...ask(addDays(d, -10), t(15), true), progress(t(-20), 90), progress(t(-8), 100), { at: t(-6), step: 'apply' }],
    },
    { key: 'x3d', unit: village(c, 2), category: '工程项目', walk: (r) => [progress(addDays(r, 10), 30), evidence(addDays(r, 15)), progress(addDays(r, 40), 50), progress(t(-30), 60)] },
    {
      key: 'x3e', unit: village(c, 3), category: '制度执行',
      walk: (r, d) => [progress(addDays(r, 20), 40), evidence(addDays(r, 22)), ...ask(addDays(d, -6), t(30), true), progress(t(-50), 70)],
    },
    { key: 'x3f', unit: village(c, 4), category: '惠民资金', walk: (r) => [progress(addDays(r, 15), 30), evidence(addDays(r, 20)), progress(addDays(r, 58), 50), ...ask(t(-3), t(25), null)] },
  ]);
  const dTown = town(3);
  list(-45, '巡察反馈', () => inspection(4, dTown), 2, [
    { key: 'x4a', unit: dTown, category: '制度执行', deadline: () => t(15), walk: () => [] },
    { key: 'x4b', unit: village(dTown, 0), category: '三资管理', deadline: () => t(15), walk: (r) => [progress(addDays(r, 10), 30), evidence(addDays(r, 12)), progress(t(-15), 60)] },
    { key: 'x4c', unit: village(dTown, 1), category: '作风纪律', deadline: () => t(3), walk: (r) => [progress(addDays(r, 7), 40), evidence(addDays(r, 9)), progress(t(-10), 80)] },
    { key: 'x4d', unit: village(dTown, 2), category: '惠民资金', deadline: () => t(5), walk: (r) => [progress(addDays(r, 15), 50)] },
    { key: 'x4f', unit: village(dTown, 4), category: '三资管理', deadline: () => t(15), walk: (r) => [progress(addDays(r, 7), 50), evidence(addDays(r, 9)), progress(t(-10), 100), { at: t(-4), step: 'apply' }] },
  ]);

  const water = department('县水利局', 7);
  list(-160, '审计发现', (r) => `县审计局关于${water.name}${Number(r.slice(0, 4)) - 1}年度预算执行情况的审计报告`, 2, [
    { key: 'au2', unit: water, category: '三资管理', walk: (r, d) => closed(r, addDays(d, 20)) },
    { key: 'au3', unit: water, category: '制度执行', walk: (r) => [progress(addDays(r, 10), 40), evidence(addDays(r, 12)), progress(t(-30), 100), { at: t(-10), step: 'apply' }] },
  ]);
  const e = town(8 % withVillages.length);
  list(-80, '专项检查', () => '县纪委监委村级“三资”管理专项检查反馈问题', 2, [
    { key: 'sp1', unit: village(e, 0), category: '三资管理', walk: (r, d) => closed(r, addDays(d, -5)) },
    { key: 'sp2', unit: village(e, 1), category: '三资管理', walk: (r) => [progress(addDays(r, 8), 30), evidence(addDays(r, 10)), progress(addDays(r, 40), 45)] },
    { key: 'sp3', unit: village(e, 2), category: '三资管理', walk: () => [] },
  ]);
  const education = department('县教育局', 3);
  list(-75, '民主生活会', (r) => `${education.name}领导班子${Number(r.slice(0, 4)) - 1}年度民主生活会查摆问题`, 4, [
    { key: 'mz1', unit: education, category: '选人用人', walk: (r) => [progress(addDays(r, 15), 30), progress(t(-25), 60), evidence(t(-24))] },
  ]);
  // 屡查屡犯: the problem of n3a came back after its 销号.
  const again = noticeTargets[2] as DemoRectUnit;
  const recurred = p.textOf('n3a');
  list(-60, '专项检查', () => '“三资”管理“回头看”检查发现问题反弹', 1, [
    { key: 'rc1', unit: again, category: '三资管理', text: { ...recurred, problem: `“回头看”检查发现该问题再次出现：${recurred.problem}` }, deadline: () => t(25), walk: (r) => [progress(addDays(r, 10), 30), evidence(addDays(r, 12))] },
  ], 'n3a');

  p.add(before, 'anguan', { kind: 'liaison', liaison: 'jiancha2', unitIds: [...others, water, education].map((u) => u.id) });

  // ---- 信访核查: a substantiated tip's problem --------------------------------------------------------
  const tipDay = p.work(t(-90));
  const tipText = p.text('作风纪律', null);
  p.items++;
  p.add(tipDay, 'jiancha', { kind: 'tipItem', key: 'xf1', text: tipText, deadline: addDays(tipDay, 110), ownerKeywords: OWNER_POSTS['作风纪律'] ?? [] });
  // The unit is known only when the tip is found: progress is recorded by the office's other inspector.
  p.walk({ key: 'xf1', unit: { id: 0, name: '被反映单位', type: '', parentId: null }, text: tipText, writer: 'jiancha2', registered: tipDay, last: tipDay, progressCount: 0 }, [
    progress(addDays(tipDay, 10), 30), evidence(addDays(tipDay, 12)), progress(t(-45), 60),
  ]);

  return { events: p.events(), notices: p.notices, items: p.items };
}

/** The demo's units with their parents (the registry's slot names none). */
function withParents(call: Call, units: readonly RegisteredDemoUnit[]): DemoRectUnit[] {
  return units.map((u) => ({ ...u, parentId: getUnit(call.ctx.db, u.id)?.parentId ?? null }));
}

interface Ref {
  id: number;
  version: number;
}

/** Runs the plan through the real operations, each step as its member of staff at its own moment. */
async function runPlan(after: Call, plan: DemoRectPlan, staff: ReadonlyMap<StaffKey, UserRecord>, people: readonly RegisteredDemoPerson[]): Promise<void> {
  const items = new Map<string, Ref>();
  const drafts = new Map<number, Ref>();
  const documents = new Map<number, number>();
  for (const e of plan.events) {
    const user = staff.get(e.actor);
    const now = instantInZone(e.at.date, e.at.minute, after.timeZone);
    if (!user) throw new Error(`demo rectification: no ${e.actor}`);
    if (now >= after.now) throw new Error('demo rectification: a step after the demo’s now');
    const run = <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => after.runAs({ ...after, now }, user, op, input);
    const ref = (key: string): Ref => {
      const r = items.get(key);
      if (!r) throw new Error(`demo rectification: item ${key} before it was registered`);
      return r;
    };
    const track = (key: string, d: { id: number; version: number }): void => void items.set(key, { id: d.id, version: d.version });
    const a = e.act;
    switch (a.kind) {
      case 'liaison': {
        const liaison = staff.get(a.liaison);
        if (!liaison) throw new Error(`demo rectification: no ${a.liaison}`);
        await run('units.setLiaison', { unitIds: a.unitIds, liaisonUserId: liaison.id });
        break;
      }
      case 'draftWarning': {
        const d = await run('docs.createDraft', a.input);
        drafts.set(a.notice, { id: d.id, version: d.version });
        break;
      }
      case 'issueWarning': {
        const draft = drafts.get(a.notice);
        if (!draft) throw new Error('demo rectification: issuing a notice not drafted');
        const doc = await run('rect.issueWarning', draft);
        documents.set(a.notice, doc.id);
        const view = await run('rect.notice', { documentId: doc.id });
        const rows = [...view.items].sort((x, y) => x.id - y.id);
        if (rows.length !== a.items.length) throw new Error('demo rectification: a notice without its items');
        rows.forEach((row, i) => track(a.items[i] ?? '', row));
        break;
      }
      case 'create': {
        const rows = await run('rect.create', {
          source: a.source, sourceRef: a.sourceRef, recurrenceOf: a.recurrenceOf === null ? null : ref(a.recurrenceOf).id, items: a.items.map((i) => i.input),
        });
        rows.forEach((row, i) => track(a.items[i]?.key ?? '', row));
        break;
      }
      case 'tipItem': {
        const found = await substantiatedTip(run, e.at.date);
        if (!found) break;
        const unitPeople = people.filter((p) => p.unitId === found.unitId);
        const owner = a.ownerKeywords.map((w) => unitPeople.find((p) => p.category !== '主要负责人' && p.post.includes(w))).find((p) => p !== undefined)
          ?? unitPeople.find((p) => p.category === '班子成员');
        const rows = await run('rect.create', {
          source: '信访核查', sourceRef: `${found.number}核查发现的问题`, tipId: found.id,
          items: [{
            unitId: found.unitId, problem: a.text.problem, category: a.text.category,
            measures: [{ text: a.text.measures[0], ownerPersonId: owner?.id ?? null, dueDate: addDays(e.at.date, 45) }, { text: a.text.measures[1], ownerPersonId: owner?.id ?? null, dueDate: addDays(e.at.date, 90) }],
            leaderPersonId: unitPeople.find((p) => p.category === '主要负责人')?.id ?? null, ownerPersonId: owner?.id ?? null, deadline: a.deadline,
          }],
        });
        rows.forEach((row) => track(a.key, row));
        break;
      }
      case 'noticeReport': {
        const documentId = documents.get(a.notice);
        if (documentId === undefined) throw new Error('demo rectification: a report on a notice not issued');
        await run('rect.recordNoticeReport', { documentId, date: e.at.date, text: a.text, file: a.file });
        break;
      }
      default: {
        // A step of an item whose registration was skipped (信访核查 without a substantiated tip) is skipped too.
        if (!items.has(a.key)) break;
        const r = ref(a.key);
        const date = e.at.date;
        switch (a.kind) {
          case 'update':
            track(a.key, await run('rect.update', { ...r, ...a.input }));
            break;
          case 'progress':
            track(a.key, await run('rect.progress', { ...r, date, text: a.text, percent: a.percent }));
            break;
          case 'evidence':
            track(a.key, await run('rect.addEvidence', { id: r.id, file: a.file, note: a.note }));
            break;
          case 'apply':
            track(a.key, await run('rect.requestAcceptance', { ...r, date, text: a.text }));
            break;
          case 'verify':
            track(a.key, await run('rect.verify', { ...r, date, passed: a.passed, opinion: a.opinion }));
            break;
          case 'close':
            track(a.key, await run('rect.close', { ...r, date, opinion: a.opinion }));
            break;
          case 'askExtension':
            track(a.key, await run('rect.requestExtension', { ...r, newDeadline: a.newDeadline, reason: a.reason }));
            break;
          case 'decideExtension':
            track(a.key, await run('rect.decideExtension', { ...r, approve: a.approve, opinion: a.opinion }));
            break;
        }
      }
    }
  }
}

type Runner = <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;

/** The earliest archived tip concluded 查实 or 部分查实 before the day, with a registry unit. */
async function substantiatedTip(run: Runner, day: string): Promise<{ id: number; number: string; unitId: number } | null> {
  for (let page = 0; page < 20; page++) {
    const listed = await run('tips.list', { status: '已归档', sortField: 'receivedDate', sortDir: 'asc', page, pageSize: 100 });
    for (const row of listed.rows) {
      if (row.result !== '查实' && row.result !== '部分查实') continue;
      const tip = await run('tips.get', { id: row.id });
      if (tip.concludedDate === null || tip.concludedDate >= day) continue;
      const unitId = tip.units[0]?.id ?? tip.people.find((person) => person.unitId !== null)?.unitId ?? null;
      if (unitId !== null) return { id: tip.id, number: tip.number, unitId };
    }
    if ((page + 1) * 100 >= listed.total) break;
  }
  return null;
}

export const rectificationDemo: DemoStep = (call, shelf) => {
  const { units, people } = shelf.get(DEMO_REGISTRY);
  const staff = shelf.get(DEMO_STAFF_USERS);
  const plan = planDemoRectification({ today: today(call), units: withParents(call, units), people, calendar: new WorkCalendar(calendarTable(call.ctx.db)) });
  audit(call, 'demo', null, null, { notices: plan.notices, items: plan.items });
  return (after) => runPlan(after, plan, staff, people);
};
