// Demo tips for the imaginary 临江县: a plausible year of 信访举报 about the demo registry, in
// every state from 待拟办 to 已归档, with overdue items, 重复件, extensions and concluded cases
// with outcomes. The plan is pure and deterministic (seeded): the same registry, seed and
// "today" always give the same tips. No Node APIs, no clock, no Math.random; the work
// calendar is passed in.
import { idCheckDigit } from '../../../../shared/kernel/idcard.ts';
import type { Circumstance, Disposal, FeedbackWay, Outcome, ReportMode, TipCategory, TipChannel, TipResult, TipStatus } from '../../../../shared/tips/enums.ts';
import type { PersonCategory } from '../../../../shared/registry/index.ts';
import { at, mulberry32, pick, randInt, weighted, type Rng } from '../../../../shared/kernel/random.ts';
import { addDays, type WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { ACTION_FROM, transition, type TipAction } from '../../../../shared/tips/flow.ts';
import type { RegisteredDemoPerson, RegisteredDemoUnit } from '../../registry/index.ts';

// ---- inputs ------------------------------------------------------------------------------------

/** The registry's demo people and units, as the plan draws on them. */
export type DemoTipPerson = RegisteredDemoPerson;
export type DemoTipUnit = RegisteredDemoUnit;

/** The office's working days (the holiday table of the database being filled). */
export type DemoWorkCalendar = WorkCalendar;

/** The demo office's staff (accounts created with the demo data). */
export const DEMO_STAFF = [
  { key: 'xinfang', username: 'xinfang', displayName: '周文静', role: '信访室' },
  { key: 'lingdao', username: 'lingdao', displayName: '陈振华', role: '领导' },
  { key: 'jiancha', username: 'jiancha', displayName: '林志强', role: '监督检查室' },
  { key: 'jiancha2', username: 'jiancha2', displayName: '赵晓峰', role: '监督检查室' },
  { key: 'anguan', username: 'anguan', displayName: '孙丽华', role: '案件监督管理室' },
  { key: 'chayue', username: 'chayue', displayName: '何敏', role: '只读' },
] as const;
export type StaffKey = (typeof DEMO_STAFF)[number]['key'];

/** The demo accounts' password, documented in the README; each must change it at first login. */
export const DEMO_STAFF_PASSWORD = 'Demo12345';

export interface DemoTipsOptions {
  /** The day the demo is loaded (YYYY-MM-DD); every event lies before it. */
  today: string;
  people: readonly DemoTipPerson[];
  units: readonly DemoTipUnit[];
  calendar: DemoWorkCalendar;
  /** Tips over the year before today; default 420. */
  count?: number;
  /** PRNG seed; default 20261121. */
  seed?: number;
}

// ---- the plan --------------------------------------------------------------------------------

/** A moment of the office day: the date and minutes after midnight (local time). */
export interface DemoMoment {
  date: string;
  minute: number;
}

export interface DemoReportedPerson {
  personId: number;
  name: string;
  unitId: number;
  unitName: string;
  post: string;
  category: PersonCategory;
}

export interface DemoRegistration {
  receivedDate: string;
  channel: TipChannel;
  mode: ReportMode;
  reporter: { name: string; phone: string; idNumber: string; address: string };
  people: DemoReportedPerson[];
  unitIds: number[];
  categories: TipCategory[];
  summary: string;
  content: string;
}

export interface DemoOutcomePlan {
  /** Index into the tip's people. */
  personIndex: number;
  outcome: Outcome;
  grade: string;
  circumstance: Circumstance;
  conductDate: string;
}

export type DemoStep =
  | { kind: 'register'; registration: DemoRegistration; repeatOf: number | null }
  | { kind: 'propose'; disposal: Disposal; handlingDept: string; handler: StaffKey; handlingDue: string; note: string }
  | { kind: 'approve'; approved: boolean; note: string }
  | { kind: 'requestExtension'; newDue: string; reason: string }
  | { kind: 'decideExtension'; approved: boolean; note: string }
  | { kind: 'conclude'; result: TipResult | null; concludedDate: string; conclusion: string; outcomes: DemoOutcomePlan[] }
  | { kind: 'feedback'; date: string; way: FeedbackWay; content: string }
  | { kind: 'archive'; note: string };

export interface DemoEvent {
  /** Index of the tip in the plan (its registration comes first). */
  tip: number;
  at: DemoMoment;
  actor: StaffKey;
  step: DemoStep;
}

export interface DemoTipsPlan {
  /** Every event of every tip, in chronological order. */
  events: DemoEvent[];
  tips: number;
  repeats: number;
}

// ---- PRNG and small helpers ------------------------------------------------------------------

/** The first working day on or after date. */
function workdayOnOrAfter(cal: DemoWorkCalendar, date: string): string {
  let d = date;
  for (let i = 0; i < 30 && !cal.isWorkday(d); i++) d = addDays(d, 1);
  return d;
}


// ---- what the tips say -------------------------------------------------------------------------

export const DEMO_CHANNEL_WEIGHTS: ReadonlyArray<readonly [TipChannel, number]> = [
  ['来信', 18], ['来访', 10], ['电话', 8], ['网络举报', 22], ['12388举报平台', 16], ['上级转办', 10],
  ['巡察移交', 6], ['审计移交', 4], ['其他部门移送', 4], ['媒体反映', 2],
];
/** Channels where the tip comes from an office, not a citizen: no reporter of its own. */
const TRANSFER_CHANNELS: ReadonlySet<TipChannel> = new Set(['上级转办', '巡察移交', '审计移交', '其他部门移送', '媒体反映']);

export const DEMO_CATEGORY_WEIGHTS: ReadonlyArray<readonly [TipCategory, number]> = [
  ['廉洁纪律', 24], ['群众纪律', 18], ['工作纪律', 14], ['组织纪律', 8], ['生活纪律', 5], ['政治纪律', 2],
  ['贪污贿赂', 10], ['滥用职权', 7], ['玩忽职守', 5], ['其他职务违法犯罪', 2], ['其他', 5],
];

/** Matters by category: {u} the unit, {p} the post and name. */
export const DEMO_MATTERS: Record<TipCategory, readonly string[]> = {
  政治纪律: ['{p}在工作群中发表不当言论', '{p}对上级决策部署搞变通、打折扣'],
  组织纪律: ['{p}在干部选任中打招呼、搞“小圈子”', '{p}违规操作村（社区）换届选举', '{p}个人有关事项报告不如实'],
  廉洁纪律: [
    '{p}收受工程承包人礼金', '{u}违规发放津补贴', '{p}借子女升学宴请管理服务对象', '{p}违规使用公务用车办私事',
    '{u}超标准公务接待', '{p}在集体资产出租中为亲属谋利', '{p}接受可能影响公正执行公务的宴请',
  ],
  群众纪律: [
    '{p}在低保评定中优亲厚友', '{u}截留群众征地补偿款', '{p}办事推诿、吃拿卡要', '{u}向群众摊派费用',
    '{p}在危房改造补助审核中收取好处', '{u}惠农补贴发放不公开',
  ],
  工作纪律: [
    '{u}工程项目未按规定招投标', '{p}工作时间经常脱岗', '{u}“三重一大”事项未经集体研究', '{p}对群众反映问题敷衍应付',
    '{u}村务（政务）公开不及时',
  ],
  生活纪律: ['{p}生活作风不检点', '{p}长期出入私人会所'],
  贪污贿赂: ['{p}利用职务便利侵占集体资金', '{p}在项目验收中收受贿赂', '{p}虚报冒领专项资金'],
  滥用职权: ['{p}违规审批建设用地', '{p}违规为不符合条件人员办理补贴', '{p}干预招投标活动'],
  玩忽职守: ['{p}监管不力致使扶贫资金被骗取', '{p}对安全隐患长期不处置'],
  其他职务违法犯罪: ['{p}涉嫌利用职务便利为他人谋利'],
  其他: ['{u}办事效率低、群众不满意', '{p}与群众发生冲突'],
};

const GRASSROOTS: ReadonlySet<string> = new Set(['行政村', '社区', '镇（街道）']);
const VILLAGE_MATTER = /低保|危房|征地|惠农|村务|换届|摊派/;

export const DEMO_DETAILS = [
  '反映人称该问题已持续较长时间，周边群众议论较多。',
  '反映人提供了部分线索，称相关票据可在单位账目中查到。',
  '反映人称曾向所在单位反映，但未得到答复。',
  '反映人希望纪检监察机关调查核实并依规依纪处理。',
  '反映内容涉及时间为近两年。',
  '反映人附有照片若干张。',
];

const CONTENT_LEAD: Partial<Record<TipChannel, string>> = {
  上级转办: '上级纪委监委转办件反映：',
  巡察移交: '县委巡察组移交问题线索：',
  审计移交: '县审计局移交问题线索：',
  其他部门移送: '有关部门移送问题线索：',
  媒体反映: '媒体报道反映：',
};

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = ['建国', '秀英', '志强', '桂兰', '海燕', '德明', '春梅', '国平', '玉华', '卫东', '丽萍', '永红', '明', '芳', '伟', '静', '军', '敏'];
const ROADS = ['滨江路', '人民路', '解放街', '建设路', '文化路', '新华街', '东湖路', '河口大道'];

function reporterOf(rng: Rng, today: string, towns: readonly string[]): DemoRegistration['reporter'] {
  const name = pick(rng, SURNAMES) + pick(rng, GIVEN);
  const phone = `1${pick(rng, ['35', '38', '39', '52', '58', '77', '86', '89'])}${String(randInt(rng, 0, 99_999_999)).padStart(8, '0')}`;
  let idNumber = '';
  if (rng() < 0.4) {
    const birthYear = randInt(rng, 1950, Math.min(2000, Number(today.slice(0, 4)) - 18));
    const birth = `${birthYear}${String(randInt(rng, 1, 12)).padStart(2, '0')}${String(randInt(rng, 1, 28)).padStart(2, '0')}`;
    const first17 = `339021${birth}${String(randInt(rng, 0, 999)).padStart(3, '0')}`;
    idNumber = first17 + idCheckDigit(first17);
  }
  const address = rng() < 0.7 ? `临江县${pick(rng, towns)}${pick(rng, ROADS)}${randInt(rng, 1, 200)}号` : '';
  return { name, phone: rng() < 0.9 || !address ? phone : '', idNumber, address };
}

// ---- outcomes ------------------------------------------------------------------------------------

function outcomeFor(rng: Rng, category: PersonCategory, result: TipResult, grave: boolean): Pick<DemoOutcomePlan, 'outcome' | 'grade'> {
  if (result === '部分查实') {
    return weighted(rng, [
      [{ outcome: '批评教育', grade: '' }, 45], [{ outcome: '诫勉', grade: '' }, 30], [{ outcome: '组织处理', grade: '' }, 15],
      [{ outcome: '党纪处分', grade: '警告' }, 10],
    ] as const);
  }
  if (grave && rng() < 0.25) return { outcome: '移送司法', grade: '' };
  if (category === '主要负责人') {
    return weighted(rng, [
      [{ outcome: '党纪处分', grade: '警告' }, 35], [{ outcome: '党纪处分', grade: '严重警告' }, 12], [{ outcome: '诫勉', grade: '' }, 20],
      [{ outcome: '政务处分', grade: '记过' }, 8], [{ outcome: '组织处理', grade: '' }, 15], [{ outcome: '批评教育', grade: '' }, 10],
    ] as const);
  }
  return weighted(rng, [
    [{ outcome: '党纪处分', grade: '警告' }, 28], [{ outcome: '党纪处分', grade: '严重警告' }, 8], [{ outcome: '政务处分', grade: '警告' }, 14],
    [{ outcome: '政务处分', grade: '记过' }, 6], [{ outcome: '诫勉', grade: '' }, 18], [{ outcome: '批评教育', grade: '' }, 22],
    [{ outcome: '党纪处分', grade: '撤销党内职务' }, 2], [{ outcome: '政务处分', grade: '降级' }, 2],
  ] as const);
}

// ---- one tip ---------------------------------------------------------------------------------------

interface TipDraft {
  registration: DemoRegistration;
  registeredBy: StaffKey;
  registerAt: DemoMoment;
  repeatOf: number | null;
}

const DISPOSAL_WEIGHTS: ReadonlyArray<readonly [Disposal, number]> = [['谈话函询', 36], ['初步核实', 30], ['暂存待查', 9], ['予以了结', 25]];
const HANDLING_DAYS: Record<Disposal, readonly [number, number]> = {
  谈话函询: [30, 30],
  初步核实: [60, 90],
  暂存待查: [120, 180],
  予以了结: [15, 20],
};

interface Assignment {
  dept: string;
  handler: StaffKey;
}

function assign(rng: Rng, disposal: Disposal): Assignment {
  if (disposal === '谈话函询') return { dept: '监督检查室', handler: rng() < 0.5 ? 'jiancha' : 'jiancha2' };
  if (disposal === '初步核实') return { dept: rng() < 0.5 ? '第一纪检监察室' : '第二纪检监察室', handler: rng() < 0.5 ? 'jiancha' : 'jiancha2' };
  if (disposal === '暂存待查') return { dept: '案件监督管理室', handler: 'anguan' };
  return { dept: '信访室', handler: 'xinfang' };
}

const CONCLUSIONS: Record<TipResult, readonly string[]> = {
  查实: ['经核查，反映的主要问题属实。', '经初步核实，反映问题基本属实，相关证据已固定。'],
  部分查实: ['经核查，反映的问题部分属实，其余问题查无实据。', '经谈话函询并调阅资料，反映问题部分属实。'],
  查否: ['经核查，反映问题查无实据，予以澄清。', '经谈话函询，被反映人如实说明情况，反映问题不属实。', '经核实，未发现违纪违法问题。'],
};

const FEEDBACK_WAYS: ReadonlyArray<readonly [FeedbackWay, number]> = [['电话反馈', 45], ['当面反馈', 25], ['书面反馈', 20], ['网络平台反馈', 10]];

interface FlowContext {
  rng: Rng;
  cal: DemoWorkCalendar;
  today: string;
  events: DemoEvent[];
}

/** Office hours: 08:30–17:30 local time, as minutes after midnight. */
function officeMoment(rng: Rng, date: string): DemoMoment {
  return { date, minute: randInt(rng, 8 * 60 + 30, 17 * 60 + 30) };
}

/**
 * The life of one tip from registration onward, step by step, stopping at the first step that
 * would fall on or after today. Some tips stall at one step (a delay of weeks), which leaves them
 * overdue when today comes first.
 */
function planFlow(fx: FlowContext, index: number, tip: TipDraft): void {
  const { rng, cal, today } = fx;
  const push = (date: string, actor: StaffKey, step: DemoStep, minuteAfter?: number): boolean => {
    if (date >= today) return false;
    const moment = officeMoment(rng, date);
    if (minuteAfter !== undefined && moment.minute <= minuteAfter) moment.minute = Math.min(minuteAfter + randInt(rng, 5, 40), 23 * 60 + 50);
    fx.events.push({ tip: index, at: moment, actor, step });
    return true;
  };
  const reg = tip.registration;
  fx.events.push({ tip: index, at: tip.registerAt, actor: tip.registeredBy, step: { kind: 'register', registration: reg, repeatOf: tip.repeatOf } });

  // The backlog of the last months: some tips wait weeks at one step (overdue if still waiting today).
  const age = Date.parse(today) - Date.parse(reg.receivedDate);
  const r = rng();
  const days = (n: number) => n * 86_400_000;
  const stall: Stall =
    age < days(60) && r < 0.06 ? 'propose'
    : age < days(60) && r < 0.11 ? 'approve'
    : age < days(150) && r < 0.3 ? 'handle'
    : age < days(100) && r < 0.4 ? 'feedback'
    : 'none';
  const stallDays = randInt(rng, 20, 80);
  const isRepeat = tip.repeatOf !== null;

  // 拟办
  let date = cal.addWorkdays(reg.receivedDate, randInt(rng, 1, 3));
  if (stall === 'propose') date = addDays(date, stallDays);
  const disposal: Disposal = isRepeat ? '予以了结' : weighted(rng, DISPOSAL_WEIGHTS);
  const who = isRepeat ? { dept: '信访室', handler: 'xinfang' as StaffKey } : assign(rng, disposal);
  const note = isRepeat ? '系重复件，建议并入原件一并办理，予以了结。' : `建议${disposal}，由${who.dept}承办。`;
  const [minDays, maxDays] = HANDLING_DAYS[disposal];

  let approved = false;
  let approveDate = date;
  for (let round = 0; !approved; round++) {
    const handlingDue = addDays(date, randInt(rng, minDays, maxDays) + 3);
    if (!push(date, 'xinfang', { kind: 'propose', disposal, handlingDept: who.dept, handler: who.handler, handlingDue, note })) return;
    // 审批 (sometimes returned once with a reason, then proposed again)
    approveDate = cal.addWorkdays(date, randInt(rng, 1, 2));
    if (stall === 'approve' && round === 0) approveDate = addDays(approveDate, stallDays);
    const returns = round === 0 && !isRepeat && rng() < 0.06;
    const approveNote = returns ? '请补充被反映人基本情况后重新拟办。' : '同意。';
    if (!push(approveDate, 'lingdao', { kind: 'approve', approved: !returns, note: approveNote })) return;
    if (returns) {
      date = cal.addWorkdays(approveDate, randInt(rng, 1, 2));
      continue;
    }
    approved = true;
    planHandling(fx, index, tip, { disposal, handler: who.handler, approveDate, handlingDue, stall, stallDays, isRepeat, push });
  }
}

type Stall = 'none' | 'propose' | 'approve' | 'handle' | 'feedback';

interface HandlingPlan {
  disposal: Disposal;
  handler: StaffKey;
  approveDate: string;
  handlingDue: string;
  stall: Stall;
  stallDays: number;
  isRepeat: boolean;
  push: (date: string, actor: StaffKey, step: DemoStep) => boolean;
}

function planHandling(fx: FlowContext, index: number, tip: TipDraft, h: HandlingPlan): void {
  const { rng, cal } = fx;
  const reg = tip.registration;
  let due = h.handlingDue;
  const span = Math.max(5, Math.round((Date.parse(due) - Date.parse(h.approveDate)) / 86_400_000));
  // Most finish in 40–95% of the time, some around the deadline (a few late); some stall
  // (still open, and overdue, if today comes first).
  let concludeDate = workdayOnOrAfter(cal, addDays(h.approveDate, Math.round(span * (0.4 + rng() * 0.55))));
  if (rng() < 0.15) concludeDate = workdayOnOrAfter(cal, addDays(due, randInt(rng, -4, 8)));
  const stalled = h.stall === 'handle';
  if (stalled) concludeDate = addDays(due, h.stallDays);

  // 延期: asked for a few days before the deadline by a handler who will not make it.
  const requestDate = workdayOnOrAfter(cal, addDays(due, -randInt(rng, 3, 8)));
  // Asked for in the last days: often still waiting for the leader today.
  const askedLately = requestDate < fx.today && addDays(requestDate, 6) >= fx.today;
  if (!h.isRepeat && h.disposal !== '予以了结' && requestDate > h.approveDate && concludeDate >= requestDate && rng() < (askedLately ? 0.95 : 0.6)) {
    const newDue = addDays(due, randInt(rng, 15, 30));
    if (!h.push(requestDate, h.handler, { kind: 'requestExtension', newDue, reason: '需调取相关账目并询问有关人员，申请延长办理时限。' })) return;
    const decideDate = askedLately && rng() < 0.6 ? fx.today : cal.addWorkdays(requestDate, randInt(rng, 1, 3));
    const yes = rng() < 0.85;
    if (!h.push(decideDate, 'lingdao', { kind: 'decideExtension', approved: yes, note: yes ? '同意延期。' : '不同意延期，请按原时限办结。' })) return;
    if (yes) due = newDue;
    if (!stalled && concludeDate > due) concludeDate = workdayOnOrAfter(cal, addDays(due, -randInt(rng, 1, 6)));
    if (concludeDate <= decideDate) concludeDate = cal.addWorkdays(decideDate, randInt(rng, 1, 4));
  }

  // 办结
  let result: TipResult | null = null;
  const outcomes: DemoOutcomePlan[] = [];
  let conclusion: string;
  if (h.isRepeat) conclusion = '系重复件，已并入原件办理，不再另行处置。';
  else if (h.disposal === '予以了结') conclusion = pick(rng, ['反映问题笼统，无可查性，予以了结。', '反映问题已在其他件中处理完毕，予以了结。', '反映问题不属于纪检监察机关受理范围，已告知向有关部门反映，予以了结。']);
  else if (h.disposal === '暂存待查') conclusion = '线索暂不具备核查条件，暂存待查，条件成熟时再行处置。';
  else {
    result = weighted(rng, [['查实', 22], ['部分查实', 20], ['查否', 58]] as const);
    conclusion = pick(rng, CONCLUSIONS[result]);
    if (result !== '查否') {
      const grave = reg.categories.some((c) => c === '贪污贿赂' || c === '滥用职权') && result === '查实';
      reg.people.forEach((p, personIndex) => {
        const o = outcomeFor(rng, p.category, result as TipResult, grave);
        outcomes.push({
          personIndex,
          ...o,
          circumstance: weighted(rng, [['一般', 75], ['从轻', 15], ['从重', 10]] as const),
          conductDate: addDays(reg.receivedDate, -randInt(rng, 30, 500)),
        });
      });
    }
  }
  if (!h.push(concludeDate, h.handler, { kind: 'conclude', result, concludedDate: concludeDate, conclusion, outcomes })) return;

  // 反馈 (named reports only), then 归档
  let archiveFrom = concludeDate;
  if (reg.mode === '实名') {
    let feedbackDate = cal.addWorkdays(concludeDate, randInt(rng, 2, 10));
    if (h.stall === 'feedback') feedbackDate = addDays(feedbackDate, h.stallDays);
    const way = weighted(rng, FEEDBACK_WAYS);
    const content = result === null ? '已将处理情况告知反映人。' : `已将核查结果（${result}）告知反映人，反映人表示理解。`;
    if (!h.push(feedbackDate, 'xinfang', { kind: 'feedback', date: feedbackDate, way, content })) return;
    archiveFrom = feedbackDate;
  }
  const archiveDate = workdayOnOrAfter(cal, addDays(archiveFrom, randInt(rng, 10, 150)));
  h.push(archiveDate, 'xinfang', { kind: 'archive', note: '材料齐全，归档。' });
}

// ---- the year ----------------------------------------------------------------------------------

/** Index of 主要负责人 and 班子成员 (most tips name them) and everyone else. */
function peoplePools(people: readonly DemoTipPerson[]) {
  const leaders = people.filter((p) => p.category !== '一般干部');
  const staff = people.filter((p) => p.category === '一般干部');
  return { leaders: leaders.length ? leaders : people, staff: staff.length ? staff : people };
}

function describe(template: string, unit: string, person: DemoTipPerson | null): string {
  const p = person ? `${person.unitName}${person.post}${person.name}` : `${unit}有关人员`;
  return template.replace('{u}', unit).replace('{p}', p);
}

export function planDemoTips(options: DemoTipsOptions): DemoTipsPlan {
  const rng = mulberry32(options.seed ?? 20261121);
  const count = options.count ?? 420;
  const { today, calendar: cal } = options;
  if (options.people.length === 0 || options.units.length === 0) return { events: [], tips: 0, repeats: 0 };
  const pools = peoplePools(options.people);
  const towns = options.units.filter((u) => u.type === '镇（街道）').map((u) => u.name);
  const townNames = towns.length ? towns : ['城关镇'];

  // Received dates: working days of the year before today, a little busier around the
  // holidays and in spring; the last ones a day before today.
  const days: string[] = [];
  for (let d = addDays(today, -365); d < today; d = addDays(d, 1)) if (cal.isWorkday(d)) days.push(d);
  const dayWeight = (d: string): number => {
    const m = Number(d.slice(5, 7));
    return m === 1 || m === 3 || m === 4 || m === 12 ? 1.3 : m === 2 || m === 10 ? 0.8 : 1;
  };
  const dayWeights = days.map((d) => [d, dayWeight(d)] as const);
  const received: string[] = [];
  for (let i = 0; i < count; i++) received.push(weighted(rng, dayWeights));
  received.sort();

  const drafts: TipDraft[] = [];
  let repeats = 0;
  for (const receivedDate of received) {
    // A 重复件 repeats an earlier matter (same people, unit and categories), weeks later.
    const [from, to] = [addDays(receivedDate, -150), addDays(receivedDate, -7)];
    const earlier = drafts
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.repeatOf === null && d.registration.receivedDate <= to && d.registration.receivedDate >= from);
    if (earlier.length > 0 && rng() < 0.08) {
      const { d: orig, i } = pick(rng, earlier);
      const channel = weighted(rng, DEMO_CHANNEL_WEIGHTS.filter(([c]) => !TRANSFER_CHANNELS.has(c)));
      const mode: ReportMode = rng() < 0.35 ? '实名' : '匿名';
      const registration: DemoRegistration = {
        ...orig.registration,
        receivedDate,
        channel,
        mode,
        reporter: mode === '实名' ? reporterOf(rng, today, townNames) : { name: '', phone: '', idNumber: '', address: '' },
        summary: `再次反映${orig.registration.summary}`.slice(0, 200),
        content: `${orig.registration.content}反映人称此前已反映过该问题，要求尽快查处。`,
      };
      drafts.push({ registration, registeredBy: 'xinfang', registerAt: officeMoment(rng, receivedDate), repeatOf: i });
      repeats++;
      continue;
    }

    const channel = weighted(rng, DEMO_CHANNEL_WEIGHTS);
    const mode: ReportMode = TRANSFER_CHANNELS.has(channel) ? '匿名' : rng() < 0.38 ? '实名' : '匿名';
    const first = weighted(rng, DEMO_CATEGORY_WEIGHTS);
    const categories: TipCategory[] = [first];
    if (rng() < 0.22) {
      const second = weighted(rng, DEMO_CATEGORY_WEIGHTS);
      if (second !== first) categories.push(second);
    }
    // Who is reported: usually one leader, sometimes two people of one unit, sometimes the unit only.
    const shape = rng();
    const people: DemoTipPerson[] = [];
    let unit: DemoTipUnit | undefined;
    if (shape < 0.1) unit = pick(rng, options.units);
    else {
      const main = rng() < 0.78 ? pick(rng, pools.leaders) : pick(rng, pools.staff);
      people.push(main);
      if (shape > 0.88) {
        const colleague = options.people.find((p) => p.unitId === main.unitId && p.id !== main.id && p.category !== '一般干部');
        if (colleague) people.push(colleague);
      }
      unit = options.units.find((u) => u.id === main.unitId);
    }
    const unitName = unit?.name ?? '';
    // Matters of village life (低保, 征地, 换届 …) only for villages, communities and towns.
    const grassroots = unit !== undefined && GRASSROOTS.has(unit.type);
    const fitting = DEMO_MATTERS[first].filter((m) => grassroots || !VILLAGE_MATTER.test(m));
    const template = pick(rng, fitting.length ? fitting : ['{p}违反工作纪律']);
    const summary = describe(template, unitName, people[0] ?? null).slice(0, 200);
    const details = DEMO_DETAILS.filter(() => rng() < 0.3);
    const content = `${CONTENT_LEAD[channel] ?? (mode === '实名' ? '反映人称：' : '匿名反映称：')}${summary}。${details.join('') || pick(rng, DEMO_DETAILS)}`;
    const registration: DemoRegistration = {
      receivedDate,
      channel,
      mode,
      reporter: mode === '实名' ? reporterOf(rng, today, townNames) : { name: '', phone: '', idNumber: '', address: '' },
      people: people.map((p) => ({ personId: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, post: p.post, category: p.category })),
      unitIds: unit && (people.length === 0 || rng() < 0.5) ? [unit.id] : [],
      categories,
      summary,
      content,
    };
    drafts.push({ registration, registeredBy: rng() < 0.85 ? 'xinfang' : 'anguan', registerAt: officeMoment(rng, receivedDate), repeatOf: null });
  }

  const fx: FlowContext = { rng, cal, today, events: [] };
  drafts.forEach((d, i) => planFlow(fx, i, d));
  const planned = ensureEveryState(fx.events, drafts, today);
  // Chronological; a tip's own steps keep their order (its steps are planned in order and on
  // strictly later moments, or the same moment only when pushed later in the list).
  const order = planned.map((e, i) => ({ e, i }));
  order.sort((a, b) => a.e.at.date.localeCompare(b.e.at.date) || a.e.at.minute - b.e.at.minute || a.i - b.i);
  const events = sequence(order.map((o) => o.e));
  return { events, tips: drafts.length, repeats };
}

type DemoState = TipStatus;

/** The step of the flow each planned step is (extensions keep the lead in handling). */
function actionOf(step: DemoStep): TipAction {
  switch (step.kind) {
    case 'register':
      throw new Error('registration starts the flow');
    case 'propose':
      return '拟办';
    case 'approve':
      return step.approved ? '审批同意' : '审批退回';
    case 'requestExtension':
    case 'decideExtension':
      return '申请延期';
    case 'conclude':
      return '办结';
    case 'feedback':
      return '反馈';
    case 'archive':
      return '归档';
  }
}

/** The status after a planned step, by the same rules the services apply (shared/tips/flow.ts). */
function stateAfter(step: DemoStep, mode: ReportMode): DemoState {
  if (step.kind === 'register') return '待拟办';
  const action = actionOf(step);
  const t = transition(ACTION_FROM[action], action, mode);
  if (!t.ok) throw new Error(`demo tips: ${t.message}`);
  return t.to;
}

/**
 * Days after which a tip still waiting at a step is past that step's deadline whatever the
 * settings' defaults (拟办 5, 审批 3, 反馈 15 working days) and the holidays in between.
 */
const OVERDUE_AFTER_DAYS = { 待拟办: 21, 待审批: 14, 待反馈: 35 } as const;
/** How many overdue tips the demo keeps at each of those steps, whatever the day. */
const OVERDUE_AT_LEAST = 2;

/**
 * Whatever the day, the demo shows every state, a pending extension, and tips overdue at
 * 拟办, 审批 and 反馈 (so every role's 我的逾期事项 has something in it): when one is missing,
 * the most recent tip that passed through it (long enough ago) stops there (its later steps
 * are dropped).
 */
function ensureEveryState(events: DemoEvent[], drafts: readonly TipDraft[], today: string): DemoEvent[] {
  const byTip = new Map<number, DemoEvent[]>();
  for (const e of events) byTip.set(e.tip, [...(byTip.get(e.tip) ?? []), e]);
  const stateOf = (tip: number): DemoState => {
    const steps = byTip.get(tip) ?? [];
    const last = steps[steps.length - 1];
    return last ? stateAfter(last.step, at(drafts, tip).registration.mode) : '待拟办';
  };
  const stopAt = (want: (e: DemoEvent) => boolean, state: DemoState | null): void => {
    const present = state === null
      ? [...byTip.values()].some((steps) => steps[steps.length - 1]?.step.kind === 'requestExtension')
      : [...byTip.keys()].some((t) => stateOf(t) === state);
    if (present) return;
    for (let tip = drafts.length - 1; tip >= 0; tip--) {
      const steps = byTip.get(tip) ?? [];
      const i = steps.findIndex(want);
      if (i >= 0 && i < steps.length - 1 && (state === null || stateAfter(at(steps, i).step, at(drafts, tip).registration.mode) === state)) {
        byTip.set(tip, steps.slice(0, i + 1));
        return;
      }
    }
  };
  stopAt((e) => e.step.kind === 'register', '待拟办');
  stopAt((e) => e.step.kind === 'propose', '待审批');
  stopAt((e) => e.step.kind === 'approve' && e.step.approved, '承办中');
  stopAt((e) => e.step.kind === 'conclude', '待反馈');
  stopAt((e) => e.step.kind === 'feedback' || e.step.kind === 'conclude', '待归档');
  stopAt((e) => e.step.kind === 'requestExtension', null);

  const overdue = (state: keyof typeof OVERDUE_AFTER_DAYS, kind: DemoStep['kind']): void => {
    const before = addDays(today, -OVERDUE_AFTER_DAYS[state]);
    const waitingSince = (tip: number): string | null => {
      const last = byTip.get(tip)?.at(-1);
      return last && stateOf(tip) === state ? last.at.date : null;
    };
    let count = [...byTip.keys()].filter((t) => (waitingSince(t) ?? today) <= before).length;
    for (let tip = drafts.length - 1; tip >= 0 && count < OVERDUE_AT_LEAST; tip--) {
      const steps = byTip.get(tip) ?? [];
      const i = steps.findIndex((e) => e.step.kind === kind && e.at.date <= before);
      if (i >= 0 && i < steps.length - 1 && stateAfter(at(steps, i).step, at(drafts, tip).registration.mode) === state) {
        byTip.set(tip, steps.slice(0, i + 1));
        count++;
      }
    }
  };
  overdue('待拟办', 'register');
  overdue('待审批', 'propose');
  overdue('待反馈', 'conclude');
  return [...byTip.values()].flat();
}

/**
 * Keeps each tip's steps in their planned order after the sort: a step planned on the same day
 * as the previous step of its tip but at an earlier minute moves to just after it.
 */
function sequence(events: DemoEvent[]): DemoEvent[] {
  const last = new Map<number, DemoMoment>();
  const fixed = events.map((e) => {
    const prev = last.get(e.tip);
    let moment = e.at;
    if (prev && (moment.date < prev.date || (moment.date === prev.date && moment.minute <= prev.minute))) {
      moment = { date: prev.date, minute: prev.minute + 1 };
    }
    last.set(e.tip, moment);
    return { ...e, at: moment };
  });
  return fixed
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.date.localeCompare(b.e.at.date) || a.e.at.minute - b.e.at.minute || a.i - b.i)
    .map((o) => o.e);
}
