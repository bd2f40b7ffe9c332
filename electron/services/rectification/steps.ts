// An item's steps: 整改进展, 申请验收, 验收 (passed, or 退回整改 with reasons), 销号 with the evidence's
// hashes, and 延期 (asked with a reason, decided by a leader; both deadlines kept). Each: the rule
// (shared/rectification/flow.ts), the version, one history entry, one audit entry.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { RectEventKind, RectStatus } from '../../../shared/rectification/index.ts';
import { decideExtension, insertEvent, insertExtension, itemEvents, itemFiles, patchItem, pendingExtension, type ItemRecord, type StatePatch } from '../../../db/repos/rectification/items.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName, signedInUser } from '../kernel/caller.ts';
import { checkVersion, itemDetail, mustGetItem, requireStep } from './common.ts';

/** A step's date: not after today, not before the item was registered (nor before `after`, e.g. the check before a 销号). */
function checkDate(call: Call, item: ItemRecord, date: string, label: string, after?: { date: string; what: string }): void {
  const day = today(call);
  if (date > day) throw new AppError('VALIDATION', `${label}（${date}）不能晚于今天（${day}）。`, { date: '不能晚于今天' });
  const registered = itemEvents(call.ctx.db, item.id)[0]?.date ?? '';
  if (date < registered) throw new AppError('VALIDATION', `${label}（${date}）不能早于登记日期（${registered}）。`, { date: '不能早于登记日期' });
  if (after && date < after.date) throw new AppError('VALIDATION', `${label}（${date}）不能早于${after.what}（${after.date}）。`, { date: `不能早于${after.what}` });
}

interface Change {
  kind: RectEventKind;
  date: string;
  text: string;
  percent?: number;
  patch: StatePatch;
  data?: { evidenceHashes?: string[]; deadlineFrom?: string; deadlineTo?: string };
  summary: Record<string, unknown>;
}

/** Writes the step: the item's new state (at its version), the history entry, the audit entry. */
function apply(call: Call, item: ItemRecord, version: number, c: Change): void {
  const at = nowIso(call);
  const to: RectStatus | undefined = c.patch.status;
  if (!patchItem(call.ctx.db, item.id, version, c.patch, at)) throw new AppError('CONFLICT', `${item.number} 已被他人更新，请刷新后再试。`);
  insertEvent(call.ctx.db, {
    itemId: item.id, kind: c.kind, date: c.date, text: c.text, percent: c.percent ?? null,
    fromStatus: to !== undefined && to !== item.status ? item.status : null, toStatus: to !== undefined && to !== item.status ? to : null,
    data: c.data, userId: actorId(call), byName: actorName(call), at,
  });
  audit(call, 'rect-item', item.id, item.number, { number: item.number, ...c.summary, ...(to !== undefined && to !== item.status ? { status: to } : {}) });
}

/** The latest 申请验收 entry's date (a check and a 销号 come after it). */
function lastEventDate(call: Call, item: ItemRecord, kind: RectEventKind): string | null {
  const events = itemEvents(call.ctx.db, item.id).filter((e) => e.kind === kind);
  return events.at(-1)?.date ?? null;
}

type StepOps = 'rect.progress' | 'rect.requestAcceptance' | 'rect.verify' | 'rect.close' | 'rect.requestExtension' | 'rect.decideExtension';

export const stepHandlers: HandlerGroup<StepOps> = {
  'rect.progress': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'progress');
    checkVersion(item, input.version);
    checkDate(call, item, input.date, '进展日期');
    apply(call, item, input.version, {
      kind: '进展', date: input.date, text: input.text, percent: input.percent,
      patch: { status: '整改中', percent: input.percent, latestProgress: `${input.date} ${input.text}` },
      summary: { date: input.date, percent: input.percent },
    });
    return itemDetail(call, item.id);
  },

  'rect.requestAcceptance': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'requestAcceptance');
    checkVersion(item, input.version);
    checkDate(call, item, input.date, '申请日期');
    const user = signedInUser(call);
    apply(call, item, input.version, {
      kind: '申请验收', date: input.date, text: input.text,
      patch: { status: '待验收', verified: false, acceptanceBy: user.id },
      data: { evidenceHashes: itemFiles(call.ctx.db, item.id).map((f) => f.sha256) },
      summary: { date: input.date, evidence: itemFiles(call.ctx.db, item.id).length },
    });
    return itemDetail(call, item.id);
  },

  'rect.verify': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'verify');
    checkVersion(item, input.version);
    const applied = lastEventDate(call, item, '申请验收');
    checkDate(call, item, input.date, '验收日期', applied ? { date: applied, what: '申请验收日期' } : undefined);
    apply(call, item, input.version, input.passed
      ? { kind: '验收通过', date: input.date, text: input.opinion, patch: { verified: true }, summary: { date: input.date, passed: true, opinion: input.opinion } }
      : {
          kind: '退回整改', date: input.date, text: input.opinion, patch: { status: '整改中', verified: false, acceptanceBy: null },
          summary: { date: input.date, passed: false, reason: input.opinion },
        });
    return itemDetail(call, item.id);
  },

  'rect.close': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'close');
    checkVersion(item, input.version);
    const checked = lastEventDate(call, item, '验收通过');
    checkDate(call, item, input.date, '销号日期', checked ? { date: checked, what: '验收日期' } : undefined);
    const hashes = itemFiles(call.ctx.db, item.id).map((f) => f.sha256);
    apply(call, item, input.version, {
      kind: '销号', date: input.date, text: input.opinion, patch: { status: '已销号', closedOn: input.date },
      data: { evidenceHashes: hashes }, summary: { date: input.date, evidence: hashes.length, ...(input.opinion ? { opinion: input.opinion } : {}) },
    });
    return itemDetail(call, item.id);
  },

  'rect.requestExtension': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'requestExtension');
    checkVersion(item, input.version);
    if (input.newDeadline <= item.deadline) {
      throw new AppError('VALIDATION', `延期后的整改时限（${input.newDeadline}）应晚于现在的整改时限（${item.deadline}）。`, { newDeadline: '应晚于现在的时限' });
    }
    const user = signedInUser(call);
    insertExtension(call.ctx.db, {
      itemId: item.id, previousDeadline: item.deadline, requestedDeadline: input.newDeadline, reason: input.reason,
      userId: user.id, byName: actorName(call), at: nowIso(call),
    });
    apply(call, item, input.version, {
      kind: '申请延期', date: today(call), text: input.reason, patch: {},
      data: { deadlineFrom: item.deadline, deadlineTo: input.newDeadline },
      summary: { deadlineFrom: item.deadline, deadlineTo: input.newDeadline, reason: input.reason },
    });
    return itemDetail(call, item.id);
  },

  'rect.decideExtension': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'decideExtension');
    checkVersion(item, input.version);
    const pending = pendingExtension(call.ctx.db, item.id);
    if (!pending) throw new AppError('CONFLICT', `${item.number}：没有待审批的延期申请。`);
    const day = today(call);
    const user = signedInUser(call);
    decideExtension(call.ctx.db, pending.id, { approved: input.approve, opinion: input.opinion, userId: user.id, byName: actorName(call), on: day, at: nowIso(call) });
    apply(call, item, input.version, {
      kind: input.approve ? '批准延期' : '不批准延期', date: day, text: input.opinion,
      patch: input.approve ? { deadline: pending.requestedDeadline } : {},
      data: { deadlineFrom: pending.previousDeadline, deadlineTo: pending.requestedDeadline },
      summary: { approve: input.approve, deadlineFrom: pending.previousDeadline, deadlineTo: pending.requestedDeadline, ...(input.opinion ? { opinion: input.opinion } : {}) },
    });
    return itemDetail(call, item.id);
  },
};
