// What the engine gives: per unit and quarter a score made of lines, each naming its rule, its
// points and the records behind it, with an identity stable between computations (rule + record),
// so that a published result and a recomputation can be compared line by line.
import type { UnitType } from '../registry/index.ts';
import type { Hundredths } from './decimal.ts';
import type { Colour, Grade, Part } from './enums.ts';

/** A record a line points at; the renderer opens it (a tip, a talk, a finding, an overdue item…). */
export type RecordKind = '信访件' | '谈话' | '函询' | '外部决定' | '处理' | '整改事项' | '监督发现' | '激励加分' | '控制性检查' | '满意度调查' | '行政成本';
export interface RecordRef {
  kind: RecordKind;
  id: number;
  /** As a person reads it: 信访件 XF-2026-0012, 整改事项 ZG-2026-0031, 审计 2026-05-12 … */
  label: string;
}

/**
 * The rules a line may come from. Each line's `key` is `${rule}:${what}` — what is the item's key,
 * the record's kind and id, or nothing for a part-wide line — and is unique within a unit's quarter.
 */
export const RULES = {
  'control.item': '控制点',
  'control.missing': '控制点未录入',
  'control.none': '无控制性清单',
  'control.overdue': '逾期整改事项',
  'control.floor': '控制性不低于0分',
  'participation.survey': '满意度调查',
  'participation.channel': '监督渠道',
  'participation.finding': '监督发现问题',
  'participation.tip': '查实信访件',
  'participation.floor': '渠道不低于0分',
  'performance.cost': '人均行政成本偏离度',
  'performance.saving': '行政成本节约率偏离',
  'bonus.entry': '激励加分',
  'bonus.cap': '加分上限',
  'integrity.event': '处理扣分',
  'score.clamp': '总分限定在0至100分',
} as const;
export type Rule = keyof typeof RULES;

export interface ScoreLine {
  key: string;
  rule: Rule;
  part: Part | '总分';
  /** What a person reads: 三重一大集体决策：部分落实，10分×50% = 5分 */
  text: string;
  points: Hundredths;
  records: RecordRef[];
}

export type PartTotals = Record<Part, Hundredths>;

export interface UnitQuarterScore {
  unitId: number;
  unitName: string;
  unitType: UnitType;
  parentId: number | null;
  parentName: string;
  year: number;
  quarter: number;
  /** Each part's sum of lines (控制性 and channels after their floors). */
  parts: PartTotals;
  /** Clamped to [0, 100]. */
  score: Hundredths;
  colour: Colour;
  /** Why the colour is not the one the score gives (the main-leader rule), or ''. */
  colourNote: string;
  /** Records that raised the colour (the main leader's tip or event). */
  colourRecords: RecordRef[];
  /** An event in the quarter carries 一票否决. */
  veto: boolean;
  /** Control points of the unit's checklist without a result (the quarter asks before publishing). */
  missingChecks: number;
  lines: ScoreLine[];
}

/** A unit's year: the mean of the quarters it was scored in, graded with the veto. */
export interface UnitYearScore {
  unitId: number;
  unitName: string;
  unitType: UnitType;
  parentId: number | null;
  parentName: string;
  year: number;
  /** Quarter 1–4's score and colour, or null where the unit was not scored. */
  quarters: Array<{ quarter: number; score: Hundredths; colour: Colour; veto: boolean } | null>;
  /** Mean of the scored quarters, rounded half up to 0.01. */
  score: Hundredths;
  /** Each part's mean over the scored quarters (the 廉情指数表's subtotals). */
  parts: PartTotals;
  grade: Grade;
  veto: boolean;
  /** Why the grade is not the one the score gives (一票否决), or ''. */
  gradeNote: string;
}

/** One line compared: in the published result, in a recomputation, or both with other points. */
export interface LineDiff {
  key: string;
  text: string;
  before: Hundredths | null;
  after: Hundredths | null;
}
