// Registering a talk or a letter (not from a plan: a lead's 谈话函询 is made by approving its
// plan), changing it before it is held or sent, its page, and a person's discipline events from
// every source. The person comes from the registry, the cause is a record that exists (a tip, a
// rectification item, an issued 预警告知书) or text, the interviewers and the recorder are users
// who handle talks.
import { AppError } from '../../../shared/kernel/errors.ts';
import { addMonths } from '../../../shared/kernel/workdays.ts';
import {
  INTERVIEW_WRITERS, holdingProblems, interviewNumber, type CauseInput, type CauseKind, type Holder, type InterviewCreateInput,
  type InterviewDetail, type InterviewUpdateInput,
} from '../../../shared/interviews/index.ts';
import type { PersonCategory } from '../../../shared/registry/index.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
import { getPerson } from '../../../db/repos/registry/index.ts';
import { getTipRecord, tipPeople } from '../../../db/repos/tips/index.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { insertInterview, interviewersOf, nextInterviewSerial, setInterviewers, updateInterview, type InterviewChanges, type InterviewRecord } from '../../../db/repos/interviews/records.ts';
import { rectItemRef } from '../../../db/repos/interviews/detail.ts';
import { personEvents } from '../../../db/repos/interviews/events.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId } from '../kernel/caller.ts';
import { checkVersion, mustGetInterview, note, requireStep } from './common.ts';
import { interviewDetail } from './view.ts';

interface ResolvedCause {
  causeKind: CauseKind;
  tipId: number | null;
  tipPersonId: number | null;
  rectItemId: number | null;
  warningDocumentId: number | null;
  causeText: string;
  /** As a person reads it (信访件 XF-2026-0012：…), for the history and the audit entry. */
  label: string;
}

/** The cause's record exists (an issued 预警告知书); a tip's person is the interviewee when they are one of its persons reported. */
function resolveCause(call: Call, cause: CauseInput, personId: number): ResolvedCause {
  const db = call.ctx.db;
  const base = { causeKind: cause.kind, tipId: null, tipPersonId: null, rectItemId: null, warningDocumentId: null, causeText: cause.text };
  const withText = (named: string) => (cause.text ? `${named}：${cause.text}` : named);
  switch (cause.kind) {
    case '信访件': {
      const tip = cause.tipId !== null ? getTipRecord(db, cause.tipId) : undefined;
      if (!tip) throw new AppError('VALIDATION', '所关联的信访件不存在，请重新选择。', { 'cause.tipId': '信访件不存在' });
      const tipPerson = tipPeople(db, tip.id).find((p) => p.personId === personId);
      return { ...base, tipId: tip.id, tipPersonId: tipPerson?.id ?? null, label: withText(`信访件 ${tip.number}`) };
    }
    case '整改事项': {
      const item = cause.rectItemId !== null ? rectItemRef(db, cause.rectItemId) : undefined;
      if (!item) throw new AppError('VALIDATION', '所关联的整改事项不存在，请重新选择。', { 'cause.rectItemId': '整改事项不存在' });
      return { ...base, rectItemId: item.id, label: withText(`整改事项 ${item.number}`) };
    }
    case '预警告知书': {
      const doc = cause.documentId !== null ? getDocument(db, cause.documentId) : null;
      if (!doc || doc.kind !== 'warning') throw new AppError('VALIDATION', '所关联的预警告知书不存在，请重新选择。', { 'cause.documentId': '预警告知书不存在' });
      if (doc.status !== '已印发') throw new AppError('VALIDATION', '所关联的预警告知书尚未印发，请选择已印发的预警告知书。', { 'cause.documentId': '预警告知书尚未印发' });
      return { ...base, warningDocumentId: doc.id, label: withText(`预警告知书 ${doc.number ?? ''}`) };
    }
    case '廉情指数':
    case '其他':
      return { ...base, label: `${cause.kind}：${cause.text}` };
  }
}

interface PersonOf {
  personName: string;
  unitId: number;
  unitName: string;
  post: string;
  category: PersonCategory;
}

function personOf(call: Call, personId: number, post: string): PersonOf {
  const person = getPerson(call.ctx.db, personId);
  if (!person) throw new AppError('VALIDATION', '谈话（函询）对象不在人员名册中，请重新选择。', { personId: '人员不存在' });
  if (person.status !== '在职') throw new AppError('VALIDATION', `谈话（函询）对象“${person.name}”已离任，请选择在职人员。`, { personId: '人员已离任' });
  return { personName: person.name, unitId: person.unitId, unitName: person.unitName, post: post.trim() || person.post, category: person.category };
}

/** An active user whose role handles talks, or a refusal naming the field. */
function staffName(call: Call, userId: number, label: string, field: string): string {
  const user = getUserById(call.ctx.db, userId);
  if (!user || user.disabled) throw new AppError('VALIDATION', `所选${label}不存在或已停用，请重新选择。`, { [field]: `请重新选择${label}` });
  if (!INTERVIEW_WRITERS.includes(user.role)) {
    throw new AppError('VALIDATION', `${label}应为${INTERVIEW_WRITERS.join('、')}的工作人员（${user.displayName}为${user.role}）。`, { [field]: `该用户不能担任${label}` });
  }
  return user.displayName;
}

interface Holding {
  holder: Holder;
  interviewerIds: number[];
  holderNames: string;
  recorderUserId: number | null;
}

/** Who holds it, checked: a talk by the rule of holdingProblems; a letter is the office's, with no interviewers. */
function checkHolding(call: Call, kind: '谈话' | '函询', h: Holding): { holding: Holding; names: string[] } {
  if (kind === '函询') {
    if (h.holder !== '本委') throw new AppError('VALIDATION', '函询由本委发出，谈话方式应为本委。', { holder: '函询由本委发出' });
    if (h.interviewerIds.length > 0) throw new AppError('VALIDATION', '函询没有谈话人，请不要选择谈话人。', { interviewerIds: '函询没有谈话人' });
  } else {
    const problems = holdingProblems(h);
    const [field, message] = Object.entries(problems)[0] ?? [];
    if (field && message) throw new AppError('VALIDATION', message, problems);
  }
  const ids = kind === '谈话' && h.holder === '本委' ? h.interviewerIds : [];
  const names = ids.map((id, i) => staffName(call, id, '谈话人', `interviewerIds.${i}`));
  if (h.recorderUserId !== null) staffName(call, h.recorderUserId, '记录人', 'recorderUserId');
  return { holding: { ...h, interviewerIds: ids, holderNames: kind === '谈话' && h.holder !== '本委' ? h.holderNames.trim() : '' }, names };
}

/** A planned date may lie in the past (a talk registered afterwards) but not more than a year ahead. */
function checkPlannedDate(call: Call, plannedDate: string | null): void {
  if (plannedDate === null) return;
  const limit = addMonths(today(call), 12);
  if (plannedDate > limit) throw new AppError('VALIDATION', `计划日期（${plannedDate}）不能晚于一年以后（${limit}）。`, { plannedDate: '不能晚于一年以后' });
}

function created(call: Call, input: InterviewCreateInput): number {
  const db = call.ctx.db;
  const day = today(call);
  const person = personOf(call, input.personId, input.post);
  const cause = resolveCause(call, input.cause, input.personId);
  const { holding, names } = checkHolding(call, input.kind, input);
  checkPlannedDate(call, input.plannedDate);
  const year = Number(day.slice(0, 4));
  const number = interviewNumber(input.kind, year, nextInterviewSerial(db, input.kind, year));
  const talk = input.kind === '谈话';
  const { label, ...causeColumns } = cause;
  const id = insertInterview(db, {
    number, kind: input.kind, talkType: talk ? input.talkType : null, holder: holding.holder, holderNames: holding.holderNames,
    status: talk ? '待谈话' : '待发函', planId: null, planItemId: null, ...causeColumns, personId: input.personId, ...person,
    plannedDate: input.plannedDate, plannedTime: input.plannedTime, place: input.place, recorderUserId: holding.recorderUserId,
    interviewerIds: holding.interviewerIds, ledgerDate: talk && input.plannedDate !== null ? input.plannedDate : day, createdOn: day,
    createdBy: actorId(call), now: nowIso(call),
  });
  note(call, { id }, '登记', `${talk ? input.talkType : '函询'}；对象：${person.personName}（${person.unitName}${person.post ? ` ${person.post}` : ''}）；事由：${label}`, day);
  audit(call, 'interview', id, number, {
    number, kind: input.kind, ...(talk ? { talkType: input.talkType, holder: holding.holder } : {}), person: person.personName, unit: person.unitName,
    cause: label, ...(input.plannedDate ? { plannedDate: input.plannedDate } : {}), ...(input.place ? { place: input.place } : {}),
    ...(names.length > 0 ? { interviewers: names } : holding.holderNames ? { interviewers: holding.holderNames } : {}),
  });
  return id;
}

/** The changes an edit makes, by the audit's field names (old → new). */
function changedFields(r: InterviewRecord, before: string[], next: { person: PersonOf; cause: ResolvedCause; holding: Holding; names: string[]; input: InterviewUpdateInput }, causeBefore: string): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const put = (key: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  };
  put('person', r.personName, next.person.personName);
  put('unit', r.unitName, next.person.unitName);
  put('cause', causeBefore, next.cause.label);
  put('plannedDate', r.plannedDate, next.input.plannedDate);
  put('place', r.place, next.input.place);
  put('holder', r.holder, next.holding.holder);
  put('interviewers', r.holder === '本委' ? before : r.holderNames, next.holding.holder === '本委' ? next.names : next.holding.holderNames);
  return out;
}

/**
 * 登记谈话函询 as the office does it: the record checked and written, audited, and its page. What
 * interviews.create does, and what another domain calls when its record plans a talk (the 廉政谈话 a
 * grade-C 廉情指数 result calls for).
 */
export function createInterview(call: Call, input: InterviewCreateInput): InterviewDetail {
  return interviewDetail(call, created(call, input));
}

export const recordHandlers: HandlerGroup<'interviews.create' | 'interviews.update' | 'interviews.get' | 'interviews.personEvents'> = {
  'interviews.get': (call, input) => interviewDetail(call, input.id),

  'interviews.personEvents': (call, input) => personEvents(call.ctx.db, input.personId),

  'interviews.create': (call, input) => createInterview(call, input),

  'interviews.update': (call, input) => {
    const db = call.ctx.db;
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'edit');
    checkVersion(r, input.version);
    if (r.planId !== null) {
      const samePerson = input.personId === r.personId;
      const sameCause = input.cause.kind === r.causeKind && input.cause.tipId === r.tipId;
      if (!samePerson || !sameCause) {
        throw new AppError('VALIDATION', `${r.number} 由谈话函询方案生成，谈话（函询）对象和所涉信访件不能修改；如需调整，请修改方案。`, samePerson ? { cause: '不能修改' } : { personId: '不能修改' });
      }
    }
    const person = personOf(call, input.personId, input.post);
    const cause = resolveCause(call, input.cause, input.personId);
    const { holding, names } = checkHolding(call, r.kind, input);
    checkPlannedDate(call, input.plannedDate);
    if (r.kind === '谈话' && input.plannedDate === null) throw new AppError('VALIDATION', '请填写计划日期', { plannedDate: '请填写计划日期' });
    const causeBefore = resolveCause(call, { kind: r.causeKind, tipId: r.tipId, rectItemId: r.rectItemId, documentId: r.warningDocumentId, text: r.causeText }, r.personId).label;
    const before = interviewersOf(db, r.id).map((u) => u.name);
    const changes = changedFields(r, before, { person, cause, holding, names, input }, causeBefore);
    const { label: _label, ...c } = cause;
    const columns: InterviewChanges = {
      holder: holding.holder, holder_names: holding.holderNames, cause_kind: c.causeKind, tip_id: c.tipId, tip_person_id: c.tipPersonId,
      rect_item_id: c.rectItemId, warning_document_id: c.warningDocumentId, cause_text: c.causeText, person_id: input.personId,
      person_name: person.personName, unit_id: person.unitId, unit_name: person.unitName, post: person.post, category: person.category,
      planned_date: input.plannedDate, planned_time: input.plannedTime, place: input.place, recorder_user_id: holding.recorderUserId,
      ...(r.kind === '谈话' && input.plannedDate !== null ? { ledger_date: input.plannedDate } : {}),
    };
    setInterviewers(db, r.id, holding.interviewerIds);
    if (!updateInterview(db, r.id, input.version, columns, nowIso(call))) throw new AppError('CONFLICT', `${r.number} 已被他人更新，请刷新后再试。`);
    note(call, r, '修改', Object.keys(changes).length > 0 ? `修改了${Object.keys(changes).map(labelOf).join('、')}` : '保存（无变化）');
    audit(call, 'interview', r.id, r.number, { number: r.number, ...changes });
    return interviewDetail(call, r.id);
  },
};

const LABELS: Record<string, string> = {
  person: '谈话（函询）对象', unit: '单位', cause: '事由', plannedDate: '计划日期', place: '地点', holder: '谈话方式', interviewers: '谈话人',
};
function labelOf(key: string): string {
  return LABELS[key] ?? key;
}
