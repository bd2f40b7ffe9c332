// What the engine scores a quarter from: plain facts read from the office's records (db/repos/
// integrity/inputs.ts gathers them), each carrying the id of its record so that every line can name
// what it came from. Dates are YYYY-MM-DD in the office's calendar; numbers are hundredths.
import type { UnitType } from '../registry/index.ts';
import type { Circumstance, TipResult } from '../tips/index.ts';
import type { PersonCategory } from '../registry/index.ts';
import type { Hundredths } from './decimal.ts';
import type { CheckResult, EventOutcome } from './enums.ts';

export interface UnitFact {
  id: number;
  name: string;
  type: UnitType;
  /** The parent unit (a village's town), for the grid's 乡镇 filter. */
  parentId: number | null;
  parentName: string;
  /** 设立日期 (or the day it entered the registry). */
  establishedDate: string;
  /** 撤销日期, or null while it exists. */
  revokedDate: string | null;
}

/** One control point's result for a unit; quarter 0 is a yearly entry. */
export interface ChecklistFact {
  id: number;
  unitId: number;
  quarter: number;
  itemKey: string;
  result: CheckResult;
}

export interface SurveyFact {
  id: number;
  unitId: number;
  quarter: number;
  surveyKey: string;
  /** Satisfaction rate in hundredths of a percent (87.35% → 8735). */
  rate: Hundredths;
}

export interface CostFact {
  id: number;
  unitId: number;
  quarter: number;
  /** Administrative cost per capita, hundredths of a yuan. */
  costPerCapita: Hundredths;
  /** Saving rate in hundredths of a percentage point (may be negative). */
  savingRate: Hundredths;
}

/** A supervision finding (审计, 社会, 舆论, 财政, 人大政协…), counted in the quarter of its date. */
export interface FindingFact {
  id: number;
  unitId: number;
  channelKey: string;
  date: string;
  summary: string;
}

export interface BonusFact {
  id: number;
  unitId: number;
  kindKey: string;
  date: string;
  summary: string;
}

/** Where a discipline event came from (its record opens from the line). */
export type EventSourceKind = '信访件' | '谈话' | '函询' | '外部决定';

/** A discipline event (处理) about a person of a unit, counted in the quarter of its decision date. */
export interface EventFact {
  id: number;
  unitId: number;
  personName: string;
  /** 身份类别 recorded on the event. */
  category: PersonCategory;
  outcome: EventOutcome;
  grade: string;
  circumstance: Circumstance;
  /** YYYY-MM-DD, YYYY-MM (its first day counts), or null (unknown: ×1). */
  conductDate: string | null;
  decidedDate: string;
  sourceKind: EventSourceKind;
  sourceId: number;
  /** The source's number as a person reads it (XF-2026-0012, TH-2026-0003, a decision's 文号). */
  sourceLabel: string;
}

/**
 * A tip concluded 查实 or 部分查实 (查否 tips are not read). Its units are its 被反映单位 and the
 * registry units of the registry persons named on it; the engine applies the rule.
 */
export interface TipFact {
  id: number;
  number: string;
  result: Exclude<TipResult, '查否'>;
  concludedDate: string;
  unitIds: number[];
  people: Array<{ personId: number | null; unitId: number | null; name: string; category: PersonCategory }>;
  /** The tip of its repeat group whose substantiated conclusion came first (itself when alone). */
  groupFirstId: number;
}

/** A rectification item of the unit overdue at the quarter's end (the rule is applied when read). */
export interface OverdueFact {
  id: number;
  number: string;
  unitId: number;
  problem: string;
  /** The deadline in force on the quarter's last day. */
  deadline: string;
}

export interface QuarterInputs {
  year: number;
  quarter: number;
  units: UnitFact[];
  checklist: ChecklistFact[];
  surveys: SurveyFact[];
  costs: CostFact[];
  findings: FindingFact[];
  bonuses: BonusFact[];
  events: EventFact[];
  tips: TipFact[];
  overdue: OverdueFact[];
}
