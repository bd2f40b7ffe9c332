// A talk or a letter as it is shown: a ledger row, and the page with its record, reply, files,
// follow-ups, extensions and history. The content (谈话要点, 本人陈述, 答复内容, 评估意见, 后续事项)
// is null for a role without the right to read it (系统设置 → 谈话函询).
import type { PersonCategory } from '../registry/index.ts';
import type {
  Assessment, CauseKind, Holder, InterviewDueKind, InterviewDueState, InterviewExtensionState, InterviewFileKind, InterviewKind,
  InterviewOutcome, InterviewStatus, SpotCheckResult, TalkType,
} from './enums.ts';

export interface InterviewCause {
  kind: CauseKind;
  /** The record it names, as a person reads it (信访件 XF-2026-0012, 整改事项 ZG-2026-0003, 临纪预告〔2026〕2号). */
  label: string;
  tipId: number | null;
  rectItemId: number | null;
  documentId: number | null;
  text: string;
}

export interface InterviewRow {
  id: number;
  number: string;
  kind: InterviewKind;
  talkType: TalkType | null;
  /** 类别 as the ledger reads: the talk type, or 函询. */
  typeLabel: string;
  holder: Holder;
  status: InterviewStatus;
  personId: number;
  personName: string;
  unitId: number | null;
  unitName: string;
  post: string;
  category: PersonCategory;
  cause: InterviewCause;
  /** 谈话人 names (本委), or the typed names (委托谈话, 上级纪委); empty for a letter. */
  interviewerNames: string;
  plannedDate: string | null;
  plannedTime: string | null;
  heldDate: string | null;
  place: string;
  sentDate: string | null;
  replyDate: string | null;
  outcome: InterviewOutcome | null;
  concludedDate: string | null;
  dueKind: InterviewDueKind | null;
  dueDate: string | null;
  dueState: InterviewDueState | null;
  /** Working days left (negative: overdue by) on the holiday calendar; null without a deadline. */
  workdaysLeft: number | null;
  ledgerDate: string;
  version: number;
}

export interface InterviewFollowUp {
  id: number;
  content: string | null;
  dueDate: string;
  doneDate: string | null;
  doneNote: string | null;
  overdue: boolean;
}

export interface InterviewFile {
  id: number;
  kind: InterviewFileKind;
  fileName: string;
  size: number;
  sha256: string;
  at: string;
  byName: string;
}

export interface InterviewExtension {
  id: number;
  requestedAt: string;
  byName: string;
  reason: string;
  oldDue: string;
  newDue: string;
  state: InterviewExtensionState;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string;
}

export interface InterviewHistoryEntry {
  at: string;
  byName: string;
  action: string;
  date: string | null;
  text: string;
}

/** The steps the caller may take now (the services decide; the page offers only these). */
export interface InterviewCan {
  edit: boolean;
  record: boolean;
  conclude: boolean;
  draftNotice: boolean;
  reply: boolean;
  assess: boolean;
  meeting: boolean;
  addFile: boolean;
  followUp: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  printRecord: boolean;
}

export interface InterviewDetail extends InterviewRow {
  interviewers: Array<{ id: number; name: string }>;
  holderNames: string;
  recorder: { id: number; name: string } | null;
  tip: { id: number; number: string; tipPersonId: number | null } | null;
  planId: number | null;
  /** The 公文 issued for it (函询通知书 …): its id and 文号. */
  notice: { id: number; number: string | null; title: string; status: '草稿' | '已印发' } | null;
  heldTime: string | null;
  /** null when the caller may not read the content. */
  keyPoints: string | null;
  statement: string | null;
  replyCountersigned: boolean;
  replySummary: string | null;
  assessment: Assessment | null;
  supplements: number;
  outcomeNote: string | null;
  signedDate: string | null;
  /** The discipline event its outcome made (提醒, 批评教育, 诫勉). */
  event: { id: number; outcome: string; decidedDate: string } | null;
  meetingDate: string | null;
  meetingNote: string | null;
  dueOriginal: string | null;
  followUps: InterviewFollowUp[];
  files: InterviewFile[];
  extensions: InterviewExtension[];
  history: InterviewHistoryEntry[];
  spotCheck: { batchId: number; result: SpotCheckResult | null; resultDate: string | null; note: string | null } | null;
  /** The caller may read the content. */
  contentVisible: boolean;
  can: InterviewCan;
}

/** 处理记录: one discipline event of a person, from whichever record decided it. */
export interface DisciplineEventView {
  id: number;
  /** 外部决定: a decision made elsewhere entered in 廉情指数 → 处分决定. */
  sourceKind: '信访件' | '谈话' | '函询' | '外部决定';
  sourceId: number;
  /** The source record's number (XF-2026-0012, TH-2026-0003, HX-2026-0007, a decision's 文号). */
  sourceNumber: string;
  outcome: string;
  grade: string;
  circumstance: string;
  category: string;
  unitName: string;
  conductDate: string | null;
  decidedDate: string;
}
