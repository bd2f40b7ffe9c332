// 谈话函询方案 of a lead disposed of as 谈话函询: the handler drafts it (per person reported: 谈话,
// 函询 or both, who holds it, when), submits it, a leader approves it — a 机关主要领导 when a person
// is 主要负责人 of a lower-level party committee's unit — and approving makes one talk and/or
// letter per person with the tip as cause, in the same transaction. When all of them are
// concluded the tip is concluded from them (依谈话函询结果办结): each person's 处理 is their
// talk's or letter's event, or 无 when it was 了结.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { Role } from '../../../shared/core/index.ts';
import {
  DEFAULT_LOWER_COMMITTEE_TYPES, INTERVIEW_WRITERS, interviewNumber, needsMainLeader, planApprovalRefusal,
  tipResultsAllowed, type InterviewKind, type PlanInterview, type PlanItemView, type TipInterviewPlan,
} from '../../../shared/interviews/index.ts';
import type { TipDetail } from '../../../shared/tips/index.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
import {
  getTipRecord, setTipPlanState, tipPersonEvents, tipPlanState, type TipRecord,
} from '../../../db/repos/tips/index.ts';
import { insertInterview, interviewsOfTip, nextInterviewSerial, type InterviewRecord } from '../../../db/repos/interviews/records.ts';
import {
  insertPlan, planItems, planOfTip, replacePlanItems, tipPeopleWithUnitType, updatePlan, type PlanItemRecord, type PlanRecord,
} from '../../../db/repos/interviews/plans.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, userOf } from '../kernel/caller.ts';
import { getSettings } from '../settings/index.ts';
import { concludeLead, mayHandle, noteOnLead } from '../tips/index.ts';
import { note } from './common.ts';

type PlanOps = 'interviews.plan' | 'interviews.savePlan' | 'interviews.submitPlan' | 'interviews.decidePlan' | 'interviews.concludeTip';

function mustGetTip(call: Call, id: number): TipRecord {
  const tip = getTipRecord(call.ctx.db, id);
  if (!tip) throw new AppError('NOT_FOUND', '未找到该信访件，可能编号有误。');
  return tip;
}

function lowerCommitteeTypes(call: Call): readonly string[] {
  return getSettings(call.ctx.db).lowerCommitteeUnitTypes ?? DEFAULT_LOWER_COMMITTEE_TYPES;
}

/** The lead is in 承办中 with 谈话函询 as its approved disposal. */
function inInterviewHandling(tip: TipRecord): boolean {
  return tip.status === '承办中' && tip.disposal === '谈话函询';
}

/** The caller drafts and submits plans: a writer's role and the lead's handler (or a leader, 案管室; the command line). */
function mayDraft(call: Call, tip: TipRecord): boolean {
  const user = userOf(call);
  if (user && !INTERVIEW_WRITERS.includes(user.role)) return false;
  return mayHandle(call, tip);
}

function mustDraft(call: Call, tip: TipRecord): void {
  if (!mayDraft(call, tip)) throw new AppError('FORBIDDEN', `只有承办人或领导、案件监督管理室可以拟定和提交谈话函询方案（${tip.number}）。`);
}

function mustBeInHandling(tip: TipRecord): void {
  if (!inInterviewHandling(tip)) {
    throw new AppError('CONFLICT', `${tip.number} 不在承办中或处置方式不是谈话函询，不能拟定谈话函询方案。`);
  }
}

function mustGetPlan(call: Call, tip: TipRecord): PlanRecord {
  const plan = planOfTip(call.ctx.db, tip.id);
  if (!plan) throw new AppError('NOT_FOUND', `${tip.number} 还没有谈话函询方案。`);
  return plan;
}

function checkPlanVersion(tip: TipRecord, plan: PlanRecord, version: number): void {
  if (plan.version !== version) throw new AppError('CONFLICT', `${tip.number} 的谈话函询方案已被他人更新，请刷新后再试。`);
}

/** The talks and letters made from the plan. */
function planInterviews(call: Call, plan: PlanRecord | undefined): InterviewRecord[] {
  if (!plan) return [];
  return interviewsOfTip(call.ctx.db, plan.tipId).filter((r) => r.planId === plan.id);
}

function itemView(item: PlanItemRecord, lower: readonly string[]): PlanItemView {
  return {
    id: item.id, tipPersonId: item.tipPersonId, personName: item.personName, unitName: item.unitName, post: item.post,
    category: item.category, personId: item.personId, way: item.way, holder: item.holder, interviewers: item.interviewers,
    holderNames: item.holderNames, plannedDate: item.plannedDate, place: item.place, note: item.note,
    needsMainLeader: needsMainLeader({ category: item.category, unitType: item.unitType }, lower),
  };
}

function planView(call: Call, tipId: number): TipInterviewPlan {
  const tip = mustGetTip(call, tipId);
  const plan = planOfTip(call.ctx.db, tip.id);
  const made = planInterviews(call, plan);
  const interviews: PlanInterview[] = made.map((r) => ({
    id: r.id, number: r.number, kind: r.kind, tipPersonId: r.tipPersonId ?? 0, personName: r.personName, status: r.status,
    outcome: r.outcome, concludedDate: r.concludedDate,
  }));
  const conclusion = tipResultsAllowed(made.map((r) => (r.status === '已办结' ? r.outcome : null)));
  const user = userOf(call);
  const role: Role | null = user?.role ?? null;
  const handling = inInterviewHandling(tip);
  const draftable = handling && mayDraft(call, tip);
  const lower = lowerCommitteeTypes(call);
  return {
    tipId: tip.id,
    tipNumber: tip.number,
    tipStatus: tip.status,
    tipVersion: tip.version,
    applies: handling || plan !== undefined,
    plan: plan
      ? {
          status: plan.status, note: plan.note, needsMainLeader: plan.needsMainLeader, draftedByName: plan.draftedByName,
          submittedAt: plan.submittedAt, decidedByName: plan.decidedByName, decidedAt: plan.decidedAt, decisionNote: plan.decisionNote,
          version: plan.version, items: planItems(call.ctx.db, plan.id).map((i) => itemView(i, lower)),
        }
      : null,
    interviews,
    conclusion,
    can: {
      edit: draftable && (plan === undefined || plan.status === '草拟'),
      submit: draftable && plan?.status === '草拟',
      decide:
        handling && plan?.status === '待审批' &&
        (user === null || planApprovalRefusal({ role: user.role, mainLeader: user.mainLeader }, plan) === null),
      concludeTip:
        handling && plan?.status === '已批准' && tipPlanState(call.ctx.db, tip.id) === '已批准' && conclusion.allowed.length > 0 &&
        (role === null || INTERVIEW_WRITERS.includes(role)) && mayHandle(call, tip),
    },
  };
}

/** A plan item's interviewers: active users of the roles that handle talks. */
function checkInterviewers(call: Call, ids: readonly number[], index: number): void {
  for (const id of ids) {
    const u = getUserById(call.ctx.db, id);
    if (!u || u.disabled || !INTERVIEW_WRITERS.includes(u.role)) {
      const message = `谈话人应为${INTERVIEW_WRITERS.join('、')}的在用账号${u ? `（${u.displayName}不符合）` : ''}，请重新选择。`;
      throw new AppError('VALIDATION', message, { [`items.${index}.interviewerIds`]: '请重新选择谈话人' });
    }
  }
}

function planLabel(tip: TipRecord): string {
  return `${tip.number}谈话函询方案`;
}

/** One talk and/or letter per item of the approved plan, numbered, each with its history line. */
function createFromPlan(call: Call, tip: TipRecord, plan: PlanRecord): InterviewRecord[] {
  const db = call.ctx.db;
  const day = today(call);
  const year = Number(day.slice(0, 4));
  const created: number[] = [];
  for (const item of planItems(db, plan.id)) {
    if (item.personId === null) {
      throw new AppError('VALIDATION', `被反映人“${item.personName}”未关联名册人员，请先在信访件中关联。`);
    }
    const kinds: InterviewKind[] = item.way === '谈话和函询' ? ['谈话', '函询'] : [item.way];
    for (const kind of kinds) {
      const talk = kind === '谈话';
      const id = insertInterview(db, {
        number: interviewNumber(kind, year, nextInterviewSerial(db, kind, year)),
        kind,
        talkType: talk ? '谈话函询' : null,
        holder: talk ? item.holder : '本委',
        holderNames: talk ? item.holderNames : '',
        status: talk ? '待谈话' : '待发函',
        planId: plan.id,
        planItemId: item.id,
        causeKind: '信访件',
        tipId: tip.id,
        tipPersonId: item.tipPersonId,
        rectItemId: null,
        warningDocumentId: null,
        causeText: '',
        personId: item.personId,
        personName: item.personName,
        unitId: item.unitId,
        unitName: item.unitName,
        post: item.post,
        category: item.category,
        plannedDate: talk ? item.plannedDate : null,
        plannedTime: null,
        place: talk ? item.place : '',
        recorderUserId: null,
        interviewerIds: talk && item.holder !== '本委' ? [] : item.interviewers.map((u) => u.id),
        ledgerDate: talk ? item.plannedDate : day,
        createdOn: day,
        createdBy: actorId(call),
        now: nowIso(call),
      });
      note(call, { id }, '登记', '由谈话函询方案生成', day);
      created.push(id);
    }
  }
  return interviewsOfTip(db, tip.id).filter((r) => created.includes(r.id));
}

export const planHandlers: HandlerGroup<PlanOps> = {
  'interviews.plan': (call, input) => planView(call, input.tipId),

  'interviews.savePlan': (call, input) => {
    const db = call.ctx.db;
    const tip = mustGetTip(call, input.tipId);
    mustBeInHandling(tip);
    mustDraft(call, tip);
    const existing = planOfTip(db, tip.id);
    if (existing) {
      if (existing.status !== '草拟') throw new AppError('CONFLICT', `${tip.number} 的谈话函询方案${existing.status}，不能再修改。`);
      if (input.version === null) throw new AppError('CONFLICT', `${tip.number} 已有谈话函询方案，请刷新后再修改。`);
      checkPlanVersion(tip, existing, input.version);
    }
    const people = new Map(tipPeopleWithUnitType(db, tip.id).map((p) => [p.id, p]));
    const seen = new Set<number>();
    const lower = lowerCommitteeTypes(call);
    let needs = false;
    input.items.forEach((item, i) => {
      const person = people.get(item.tipPersonId);
      if (!person) throw new AppError('VALIDATION', '方案中的人员不是本件的被反映人。', { [`items.${i}.tipPersonId`]: '不是本件的被反映人' });
      if (seen.has(item.tipPersonId)) {
        throw new AppError('VALIDATION', `被反映人“${person.name}”在方案中出现了两次，每人只列一行。`, { [`items.${i}.tipPersonId`]: '重复' });
      }
      seen.add(item.tipPersonId);
      if (person.personId === null) {
        const message = `被反映人“${person.name}”未关联名册人员，请先在信访件中关联。`;
        throw new AppError('VALIDATION', message, { [`items.${i}.tipPersonId`]: message });
      }
      if (item.plannedDate < today(call)) {
        throw new AppError('VALIDATION', `被反映人“${person.name}”的计划日期早于今天，请重新填写。`, { [`items.${i}.plannedDate`]: '不能早于今天' });
      }
      checkInterviewers(call, item.interviewerIds, i);
      if (needsMainLeader({ category: person.category, unitType: person.unitType }, lower)) needs = true;
    });
    const now = nowIso(call);
    let planId: number;
    if (existing) {
      if (!updatePlan(db, existing.id, existing.version, { note: input.note, needs_main_leader: needs ? 1 : 0, drafted_by: actorId(call) }, now)) {
        throw new AppError('CONFLICT', `${tip.number} 的谈话函询方案已被他人更新，请刷新后再试。`);
      }
      planId = existing.id;
    } else {
      planId = insertPlan(db, { tipId: tip.id, note: input.note, needsMainLeader: needs, draftedBy: actorId(call), now });
    }
    replacePlanItems(db, planId, input.items);
    setTipPlanState(db, tip.id, '草拟', now);
    audit(call, 'interview-plan', planId, planLabel(tip), {
      tip: tip.number,
      items: input.items.length,
      plan: input.items.map((it) => `${people.get(it.tipPersonId)?.name ?? ''}：${it.way}（${it.plannedDate}）`),
    });
    return planView(call, tip.id);
  },

  'interviews.submitPlan': (call, input) => {
    const tip = mustGetTip(call, input.tipId);
    mustBeInHandling(tip);
    mustDraft(call, tip);
    const plan = mustGetPlan(call, tip);
    checkPlanVersion(tip, plan, input.version);
    if (plan.status !== '草拟') throw new AppError('CONFLICT', `${tip.number} 的谈话函询方案${plan.status}，不能再提交。`);
    const now = nowIso(call);
    updatePlan(call.ctx.db, plan.id, plan.version, { status: '待审批', submitted_at: now }, now);
    setTipPlanState(call.ctx.db, tip.id, '待审批', now);
    noteOnLead(call, tip.id, '谈话函询方案', `提交谈话函询方案审批${plan.needsMainLeader ? '（须机关主要领导审批）' : ''}`);
    audit(call, 'interview-plan', plan.id, planLabel(tip), { tip: tip.number, plan: '提交审批' });
    return planView(call, tip.id);
  },

  'interviews.decidePlan': (call, input) => {
    const db = call.ctx.db;
    const tip = mustGetTip(call, input.tipId);
    mustBeInHandling(tip);
    const plan = mustGetPlan(call, tip);
    checkPlanVersion(tip, plan, input.version);
    const user = userOf(call);
    if (user) {
      const refusal = planApprovalRefusal({ role: user.role, mainLeader: user.mainLeader }, plan);
      if (refusal) throw new AppError('FORBIDDEN', `${refusal}。`);
    }
    if (plan.status !== '待审批') throw new AppError('CONFLICT', `${tip.number} 的谈话函询方案${plan.status}，不在待审批。`);
    const now = nowIso(call);
    const decided = { decided_by: actorId(call), decided_at: now, decision_note: input.note };
    if (!input.approved) {
      updatePlan(db, plan.id, plan.version, { ...decided, status: '草拟' }, now);
      setTipPlanState(db, tip.id, '草拟', now);
      noteOnLead(call, tip.id, '谈话函询方案', `谈话函询方案退回：${input.note}`);
      audit(call, 'interview-plan', plan.id, planLabel(tip), { tip: tip.number, approve: false, reason: input.note });
      return planView(call, tip.id);
    }
    updatePlan(db, plan.id, plan.version, { ...decided, status: '已批准' }, now);
    setTipPlanState(db, tip.id, '已批准', now);
    const made = createFromPlan(call, tip, plan);
    const numbers = made.map((r) => r.number);
    noteOnLead(call, tip.id, '谈话函询方案', `谈话函询方案审批同意${input.note ? `（${input.note}）` : ''}，生成：${numbers.join('、')}`);
    audit(call, 'interview-plan', plan.id, planLabel(tip), { tip: tip.number, approve: true, created: numbers });
    return planView(call, tip.id);
  },

  'interviews.concludeTip': (call, input): TipDetail => {
    const db = call.ctx.db;
    const tip = mustGetTip(call, input.tipId);
    const plan = planOfTip(db, tip.id);
    if (!inInterviewHandling(tip) || !plan || plan.status !== '已批准' || tipPlanState(db, tip.id) !== '已批准') {
      throw new AppError('CONFLICT', `${tip.number} 没有正在执行的谈话函询方案，请按信访件办结。`);
    }
    const made = planInterviews(call, plan);
    const allowed = tipResultsAllowed(made.map((r) => (r.status === '已办结' ? r.outcome : null)));
    if (!allowed.allowed.includes(input.result)) {
      const message = allowed.reason ?? `依谈话函询结果，办理结果应为${allowed.allowed.join('或')}。`;
      throw new AppError('VALIDATION', allowed.reason ? `${message}，暂不能办结。` : message, { result: message });
    }
    const events = tipPersonEvents(db, tip.id);
    const tipPersonIds = [...new Set(made.map((r) => r.tipPersonId).filter((id): id is number => id !== null))];
    const outcomes = tipPersonIds
      .filter((id) => !events.has(id))
      .map((tipPersonId) => ({ tipPersonId, outcome: '无' as const, grade: '', circumstance: '一般' as const, conductDate: '' }));
    const detail = concludeLead(call, tip, input.version, { result: input.result, concludedDate: input.concludedDate, conclusion: input.conclusion, outcomes });
    const names = new Map(made.map((r) => [r.tipPersonId, r.personName]));
    audit(call, 'tip', tip.id, tip.number, {
      number: tip.number,
      result: input.result,
      event: tipPersonIds.map((id) => `${names.get(id) ?? ''}：${events.get(id)?.outcome ?? '无'}`),
      created: made.map((r) => `${r.number}（${r.outcome ?? ''}）`),
    });
    return detail;
  },
};
