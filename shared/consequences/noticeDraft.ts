// 拟制预警告知书 from a published quarter: the notice's fields as the closed loop drafts them from the
// unit's result — the title, 主送, 告知事由 (the period, the score with its colour word, why the
// result calls for a notice), one problem per line that points at something to fix (noticeLines),
// each naming its records and the category it is filed under, the default 整改要求, the 成文日期 and
// the 整改时限. The clerk then edits the draft in 发文登记 (removing or adding problems) before it is
// issued. Lines carry records by their numbers only: nothing here can name a reporter.
import { charCount } from '../kernel/text.ts';
import { formatHundredths, periodLabel, type RecordRef, type ScoreLine, type UnitQuarterScore } from '../integrity/index.ts';
import { WARNING_MAX_PROBLEMS, defaultWarningDeadline, type WarningFields, type WarningProblem } from '../documents/index.ts';
import { noticeLines } from './rules.ts';

/** The category a line is filed under when its text names none of the keywords below. */
const RULE_CATEGORIES: Readonly<Partial<Record<ScoreLine['rule'], string>>> = {
  'control.item': '制度执行',
  'control.overdue': '制度执行',
  'participation.finding': '其他',
  'participation.tip': '其他',
  'integrity.event': '作风纪律',
};

/**
 * Words of a control point's name, an overdue item's problem or a finding's summary, and the
 * category they point at (the default list of rectCategories), first match wins.
 */
const KEYWORD_CATEGORIES: ReadonlyArray<readonly [string, string]> = [
  ['招投标', '工程项目'],
  ['工程', '工程项目'],
  ['惠民', '惠民资金'],
  ['补贴', '惠民资金'],
  ['低保', '惠民资金'],
  ['扶贫', '惠民资金'],
  ['选人用人', '选人用人'],
  ['干部任用', '选人用人'],
  ['三资', '三资管理'],
  ['财务', '三资管理'],
  ['资产', '三资管理'],
  ['资金', '三资管理'],
  ['公车', '作风纪律'],
  ['作风', '作风纪律'],
];

/** The rules whose text names what went wrong (a tip's or an event's line names only numbers and people). */
const KEYWORD_RULES: readonly ScoreLine['rule'][] = ['control.item', 'control.overdue', 'participation.finding'];

/**
 * The 问题类别 of a notice problem drafted from a line: by the words of its text where the rule says
 * what went wrong, else by its rule; the office's list's first entry when that category is not in
 * the office's list (rectCategories is edited in 系统设置).
 */
export function noticeCategory(line: Pick<ScoreLine, 'rule' | 'text'>, categories: readonly string[]): string {
  const byWord = KEYWORD_RULES.includes(line.rule) ? KEYWORD_CATEGORIES.find(([word]) => line.text.includes(word))?.[1] : undefined;
  const mapped = byWord ?? RULE_CATEGORIES[line.rule] ?? '其他';
  return categories.includes(mapped) ? mapped : (categories[0] ?? mapped);
}

/** 信访件 XF-2026-0012 — a record as a problem names it (the label already names the kind for some). */
function recordName(r: RecordRef): string {
  return r.label.startsWith(r.kind) ? r.label : `${r.kind} ${r.label}`;
}

/** The most records a problem keeps with its line (the warning schema's limit). */
const MAX_LINE_RECORDS = 50;
/** The longest 问题描述 (the warning schema's limit). */
const MAX_PROBLEM_CHARS = 2000;

/** Text cut to at most `max` characters (counted as the schemas count them), marked with …. */
function within(text: string, max: number): string {
  if (charCount(text) <= max) return text;
  return `${Array.from(text).slice(0, max - 1).join('')}…`;
}

/** One problem from a line: its text with the records it rests on, its category, the tip and the line. */
export function problemOfLine(line: ScoreLine, categories: readonly string[]): WarningProblem {
  const records = line.records.slice(0, MAX_LINE_RECORDS);
  const basis = records.length > 0 ? `（依据：${records.map(recordName).join('、')}）` : '';
  const tips = records.filter((r) => r.kind === '信访件');
  const tip = tips.length === 1 ? tips[0] : undefined;
  return {
    text: within(`${line.text}${basis}`, MAX_PROBLEM_CHARS),
    category: noticeCategory(line, categories),
    ...(tip ? { tipId: tip.id } : {}),
    line: { key: line.key, records: records.map((r) => ({ kind: r.kind, id: r.id, label: r.label })) },
  };
}

/** A red quarter with nothing to fix line by line (surveys, performance): one problem stating the result and its parts. */
function redResultProblem(result: UnitQuarterScore, label: string, categories: readonly string[]): WarningProblem {
  const parts = Object.entries(result.parts).map(([part, points]) => `${part}${formatHundredths(points)}分`).join('、');
  return {
    text: `${label}廉情指数为${formatHundredths(result.score)}分，预警颜色为红色；其中${parts}。请对照各项得分查找薄弱环节，分析原因并制定整改措施。`,
    category: noticeCategory({ rule: 'score.clamp', text: '' }, categories),
  };
}

/**
 * The problems a notice drafts: one per fixable line, in the result's order; past the notice's limit
 * the last problem gathers the rest (their texts, without one line to trace back to).
 */
export function noticeProblems(result: UnitQuarterScore, label: string, categories: readonly string[]): WarningProblem[] {
  const lines = noticeLines(result);
  if (lines.length === 0) return [redResultProblem(result, label, categories)];
  const problems = lines.map((l) => problemOfLine(l, categories));
  if (problems.length <= WARNING_MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, WARNING_MAX_PROBLEMS - 1);
  const rest = problems.slice(WARNING_MAX_PROBLEMS - 1);
  const first = rest[0];
  return [
    ...kept,
    {
      text: within(`另有${rest.length}个问题：${rest.map((p, i) => `${i + 1}. ${p.text}`).join('；')}`, MAX_PROBLEM_CHARS),
      category: first ? first.category : noticeCategory({ rule: 'score.clamp', text: '' }, categories),
    },
  ];
}

/** The 整改要求 a drafted notice starts with (the clerk edits it). */
export const DEFAULT_NOTICE_REQUIREMENTS =
  '请你单位高度重视，对照上述问题逐项认真整改，明确整改措施、责任人和完成时限，举一反三、健全制度，并于整改时限前将整改情况书面报告我委。';

/** The notice's title: 关于某村2026年第3季度廉情预警的告知书 (the unit's name cut only past the title's limit). */
export function noticeTitle(unitName: string, label: string): string {
  const max = 80;
  const title = `关于${unitName}${label}廉情预警的告知书`;
  if (charCount(title) <= max) return title;
  const room = max - charCount(`关于${label}廉情预警的告知书`);
  return `关于${within(unitName, room)}${label}廉情预警的告知书`;
}

export interface NoticeDraftInput {
  unitId: number;
  unitName: string;
  /** The unit's result in the publication that called for the notice. */
  result: UnitQuarterScore;
  /** Why the result calls for a notice (the consequence's basis, quarterCalls). */
  basis: string;
  /** The office's rectification categories (rectCategories). */
  categories: readonly string[];
  /** 成文日期: the day it is drafted. */
  date: string;
  /** warningDeadlineDays: the 整改时限 is the 成文日期 plus these days. */
  deadlineDays: number;
}

/** The whole draft of a 预警告知书 from the unit's published quarter. */
export function noticeDraft(input: NoticeDraftInput): WarningFields {
  const { result } = input;
  const label = periodLabel(result.year, result.quarter);
  return {
    title: noticeTitle(input.unitName, label),
    unitId: input.unitId,
    recipients: input.unitName,
    intro:
      `根据《廉情预警机制实施办法》，经综合测评，你单位${label}廉情指数为${formatHundredths(result.score)}分，预警颜色为${result.colour}色。` +
      `预警依据：${input.basis}。现将存在的问题告知如下：`,
    problems: noticeProblems(result, label, input.categories),
    requirements: DEFAULT_NOTICE_REQUIREMENTS,
    deadline: defaultWarningDeadline(input.date, input.deadlineDays),
    date: input.date,
    copyTo: '',
  };
}
