// What the closed loop's operations answer: a consequence as a row and in full, a period's page,
// the year lists and the answer by person, the trace from a record back to the result.
import type { Colour, Grade, Hundredths, PublicationRow, ScoreLine } from '../integrity/index.ts';
import type { UnitType, PersonCategory } from '../registry/index.ts';
import type { DocStatus } from '../documents/index.ts';
import type { InterviewStatus } from '../interviews/index.ts';
import type { AwardAnswer, AwardList, ConsequenceKind, ConsequenceState } from './enums.ts';

export interface ClosedMark {
  reason: string;
  byName: string;
  at: string;
}

export interface ConsequenceRow {
  id: number;
  /** The publication whose result called for it (an earlier one of the period when it was republished since). */
  publicationId: number;
  year: number;
  /** 0 for the year. */
  quarter: number;
  /** 2026年第3季度 / 2026年度 */
  periodLabel: string;
  unitId: number;
  unitName: string;
  unitType: UnitType;
  kind: ConsequenceKind;
  /** Why the result calls for it, as a person reads it: 红色（58.20分）；查实信访件1件、监督发现1项 / C级（55.10分）. */
  basis: string;
  score: Hundredths;
  colour: Colour | null;
  grade: Grade | null;
  state: ConsequenceState;
  open: boolean;
  /** 整改时限 of an issued notice; a talk's due date (publication day + the setting); else null. */
  dueDate: string | null;
  /** An issued notice with an item past its deadline; a talk not held by its due date. */
  overdue: boolean;
  /** Why it no longer matches the period's result in force (republished since), or null. */
  stale: string | null;
  document: { id: number; number: string | null; title: string; status: DocStatus } | null;
  /** An issued notice's items. */
  items: { total: number; closed: number; overdue: number } | null;
  interview: { id: number; number: string; status: InterviewStatus; personName: string; plannedDate: string | null } | null;
  delivered: { date: string; note: string } | null;
  /** A list's people (not removed). */
  persons: number | null;
  /**
   * A red quarter of a unit whose items from earlier notices are still open: how many and the notices'
   * 文号 (红色预警 again while earlier rectification is open).
   */
  repeatRed: { openItems: number; notices: string[] } | null;
  /** A talk's unit has no single registered 主要负责人 (the person is chosen by hand). */
  leaderMissing: boolean;
  closed: ClosedMark | null;
  createdAt: string;
}

export interface AwardPerson {
  id: number;
  personId: number;
  personName: string;
  post: string;
  category: PersonCategory;
  /** 发布时登记的主要负责人 / the reason typed when added by hand. */
  basis: string;
  addedByName: string;
  addedAt: string;
  removed: ClosedMark | null;
}

export interface ConsequenceDetail extends ConsequenceRow {
  /**
   * The lines of the result behind it: a notice's fixable lines (what it may list), a 建议书's weak
   * points, a talk's or list's — the year's quarters as lines are not kept: empty.
   */
  lines: ScoreLine[];
  /** The year's quarters' colours (a year's consequence), in order; null where the unit was not scored. */
  quarters: Array<Colour | null> | null;
  /** 不得评先评优: the people on the list with the unit. */
  people: AwardPerson[];
}

export interface PeriodConsequences {
  year: number;
  quarter: number;
  /** The period's publication in force, or null when it is not published. */
  publication: PublicationRow | null;
  /** Of the whole period (not the page): per kind, how many, open, overdue, stale. */
  counts: Array<{ kind: ConsequenceKind; total: number; open: number; overdue: number; stale: number }>;
  rows: ConsequenceRow[];
  total: number;
}

export interface AwardListRow {
  consequenceId: number;
  year: number;
  list: AwardList;
  unitId: number;
  unitName: string;
  unitType: UnitType;
  score: Hundredths;
  grade: Grade;
  closed: ClosedMark | null;
  stale: string | null;
  persons: AwardPerson[];
}

export interface AwardLookup {
  year: number;
  personId: number;
  personName: string;
  unitName: string;
  post: string;
  answer: AwardAnswer;
  /** The answer's why, as a sentence: 所在单位XX村2026年度廉情指数为C级（55.10分），该同志为发布时登记的主要负责人。 */
  because: string;
  /** Every list entry of the year naming the person, removed ones too. */
  entries: Array<{ list: AwardList; consequenceId: number; unitName: string; grade: Grade; score: Hundredths; category: PersonCategory; removed: ClosedMark | null }>;
}

/** A year's 预警建议书 as 批量印发 needs them: the open drafts at their versions, in the units' order (the order of their 文号). */
export interface AdviceBatch {
  year: number;
  drafts: Array<{ id: number; version: number; unitName: string }>;
  /** Issued (of consequences not closed), and of those delivered. */
  issued: number;
  delivered: number;
}

export interface ConsequenceTrace {
  consequence: ConsequenceRow;
  /** The line a rectification item's problem was drafted from (and its records), or null. */
  line: ScoreLine | null;
  /** The result's lines behind the consequence (as in ConsequenceDetail.lines). */
  lines: ScoreLine[];
}
