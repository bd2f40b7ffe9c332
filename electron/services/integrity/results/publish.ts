// 发布: a quarter after it has ended, or the year once its four quarters are published, frozen with
// the scheme version and every unit's result, lines and inputs hash. Republishing a period needs a
// reason; the earlier publication is kept, marked as superseded. The publications of a year.
import { AppError } from '../../../../shared/kernel/errors.ts';
import { COLOURS, GRADES, periodLabel, periodRange, schemeVersionLabel, type PublicationRow } from '../../../../shared/integrity/index.ts';
import type { OpParsed } from '../../../../shared/api.ts';
import { isBlank } from '../../../../shared/kernel/text.ts';
import { dateInZone } from '../../../../shared/kernel/dates.ts';
import { insertPublication, getPublication, publicationInForce, publicationsOfYear, type StoredPublication } from '../../../../db/repos/integrity/publications.ts';
import { insertResults, type NewResult } from '../../../../db/repos/integrity/results.ts';
import { audit, nowIso, today, type Call } from '../../kernel/context.ts';
import { actorId, actorName } from '../../kernel/caller.ts';
import { requireSchemeInForce, schemeById } from '../common.ts';
import { computeQuarter, computeYear, yearStates } from './compute.ts';
import { periodHash } from './hashing.ts';

/** 绿 180、橙 15、红 5 (every colour or grade, in order). */
export function countsText(counts: Record<string, number>, quarter: number): string {
  const order: readonly string[] = quarter === 0 ? GRADES : COLOURS;
  return order.map((k) => `${k} ${counts[k] ?? 0}`).join('、');
}

export function publicationRow(p: StoredPublication): PublicationRow {
  const parsed = p.countsJson ? (JSON.parse(p.countsJson) as Record<string, number> | null) : null;
  const order: readonly string[] = p.quarter === 0 ? GRADES : COLOURS;
  const counts: Record<string, number> = {};
  for (const k of order) counts[k] = parsed?.[k] ?? 0;
  return {
    id: p.id,
    year: p.year,
    quarter: p.quarter,
    scheme: { id: p.schemeId, year: p.schemeYear, version: p.schemeVersion },
    inputsHash: p.inputsHash,
    publishedAt: p.publishedAt,
    publishedByName: p.publishedByName,
    reason: p.reason,
    supersededAt: p.supersededAt,
    units: p.units,
    counts,
  };
}

export function publicationsOf(call: Call, year: number): PublicationRow[] {
  return publicationsOfYear(call.ctx.db, year).map(publicationRow);
}

interface Prepared {
  schemeId: number;
  hash: string;
  missingChecks: number;
  rows: NewResult[];
}

/** A quarter's results as published: the scheme in force, or the version of the publication it replaces. */
function quarterToPublish(call: Call, year: number, quarter: number, confirmMissing: boolean, earlier: StoredPublication | undefined): Prepared {
  const { to } = periodRange(year, quarter);
  if (today(call) <= to) {
    throw new AppError('VALIDATION', `${periodLabel(year, quarter)}尚未结束（${to}结束），结束后才能发布。`, { quarter: `${to}后才能发布` });
  }
  const db = call.ctx.db;
  // A republication publishes what the platform shows as the recomputation: the same version.
  const scheme = earlier ? schemeById(db, earlier.schemeId) : requireSchemeInForce(db, year);
  const computed = computeQuarter(db, year, quarter, scheme);
  if (computed.missingChecks > 0 && !confirmMissing) {
    const units = computed.scores.filter((s) => s.missingChecks > 0).length;
    throw new AppError(
      'VALIDATION',
      `${periodLabel(year, quarter)}有${units}个单位的${computed.missingChecks}个控制点未录入检查结果。确认后未录入项按0分计，请确认后再发布。`,
      { confirmMissing: `${units}个单位的${computed.missingChecks}个控制点未录入` },
    );
  }
  return {
    schemeId: scheme.ref.id,
    hash: computed.periodHash,
    missingChecks: computed.missingChecks,
    rows: computed.scores.map((s) => ({
      unitId: s.unitId, unitName: s.unitName, unitType: s.unitType, parentName: s.parentName, score: s.score, colour: s.colour, grade: null,
      veto: s.veto, resultJson: JSON.stringify(s), inputsHash: computed.hashes.get(s.unitId) ?? '',
    })),
  };
}

/** The year from its four published quarters, graded with the year's scheme in force now. */
function yearToPublish(call: Call, year: number): Prepared {
  const states = yearStates(call, year);
  const missing = states.filter((s) => !s.published).map((s) => `第${s.quarter}季度`);
  if (missing.length > 0) {
    throw new AppError('VALIDATION', `${year}年度须在四个季度都发布后才能发布，尚未发布：${missing.join('、')}。`, { quarter: `尚未发布：${missing.join('、')}` });
  }
  const scheme = requireSchemeInForce(call.ctx.db, year);
  const computed = computeYear(call.ctx.db, year, scheme, states);
  return {
    schemeId: scheme.ref.id,
    hash: periodHash(computed.hashes),
    missingChecks: 0,
    rows: computed.units.map((u) => ({
      unitId: u.unitId, unitName: u.unitName, unitType: u.unitType, parentName: u.parentName, score: u.score, colour: null, grade: u.grade,
      veto: u.veto, resultJson: JSON.stringify(u), inputsHash: computed.hashes.get(u.unitId) ?? '',
    })),
  };
}

/** The office's day of a stored instant. */
function dayOf(call: Call, iso: string): string {
  return dateInZone(new Date(iso), call.timeZone);
}

/**
 * What a publication brings with it, written in the publish's transaction (the consequences domain:
 * what the result calls for): the publication just written, and the one it replaces, if any.
 */
export type AfterPublish = (call: Call, publication: PublicationRow, replaced: PublicationRow | null) => void;

/**
 * 发布 a period; `after` runs inside the same transaction once the publication and its results are
 * written and audited: if it throws, nothing is published.
 */
export function publish(call: Call, input: OpParsed<'integrity.publish'>, after?: AfterPublish): PublicationRow {
  const db = call.ctx.db;
  const { year, quarter } = input;
  const label = periodLabel(year, quarter);
  const earlier = publicationInForce(db, year, quarter);
  if (earlier && isBlank(input.reason)) {
    throw new AppError('VALIDATION', `${label}已于${dayOf(call, earlier.publishedAt)}发布，重新发布须说明理由。`, { reason: '重新发布须说明理由' });
  }
  const prepared = quarter === 0 ? yearToPublish(call, year) : quarterToPublish(call, year, quarter, input.confirmMissing, earlier);
  const at = nowIso(call);
  const id = insertPublication(
    db,
    {
      year, quarter, schemeId: prepared.schemeId, inputsHash: prepared.hash, reason: earlier ? input.reason : '', missingChecks: prepared.missingChecks,
      userId: actorId(call), byName: actorName(call), at,
    },
    earlier?.id ?? null,
  );
  insertResults(db, id, prepared.rows);
  const stored = getPublication(db, id);
  if (!stored) throw new Error(`publication ${id} not read back`);
  const row = publicationRow(stored);
  audit(call, 'index-publication', id, label, {
    year,
    period: label,
    scheme: schemeVersionLabel(row.scheme),
    inputsHash: row.inputsHash,
    units: row.units,
    counts: countsText(row.counts, quarter),
    ...(earlier ? { reason: input.reason, replaces: `${schemeVersionLabel({ year: earlier.schemeYear, version: earlier.schemeVersion })}，${dayOf(call, earlier.publishedAt)}发布` } : {}),
    ...(prepared.missingChecks > 0 ? { confirmMissing: `${prepared.missingChecks}个控制点` } : {}),
  });
  after?.(call, row, earlier ? publicationRow(getPublication(db, earlier.id) ?? earlier) : null);
  return row;
}
