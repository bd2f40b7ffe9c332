// 整改事项: what the office records of a problem and its rectification — the schemas of the
// operations that create and change items, and the shapes they are shown with.
import { z } from '../kernel/zod.ts';
import { boolField, dateField, enumField, fileField, idField, lineField, textField, versionField } from '../kernel/common.ts';
import { RECT_SOURCES, type RectDueState, type RectEventKind, type RectExtensionState, type RectSource, type RectStatus } from './enums.ts';

/** 整改措施: one or more; each may have its own 责任人 and 时限 (shown and warned; the item's own 整改时限 decides 逾期). */
export const measureInput = z.strictObject({
  text: textField('整改措施', 2000, true),
  ownerPersonId: idField('措施责任人').nullable().default(null),
  dueDate: dateField('措施时限').nullable().default(null),
});
export type MeasureInput = z.output<typeof measureInput>;

/** What an item says (created or edited). The category is checked against the office's list by the service. */
export const itemFields = {
  unitId: idField('单位'),
  problem: textField('问题描述', 2000, true),
  category: lineField('问题类别', 20, true),
  measures: z.array(measureInput, { error: '整改措施无效' }).max(30, '整改措施最多30条').default([]),
  leaderPersonId: idField('责任领导').nullable().default(null),
  ownerPersonId: idField('责任人').nullable().default(null),
  deadline: dateField('整改时限'),
  remarks: textField('备注', 500).default(''),
};

/**
 * Items from one source at once (问题清单): a 巡察 feedback, an audit, a 民主生活会, a tip's
 * verification… `sourceRef` names the document (e.g. 县委第三巡察组反馈意见); `tipId` links 信访核查
 * to its tip. A 预警告知书's items are created by issuing it (rect.issueWarning), not here.
 */
export const rectCreateInput = z.strictObject({
  source: enumField('问题来源', RECT_SOURCES).refine((s) => s !== '预警告知书', '预警告知书的整改事项在印发告知书时自动生成，请从预警告知书办理'),
  sourceRef: lineField('来源说明', 100).default(''),
  tipId: idField('信访件').nullable().default(null),
  /** An item that recurs after 销号 (屡查屡犯): the closed item it repeats. */
  recurrenceOf: idField('原整改事项').nullable().default(null),
  items: z.array(z.strictObject(itemFields), { error: '请填写整改事项' }).min(1, '请至少填写一个整改事项').max(100, '一次最多登记100个整改事项'),
});
export type RectCreateInput = z.output<typeof rectCreateInput>;

/** Editing an open item's description (not its status or deadline: those have their own steps). */
export const rectUpdateInput = z.strictObject({ id: idField('整改事项'), version: versionField, ...itemFields });
export type RectUpdateInput = z.output<typeof rectUpdateInput>;

export const rectIdInput = z.strictObject({ id: idField('整改事项') });

/** 整改进展: what the unit reported it did, as of a date, and how far (percent). Moves 未启动 to 整改中. */
export const rectProgressInput = z.strictObject({
  id: idField('整改事项'),
  version: versionField,
  date: dateField('进展日期'),
  text: textField('整改进展', 2000, true),
  percent: z.int({ error: '完成比例应为0到100的整数' }).min(0, '完成比例应为0到100的整数').max(100, '完成比例应为0到100的整数'),
});

/** 佐证材料: one file a call (the same checks as a tip's attachments), with what it shows. */
export const rectEvidenceInput = z.strictObject({
  id: idField('整改事项'),
  file: fileField,
  note: lineField('材料说明', 100).default(''),
});
export const rectFileIdInput = z.strictObject({ id: idField('佐证材料') });

/** 申请验收: the unit's completion report as the office recorded it. */
export const rectAcceptanceInput = z.strictObject({
  id: idField('整改事项'),
  version: versionField,
  date: dateField('申请日期'),
  text: textField('整改完成情况', 2000, true),
});

/** 验收: by a 监督检查室 user other than the one who recorded the 申请验收. */
export const rectVerifyInput = z.strictObject({
  id: idField('整改事项'),
  version: versionField,
  date: dateField('验收日期'),
  passed: boolField('验收结论'),
  opinion: textField('验收意见', 2000, true),
});

/** 销号: a leader, after a passed check; the evidence's hashes go into the closing entry. */
export const rectCloseInput = z.strictObject({
  id: idField('整改事项'),
  version: versionField,
  date: dateField('销号日期'),
  opinion: textField('销号意见', 1000).default(''),
});

export const rectExtensionRequestInput = z.strictObject({
  id: idField('整改事项'),
  version: versionField,
  newDeadline: dateField('延期后的整改时限'),
  reason: textField('延期理由', 1000, true),
});

export const rectExtensionDecideInput = z.strictObject({
  id: idField('整改事项'),
  version: versionField,
  approve: boolField('审批结论'),
  opinion: textField('审批意见', 1000).default(''),
});

export interface RectPersonRef {
  id: number;
  name: string;
  post: string;
}

export interface RectMeasure {
  seq: number;
  text: string;
  owner: RectPersonRef | null;
  dueDate: string | null;
  /** The measure's own 时限 has passed while the item is open (a warning, not 逾期). */
  late: boolean;
}

export interface RectRow {
  id: number;
  /** ZG-2026-0001. */
  number: string;
  source: RectSource;
  sourceRef: string;
  /** The issued 预警告知书 (its 文号) or tip (its number) the item came from. */
  sourceDocument: { id: number; number: string } | null;
  sourceTip: { id: number; number: string } | null;
  unitId: number;
  unitName: string;
  problem: string;
  category: string;
  /** The measures' text joined (the ledger's column). */
  measuresText: string;
  leaderName: string;
  ownerName: string;
  /** The first deadline set, and the one in force (after approved extensions). */
  deadlineOriginal: string;
  deadline: string;
  status: RectStatus;
  dueState: RectDueState | null;
  /** Days past the deadline in force (open items), else 0. */
  overdueDays: number;
  percent: number;
  latestProgress: string;
  closedOn: string | null;
  /** Closed on or before the deadline in force. */
  closedOnTime: boolean | null;
  recurrenceOf: { id: number; number: string } | null;
  evidenceCount: number;
  liaisonName: string;
  version: number;
}

export interface RectEvent {
  id: number;
  kind: RectEventKind;
  /** The date the thing happened (进展日期, 验收日期…). */
  date: string;
  text: string;
  percent: number | null;
  fromStatus: RectStatus | null;
  toStatus: RectStatus | null;
  byName: string;
  at: string;
  /** 销号: the SHA-256 of every piece of evidence at closing; 延期: the deadlines. */
  evidenceHashes: string[];
  deadlineFrom: string | null;
  deadlineTo: string | null;
}

export interface RectFile {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
  note: string;
  addedAt: string;
  addedByName: string;
}

export interface RectExtension {
  id: number;
  previousDeadline: string;
  requestedDeadline: string;
  reason: string;
  state: RectExtensionState;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedOn: string | null;
  opinion: string;
}

export interface RectDetail extends RectRow {
  measures: RectMeasure[];
  unitLiaisonUserId: number | null;
  leader: RectPersonRef | null;
  owner: RectPersonRef | null;
  remarks: string;
  events: RectEvent[];
  files: RectFile[];
  extensions: RectExtension[];
  /** Later items opened as recurrences of this one. */
  recurrences: Array<{ id: number; number: string; status: RectStatus }>;
  /** Who recorded the pending 申请验收 (the one user who may not verify it). */
  acceptanceRecordedBy: { id: number; name: string } | null;
  /** A check passed since the last 申请验收: a leader may close it. */
  verified: boolean;
  /** What the caller may do now (the service decides again on every call). */
  can: {
    edit: boolean; progress: boolean; evidence: boolean; requestAcceptance: boolean; verify: boolean; close: boolean;
    requestExtension: boolean; decideExtension: boolean; recur: boolean;
  };
}
