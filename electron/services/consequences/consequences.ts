// What a publication calls for, written inside integrity.publish's transaction (publish.ts): for
// each unit's result the calls of rules.ts (a quarter: 预警告知书 for a 红 unit or a found problem;
// the year: a 预警建议书 for every unit, C a 廉政谈话 and 不得评先评优, A 可参与优秀班子评定). A call
// already carried by a consequence of an earlier publication of the same period that is not closed
// is not made again: republishing keeps what was issued, and the period's page marks what no
// longer matches (results.ts staleReasons). With each new consequence what it starts with: a
// 建议书's draft filled from the office's template, a C unit's responsible people on its list, a
// talk's due date (the talk itself is planned by hand: talks.ts).
import {
  CONSEQUENCE_KINDS, fillAdviceTemplate, quarterCalls, yearCalls, type CalledFor, type ConsequenceKind,
} from '../../../shared/consequences/index.ts';
import { adviceTitle, adviceValues, weakPoints, weakPointsText, type QuarterLines } from '../../../shared/consequences/adviceText.ts';
import { CONSEQUENCE_SOURCE } from '../../../shared/documents/index.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { periodLabel, type PublicationRow, type UnitYearScore } from '../../../shared/integrity/index.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import type { Settings } from '../../../shared/settings/index.ts';
import { carriedConsequences, carriedKey, closeConsequence, insertAwardEntries, insertConsequence, setConsequenceDocument } from '../../../db/repos/consequences/consequences.ts';
import { resultsOfPublication } from '../../../db/repos/consequences/rows.ts';
import { activePeopleOfUnits, getUnit } from '../../../db/repos/registry/index.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { actorId, actorName, isLocal } from '../kernel/caller.ts';
import { getSettings } from '../settings/index.ts';
import { createDocumentDraft } from '../documents/index.ts';
import type { AfterPublish } from '../integrity/index.ts';
import { isYearScore, parseScore, yearQuarterLines } from './results.ts';

interface Writing {
  call: Call;
  publication: PublicationRow;
  settings: Settings;
  /** The publication's day in the office's time zone (a talk is due so many days after it). */
  day: string;
  at: string;
  userId: number | null;
  byName: string;
}

/**
 * 预警建议书: its draft, through the documents domain, linked to the consequence. A unit 已撤销 since
 * (scored for the part of the year it existed) gets none: the consequence is closed at once, saying
 * why (the register refuses a 公文 to a unit that is gone). True when drafted.
 */
function draftAdvice(w: Writing, consequenceId: number, result: UnitYearScore, quarters: readonly QuarterLines[]): boolean {
  const unit = getUnit(w.call.ctx.db, result.unitId);
  if (!unit || unit.status !== '正常') {
    const reason = `发布时${result.unitName}已撤销，不再发预警建议书。`;
    if (!closeConsequence(w.call.ctx.db, consequenceId, { reason, userId: w.userId, byName: w.byName, at: w.at })) throw new Error(`consequence ${consequenceId} closed twice`);
    return false;
  }
  const template = w.settings[`adviceTemplate${result.grade}`];
  const body = fillAdviceTemplate(template, adviceValues(result, weakPointsText(weakPoints(quarters))));
  const fields = { title: adviceTitle(result.year), unitId: result.unitId, recipients: result.unitName, body, date: today(w.call), copyTo: '' };
  const label = `${result.unitName} ${periodLabel(result.year, 0)}${result.grade}级`;
  const doc = createDocumentDraft(w.call, { kind: 'advice', fields }, { type: CONSEQUENCE_SOURCE, id: consequenceId, label });
  if (!setConsequenceDocument(w.call.ctx.db, consequenceId, doc.id)) throw new Error(`consequence ${consequenceId} already has a document`);
  return true;
}

/** 不得评先评优: the unit's people in office whose 身份类别 the setting names, as registered now (at publication). */
function listResponsiblePeople(w: Writing, consequenceId: number, unitId: number): void {
  const categories = w.settings.noAwardCategories;
  const people = activePeopleOfUnits(w.call.ctx.db, [unitId])
    .filter((p) => categories.includes(p.category))
    .sort((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category));
  insertAwardEntries(
    w.call.ctx.db,
    people.map((p) => ({
      consequenceId, personId: p.id, personName: p.name, post: p.post, category: p.category, basis: `发布时登记的${p.category}`,
      userId: w.userId, byName: w.byName, at: w.at,
    })),
  );
}

function write(w: Writing, unitId: number, c: CalledFor): number {
  return insertConsequence(w.call.ctx.db, {
    publicationId: w.publication.id, unitId, kind: c.kind, basis: c.basis,
    dueDate: c.kind === '廉政谈话' ? addDays(w.day, w.settings.consequenceTalkDays) : null,
    userId: w.userId, byName: w.byName, at: w.at,
  });
}

export const consequencesOfPublication: AfterPublish = (call, publication) => {
  const db = call.ctx.db;
  const { year, quarter } = publication;
  // A year's 建议书 are drafts of the register, each with its 拟稿人: the command line has none.
  if (quarter === 0 && isLocal(call)) {
    throw new AppError('VALIDATION', `发布${periodLabel(year, 0)}时要为每个单位拟制预警建议书草稿，须由用户登录应用后发布；命令行只能发布季度。`);
  }
  const w: Writing = {
    call, publication, settings: getSettings(db), day: dateInZone(new Date(publication.publishedAt), call.timeZone),
    at: nowIso(call), userId: actorId(call), byName: actorName(call),
  };
  const carried = carriedConsequences(db, year, quarter, publication.id);
  // The year's 建议书 name the weak points of its quarters as published now.
  const quarters = quarter === 0 ? yearQuarterLines(db, year) : new Map<number, QuarterLines[]>();
  const made = new Map<ConsequenceKind, number>();
  let notDrafted = 0;
  for (const { unitId, result } of resultsOfPublication(db, publication.id)) {
    const score = parseScore(result);
    const calls = isYearScore(score) ? yearCalls(score) : quarterCalls(score);
    for (const c of calls) {
      if (carried.has(carriedKey(unitId, c.kind, isYearScore(score) ? score.grade : null))) continue;
      const id = write(w, unitId, c);
      if (c.kind === '预警建议书' && isYearScore(score) && !draftAdvice(w, id, score, quarters.get(unitId) ?? [])) notDrafted += 1;
      if (c.kind === '不得评先评优') listResponsiblePeople(w, id, unitId);
      made.set(c.kind, (made.get(c.kind) ?? 0) + 1);
    }
  }
  if (made.size === 0) return;
  const label = periodLabel(year, quarter);
  audit(call, 'index-consequence', null, label, {
    period: label,
    consequences: CONSEQUENCE_KINDS.filter((k) => made.has(k))
      .map((k) => `${k} ${made.get(k) ?? 0}${k === '预警建议书' && notDrafted > 0 ? `（其中${notDrafted}个单位已撤销，已关闭）` : ''}`)
      .join('、'),
  });
};
