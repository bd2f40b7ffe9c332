// Reading tips: the ledger, a tip's page (reporter masked), the deliberate reveal, and the
// query-code lookup that tells a reporter the stage and nothing else.
import { AppError } from '../../../shared/kernel/errors.ts';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '../../../shared/kernel/mask.ts';
import { publicStage } from '../../../shared/tips/flow.ts';
import type { ReporterInfo, ReturnedProposal, TipDetail, TipStep } from '../../../shared/tips/ledger.ts';
import type { QueryCodeResult } from '../../../shared/tips/steps.ts';
import { DISPOSALS, type Disposal } from '../../../shared/tips/enums.ts';
import { proposedHandlingDue } from '../../../shared/tips/handlingDue.ts';
import { listTips, getTipRow } from '../../../db/repos/tips/list.ts';
import {
  type TipRecord, feedbackOf, getReporter, statusByQueryCodeHash, tipAttachments, tipExtensions, tipOutcomes, tipPeople, tipSteps, tipUnits,
  tipPlanState,
} from '../../../db/repos/tips/tips.ts';
import { repeatGroup } from '../../../db/repos/tips/repeats.ts';
import { audit, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { signedInUser } from '../kernel/caller.ts';
import { failureDelayMs } from '../kernel/attempts.ts';
import { dueContext, mustGetTip, today, viewerOf, workCalendar } from './common.ts';
import { mayReadContent, mayRevealReporter } from './rights.ts';
import { queryCodeHash } from './register.ts';
import { getSettings } from '../settings/index.ts';

export { mayReadContent, mayRevealReporter };

function masked(r: ReporterInfo): ReporterInfo {
  return { name: maskName(r.name), phone: r.phone ? maskPhone(r.phone) : '', idNumber: r.idNumber ? maskIdNumber(r.idNumber) : '', address: r.address ? maskAddress(r.address) : '' };
}

/**
 * Working days in a year the administrator has not entered the State Council's table for are
 * counted as Monday to Friday: the tip page says so next to its deadline.
 */
function calendarNote(call: Call, dates: ReadonlyArray<string | null>): string | null {
  const known = workCalendar(call).years;
  const missing = [...new Set(dates.flatMap((d) => (d ? [Number(d.slice(0, 4))] : [])))].filter((y) => !known.has(y)).sort();
  if (missing.length === 0) return null;
  return `${missing.join('、')}年的节假日安排尚未录入（节假日设置），该年度的工作日时限暂按周一至周五计算。`;
}

/** A tip back at 待拟办 after 审批退回: the proposal returned (kept on the tip) and the leader's reason. */
function returnedProposal(tip: TipRecord, steps: readonly TipStep[], handlerName: string): ReturnedProposal | null {
  const last = steps[steps.length - 1];
  if (tip.status !== '待拟办' || tip.disposal === null || last?.step !== '审批退回') return null;
  return {
    disposal: tip.disposal,
    handlingDept: tip.handlingDept,
    handlerName,
    handlingDue: tip.handlingDueOriginal,
    proposalNote: tip.proposalNote,
    reason: last.note,
    returnedBy: last.actorName,
    returnedAt: last.at,
  };
}

/** For each way of disposal, the 承办时限 proposed from today (the proposer may change it). */
function proposedDues(call: Call): Record<Disposal, string> {
  const settings = getSettings(call.ctx.db);
  const calendar = workCalendar(call);
  const day = today(call);
  return Object.fromEntries(DISPOSALS.map((d) => [d, proposedHandlingDue(d, day, settings, calendar)])) as Record<Disposal, string>;
}

export function tipDetail(call: Call, id: number): TipDetail {
  const db = call.ctx.db;
  const tip = mustGetTip(call, id);
  const row = getTipRow(db, id, dueContext(call));
  const reporter = getReporter(db, id);
  if (!row || !reporter) throw new AppError('NOT_FOUND', '未找到该信访件。');
  const group = repeatGroup(db, tip.repeatOf ?? tip.id);
  const readsContent = mayReadContent(call);
  const steps = tipSteps(db, id);
  const attachments = tipAttachments(db, id);
  const shown = readsContent ? attachments : attachments.filter((a) => a.reporterFree);
  return {
    ...row,
    content: readsContent ? tip.content : '',
    contentHidden: !readsContent,
    hiddenAttachments: attachments.length - shown.length,
    reporter: masked(reporter),
    reporterMaskedOnly: true,
    canRevealReporter: tip.mode === '实名' && mayRevealReporter(call),
    people: tipPeople(db, id),
    units: tipUnits(db, id),
    proposalNote: tip.proposalNote,
    returned: returnedProposal(tip, steps, row.handlerName),
    proposedDue: tip.status === '待拟办' ? proposedDues(call) : null,
    handlingDueOriginal: tip.handlingDueOriginal,
    calendarNote: calendarNote(call, [today(call), row.dueDate]),
    conclusion: tip.conclusion,
    concludedDate: tip.concludedDate,
    planState: tipPlanState(db, id),
    feedback: feedbackOf(tip),
    hasQueryCode: tip.hasQueryCode === 1,
    steps,
    attachments: shown,
    extensions: tipExtensions(db, id),
    outcomes: tipOutcomes(db, id),
    repeats: group.length > 1 ? group : [],
    createdAt: tip.createdAt,
    createdBy: tip.createdBy,
  };
}

type ViewOps = 'tips.list' | 'tips.get' | 'tips.revealReporter' | 'tips.lookupCode';

/** Query-code lookups a person may make in a minute. */
export const LOOKUPS_PER_MINUTE = 10;

interface LookupTurn {
  key: string;
  /** Ends this lookup's turn for the person. */
  done: () => void;
}

export const tipViewHandlers: HandlerGroup<ViewOps> = {
  'tips.list': (call, input) => listTips(call.ctx.db, input, dueContext(call), viewerOf(call)),
  'tips.get': (call, input) => tipDetail(call, input.id),

  'tips.revealReporter': (call, input) => {
      if (!mayRevealReporter(call)) throw new AppError('FORBIDDEN', '您的角色无权查看举报人信息。');
      const tip = mustGetTip(call, input.id);
      if (tip.mode !== '实名') throw new AppError('CONFLICT', `${tip.number} 为匿名反映，没有反映人信息。`);
      const reporter = getReporter(call.ctx.db, tip.id);
      if (!reporter) throw new AppError('NOT_FOUND', '未找到该信访件。');
      // The reveal is recorded; what was shown is not.
      audit(call, 'tip-reporter', tip.id, tip.number, { number: tip.number, revealed: true });
      return reporter;
    },

  // A query code is 8 characters: guessing must be slow. Each person's lookups are taken one at
  // a time, at most LOOKUPS_PER_MINUTE a minute; each failed one in the last minute pauses the
  // next a little longer; every lookup, found or not, and every refusal is audited (never the code).
  'tips.lookupCode': steps<'tips.lookupCode', LookupTurn, QueryCodeResult>({
    prepare: async (call) => {
      const key = String(signedInUser(call).id);
      const done = await call.ctx.codeLookups.turns.acquire(key);
      try {
        const recent = call.ctx.codeLookups.recent(key, call.now);
        if (recent.length >= LOOKUPS_PER_MINUTE) {
          const wait = Math.max(1, Math.ceil((call.ctx.codeLookups.freeAt(key, call.now) - call.now.getTime()) / 1000));
          throw new AppError('RATE_LIMITED', `查询码查询过于频繁：每人每分钟最多查询 ${LOOKUPS_PER_MINUTE} 次，请 ${wait} 秒后再试。`);
        }
        const failures = recent.filter((a) => a.failed).length;
        if (failures > 0) await call.ctx.sleep(failureDelayMs(failures));
        return { key, done };
      } catch (error) {
        done();
        throw error;
      }
    },
    run: (call, input, turn) => {
      const status = statusByQueryCodeHash(call.ctx.db, queryCodeHash(call.ctx.keys.codes, input.code));
      // Not found: refused below, and audited there in a transaction of its own.
      if (!status) throw new AppError('NOT_FOUND', '未找到该查询码，请核对后重新输入。');
      call.ctx.codeLookups.add(turn.key, call.now, false);
      audit(call, 'tip-query-code', null, null, { found: true });
      return { status: publicStage(status) };
    },
    refused: (call, _input, error, turn) => {
      if (error.code === 'NOT_FOUND' && turn) {
        call.ctx.codeLookups.add(turn.key, call.now, true);
        audit(call, 'tip-query-code', null, null, { found: false });
      }
      if (error.code === 'RATE_LIMITED') audit(call, 'tip-query-code', null, null, { found: null, limited: true });
    },
    release: (turn) => turn.done(),
  }),
};
