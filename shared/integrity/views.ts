// What the index's operations answer: schemes, inputs as lists, the grid, a unit's page, publications.
import type { UnitType } from '../registry/index.ts';
import type { Hundredths } from './decimal.ts';
import type { CheckResult, Colour, DecisionBody, EventOutcome, Grade, ImportKind, SchemeStatus } from './enums.ts';
import type { SchemeContent } from './scheme.ts';
import type { LineDiff, ScoreLine, UnitQuarterScore, UnitYearScore, PartTotals } from './results.ts';
import type { Circumstance } from '../tips/index.ts';
import type { PersonCategory } from '../registry/index.ts';

export interface SchemeRef {
  id: number;
  year: number;
  version: number;
}

export interface SchemeRow extends SchemeRef {
  status: SchemeStatus;
  note: string;
  createdByName: string;
  createdAt: string;
  enabledByName: string | null;
  enabledAt: string | null;
  /** Publications made with this version. */
  publications: number;
  /** Row version for saving a draft. */
  rowVersion: number;
}

export interface SchemeDetail extends SchemeRow {
  content: SchemeContent;
}

/** Who entered a value and when (every input names it). */
export interface Entered {
  enteredByName: string;
  enteredAt: string;
}

export interface ChecklistCell {
  itemKey: string;
  result: CheckResult | null;
  recordId: number | null;
  entered: Entered | null;
}
export interface ChecklistRow {
  unitId: number;
  unitName: string;
  unitType: UnitType;
  parentName: string;
  /** The items of the unit's type, in the scheme's order. */
  cells: ChecklistCell[];
}
export interface ChecklistGrid {
  scheme: SchemeRef;
  items: Array<{ key: string; name: string; points: number; unitTypes: UnitType[] }>;
  rows: ChecklistRow[];
  total: number;
  /** Units of the page's filter with at least one item not entered. */
  missingUnits: number;
}

/** A survey or cost row of a unit and period: the measure keys (survey keys, or costPerCapita and savingRate) → value. */
export interface MeasureRow {
  id: number;
  unitId: number;
  unitName: string;
  unitType: UnitType;
  quarter: number;
  values: Record<string, number | null>;
  entered: Entered;
  importId: number | null;
}

export interface ImportPreviewRow {
  rowNumber: number;
  unitId: number;
  unitName: string;
  /** Column label → the value as it will be stored (text as typed, numbers as read). */
  values: Record<string, string>;
  change: '新增' | '修改' | '不变';
}
export interface IndexImportPreview {
  kind: ImportKind;
  year: number;
  quarter: number;
  fileName: string;
  sheetName: string;
  total: number;
  rows: ImportPreviewRow[];
  errors: Array<{ rowNumber: number; message: string }>;
}
export interface IndexImportResult {
  importId: number;
  kind: ImportKind;
  rows: number;
  added: number;
  changed: number;
}

export interface Withdrawn {
  reason: string;
  byName: string;
  at: string;
}

export interface FindingRow extends Entered {
  id: number;
  unitId: number;
  unitName: string;
  channelKey: string;
  channelName: string;
  date: string;
  source: string;
  summary: string;
  withdrawn: Withdrawn | null;
  version: number;
}

export interface BonusRow extends Entered {
  id: number;
  unitId: number;
  unitName: string;
  kindKey: string;
  kindName: string;
  points: number;
  date: string;
  summary: string;
  evidence: string;
  withdrawn: Withdrawn | null;
  version: number;
}

export interface DecisionRow extends Entered {
  id: number;
  body: DecisionBody;
  documentNumber: string;
  decidedDate: string;
  personId: number | null;
  personName: string;
  unitId: number;
  unitName: string;
  category: PersonCategory;
  outcome: EventOutcome;
  grade: string;
  circumstance: Circumstance;
  conductDate: string | null;
  summary: string;
  eventId: number;
  files: Array<{ id: number; fileName: string; size: number }>;
}

export interface PublicationRow {
  id: number;
  year: number;
  quarter: number;
  scheme: SchemeRef;
  inputsHash: string;
  publishedAt: string;
  publishedByName: string;
  /** Why it was republished ('' for a first publication). */
  reason: string;
  /** When a later publication of the same period replaced it, or null while it is in force. */
  supersededAt: string | null;
  units: number;
  /** 绿/橙/红 for a quarter, A/B/C for a year → how many units. */
  counts: Record<string, number>;
}

export interface GridCell {
  score: Hundredths;
  colour: Colour;
  veto: boolean;
  published: boolean;
  /** Published, and the inputs have changed since (数据已变化). */
  changed: boolean;
}
export interface GridYearCell {
  score: Hundredths;
  grade: Grade;
  veto: boolean;
  published: boolean;
  changed: boolean;
}
export interface GridRow {
  unitId: number;
  unitName: string;
  unitType: UnitType;
  parentName: string;
  /** Quarters 1–4: null where the unit is not scored (not set up yet, or 撤销). */
  quarters: Array<GridCell | null>;
  /** The year so far (mean of the scored quarters; graded). */
  year: GridYearCell | null;
  parts: PartTotals | null;
}
export interface IndexGrid {
  rows: GridRow[];
  total: number;
  /** The scheme in force for the year (latest enabled), or null when none is enabled. */
  scheme: SchemeRef | null;
  /** The publications in force for the year's quarters and the year. */
  published: Array<{ quarter: number; publicationId: number; publishedAt: string }>;
}

/** A unit's quarter: the published figure (frozen) and, if inputs changed since, what a recomputation gives. */
export interface UnitQuarterView {
  quarter: number;
  /** What is shown as the result: the published score when published, else the draft. */
  shown: UnitQuarterScore;
  published: { publicationId: number; publishedAt: string; scheme: SchemeRef } | null;
  /** Published and the inputs have changed: the recomputation (same scheme version) and its differences. */
  recomputed: UnitQuarterScore | null;
  diff: LineDiff[];
}
export interface UnitYearView {
  shown: UnitYearScore;
  published: { publicationId: number; publishedAt: string; scheme: SchemeRef } | null;
  recomputed: UnitYearScore | null;
}
export interface TrendPoint {
  year: number;
  quarter: number;
  score: Hundredths;
  colour: Colour | null;
  grade: Grade | null;
  published: boolean;
}
export interface UnitIndexView {
  unit: { id: number; name: string; type: UnitType; parentName: string; establishedDate: string; revokedDate: string | null };
  year: number;
  scheme: SchemeRef | null;
  quarters: Array<UnitQuarterView | null>;
  yearResult: UnitYearView | null;
  /** Every scored quarter and year of the years with an enabled scheme, oldest first. */
  trend: TrendPoint[];
}

export interface QuarterResultView {
  year: number;
  quarter: number;
  scheme: SchemeRef;
  units: UnitQuarterScore[];
  /** Control points not entered over all units (publishing asks for confirmation). */
  missingChecks: number;
  publication: PublicationRow | null;
}
export interface YearResultView {
  year: number;
  scheme: SchemeRef;
  units: UnitYearScore[];
  /** Quarters published so far (a year is published only after all four). */
  publishedQuarters: number[];
  publication: PublicationRow | null;
}

/** Units per type by colour (a quarter) or grade (the year). */
export interface DistributionView {
  year: number;
  quarter: number;
  rows: Array<{ unitType: UnitType; counts: Record<string, number>; total: number }>;
}

export type { ScoreLine };
