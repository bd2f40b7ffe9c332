// The period's page (预警闭环): every consequence of a published quarter or year — of the publication
// in force and of those it superseded — with where each stands, filtered, searched and paged in SQL
// (与结果不符 excepted: see below); a consequence in full; a unit's consequences of a year; closing
// one that is not carried out (with a reason; nothing it made is deleted) and recording a 建议书's
// delivery.
import { AppError } from '../../../shared/kernel/errors.ts';
import {
  CONSEQUENCE_KINDS, type ConsequenceDetail, type ConsequenceKind, type ConsequenceRow, type PeriodConsequences,
} from '../../../shared/consequences/index.ts';
import type { OpParsed } from '../../../shared/api.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import { awardEntriesOf, closeConsequence, recordConsequenceDelivery } from '../../../db/repos/consequences/consequences.ts';
import {
  consequenceRowsByIds, periodConsequencePage, periodCounts, staleCandidates, unitConsequenceIds,
} from '../../../db/repos/consequences/rows.ts';
import { publicationInForce } from '../../../db/repos/integrity/index.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import type { Db } from '../../../db/types.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { publicationRow } from '../integrity/index.ts';
import { consequenceLines, isYearScore, scoreIn, staleAgainstInForce, withStale } from './results.ts';

/** A consequence's row on today, or NOT_FOUND. */
export function mustGetRow(call: Call, id: number): ConsequenceRow {
  const [row] = withStale(call.ctx.db, consequenceRowsByIds(call.ctx.db, [id], today(call)));
  if (!row) throw new AppError('NOT_FOUND', '未找到该预警事项。');
  return row;
}

/** A consequence in full: its row, the lines behind it, the year's quarters' colours, a list's people. */
export function consequenceDetail(call: Call, id: number): ConsequenceDetail {
  const db = call.ctx.db;
  const row = mustGetRow(call, id);
  const score = scoreIn(db, row.publicationId, row.unitId);
  return {
    ...row,
    lines: consequenceLines(db, row),
    quarters: score && isYearScore(score) ? score.quarters.map((q) => q?.colour ?? null) : null,
    people: awardEntriesOf(db, id).map((e) => ({
      id: e.id, personId: e.personId, personName: e.personName, post: e.post, category: e.category, basis: e.basis,
      addedByName: e.addedByName, addedAt: e.addedAt,
      removed: e.removedAt === null ? null : { reason: e.removedReason ?? '', byName: e.removedByName ?? '', at: e.removedAt },
    })),
  };
}

/** How an audit entry names a consequence: 某村 2026年第3季度预警告知书. */
export function consequenceSubject(row: Pick<ConsequenceRow, 'unitName' | 'periodLabel' | 'kind'>): string {
  return `${row.unitName} ${row.periodLabel}${row.kind}`;
}

/**
 * 与结果不符 of a whole period (or of its kind and search), in the page's order. Only the consequences
 * not closed of the period's superseded publications can be stale (one of the publication in force was
 * written from its very result), so SQL selects those and each is measured against its unit's result
 * in force here, with the rule that wrote it — the filter then pages what is left. A period holds a
 * few consequences per unit, so the candidates are few.
 */
function staleIds(db: Db, input: { year: number; quarter: number; kind?: ConsequenceKind | undefined; q?: string | undefined; sortDir: 'asc' | 'desc' }, day: string): Array<{ id: number; kind: ConsequenceKind }> {
  const candidates = staleCandidates(db, input, day);
  const reasons = staleAgainstInForce(db, input.year, input.quarter, candidates);
  return candidates.filter((c) => reasons.get(c.id) !== null);
}

function periodPage(call: Call, input: OpParsed<'consequences.period'>): { ids: number[]; total: number } {
  const db = call.ctx.db;
  const day = today(call);
  const { filter, page, pageSize, sortDir, year, quarter, kind, q } = input;
  if (filter !== '与结果不符') return periodConsequencePage(db, { year, quarter, kind, q, filter, page, pageSize, sortDir }, day);
  const stale = staleIds(db, { year, quarter, kind, q, sortDir }, day);
  return { ids: stale.slice(page * pageSize, (page + 1) * pageSize).map((s) => s.id), total: stale.length };
}

function period(call: Call, input: OpParsed<'consequences.period'>): PeriodConsequences {
  const db = call.ctx.db;
  const day = today(call);
  const { year, quarter } = input;
  const inForce = publicationInForce(db, year, quarter);
  const counted = new Map(periodCounts(db, year, quarter, day).map((c) => [c.kind, c]));
  const stale = staleIds(db, { year, quarter, sortDir: 'asc' }, day);
  const counts = CONSEQUENCE_KINDS.filter((k) => counted.has(k)).map((kind) => {
    const c = counted.get(kind);
    return { kind, total: c?.total ?? 0, open: c?.open ?? 0, overdue: c?.overdue ?? 0, stale: stale.filter((s) => s.kind === kind).length };
  });
  const page = periodPage(call, input);
  return {
    year,
    quarter,
    publication: inForce ? publicationRow(inForce) : null,
    counts,
    rows: withStale(db, consequenceRowsByIds(db, page.ids, day)),
    total: page.total,
  };
}

/** The office's day of a stored instant. */
function dayOf(call: Call, iso: string): string {
  return dateInZone(new Date(iso), call.timeZone);
}

/** Why a consequence cannot be closed here (what it made ends elsewhere), or null. */
function closeRefusal(call: Call, row: ConsequenceRow): string | null {
  if (row.closed) return `该事项已于${dayOf(call, row.closed.at)}由${row.closed.byName}关闭。`;
  if (row.kind === '预警告知书' && row.document?.status === '已印发') {
    return `该预警告知书已印发（${row.document.number ?? ''}），其整改事项请在“整改台账”中办理至销号，不能在此关闭。`;
  }
  if (row.kind === '廉政谈话' && row.interview) {
    return `该廉政谈话已安排（${row.interview.number}），请在“谈话函询”中记录并办结，不能在此关闭。`;
  }
  // The lists are 已列入 until closed: closing one takes the unit off the list.
  const list = row.kind === '不得评先评优' || row.kind === '可参与优秀班子评定';
  if (!row.open && !list) return `该事项已${row.state}，无需关闭。`;
  return null;
}

type PeriodOps = 'consequences.period' | 'consequences.get' | 'consequences.ofUnit' | 'consequences.close' | 'consequences.recordDelivery';

export const periodHandlers: HandlerGroup<PeriodOps> = {
  'consequences.period': period,
  'consequences.get': (call, input) => consequenceDetail(call, input.id),
  'consequences.ofUnit': (call, input) => {
    const db = call.ctx.db;
    return withStale(db, consequenceRowsByIds(db, unitConsequenceIds(db, input.unitId, input.year), today(call)));
  },

  'consequences.close': (call, input) => {
    const row = mustGetRow(call, input.id);
    const refusal = closeRefusal(call, row);
    if (refusal) throw new AppError('CONFLICT', refusal);
    if (!closeConsequence(call.ctx.db, row.id, { reason: input.reason, userId: actorId(call), byName: actorName(call), at: nowIso(call) })) {
      throw new AppError('CONFLICT', '该事项已被他人关闭，请刷新后查看。');
    }
    audit(call, 'index-consequence', row.id, consequenceSubject(row), { period: row.periodLabel, unit: row.unitName, kind: row.kind, reason: input.reason });
    return consequenceDetail(call, row.id);
  },

  'consequences.recordDelivery': (call, input) => {
    const row = mustGetRow(call, input.id);
    if (row.kind !== '预警建议书') throw new AppError('CONFLICT', `送达只对预警建议书登记；该事项是${row.kind}。`);
    if (row.closed) throw new AppError('CONFLICT', `该事项已于${dayOf(call, row.closed.at)}关闭，不能再登记送达。`);
    const doc = row.document === null ? null : getDocument(call.ctx.db, row.document.id);
    if (!doc || doc.status !== '已印发') throw new AppError('CONFLICT', '该预警建议书尚未印发，印发后才能登记送达。');
    const day = today(call);
    if (input.date > day) throw new AppError('VALIDATION', `送达日期不能晚于今天（${day}）。`, { date: `不能晚于${day}` });
    if (doc.date !== null && input.date < doc.date) {
      throw new AppError('VALIDATION', `送达日期不能早于建议书的成文日期（${doc.date}）。`, { date: `不能早于${doc.date}` });
    }
    if (!recordConsequenceDelivery(call.ctx.db, row.id, input.date, input.note)) throw new AppError('CONFLICT', '该事项已被他人关闭，请刷新后查看。');
    audit(call, 'index-consequence', row.id, consequenceSubject(row), {
      period: row.periodLabel, unit: row.unitName, document: doc.number, date: input.date, ...(input.note ? { note: input.note } : {}),
    });
    return consequenceDetail(call, row.id);
  },
};
