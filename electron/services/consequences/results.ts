// The published results behind the consequences, read the one way every handler of the closed loop
// reads them: a unit's result in a publication, the year's quarters' lines (a 建议书's weak points),
// the lines behind a consequence (what the period page, a consequence's page and the trace show),
// and 与结果不符 — a consequence of an earlier publication of its period measured against the
// result in force with the rule that wrote it (rules.ts staleReason).
import {
  noticeLines, staleReason, type ConsequenceKind, type ConsequenceRow,
} from '../../../shared/consequences/index.ts';
import { weakPoints, type QuarterLines } from '../../../shared/consequences/adviceText.ts';
import type { Grade, ScoreLine, UnitQuarterScore, UnitYearScore } from '../../../shared/integrity/index.ts';
import { publicationInForce, publicationsInForce } from '../../../db/repos/integrity/index.ts';
import { resultOf, resultsInForce, resultsOfPublication, type ConsequenceRowStored } from '../../../db/repos/consequences/rows.ts';
import type { Db } from '../../../db/types.ts';
import { schemeById } from '../integrity/index.ts';

/** A stored result (index_results.result): a quarter's UnitQuarterScore or the year's UnitYearScore. */
export type StoredScore = UnitQuarterScore | UnitYearScore;

export function parseScore(json: string): StoredScore {
  return JSON.parse(json) as StoredScore;
}

export function isYearScore(score: StoredScore): score is UnitYearScore {
  return 'grade' in score;
}

/** A unit's result in a publication, or null when it was not in it. */
export function scoreIn(db: Db, publicationId: number, unitId: number): StoredScore | null {
  const json = resultOf(db, publicationId, unitId);
  return json === undefined ? null : parseScore(json);
}

/**
 * The year's quarters as published now (each quarter's publication in force), per unit: its lines
 * with the scheme version each quarter was published with. `unitId` reads one unit only.
 */
export function yearQuarterLines(db: Db, year: number, unitId?: number): Map<number, QuarterLines[]> {
  const byUnit = new Map<number, QuarterLines[]>();
  for (const p of publicationsInForce(db, year)) {
    if (p.quarter === 0) continue;
    const scheme = schemeById(db, p.schemeId).content;
    const results = unitId === undefined ? resultsOfPublication(db, p.id) : [{ unitId, result: resultOf(db, p.id, unitId) }];
    for (const r of results) {
      if (r.result === undefined) continue;
      const score = parseScore(r.result);
      if (isYearScore(score)) continue;
      const list = byUnit.get(r.unitId) ?? [];
      list.push({ quarter: p.quarter, lines: score.lines, scheme });
      byUnit.set(r.unitId, list);
    }
  }
  return byUnit;
}

/**
 * The lines of the result behind a consequence: a notice's fixable lines (what it may list), a
 * 建议书's weak points of the year (each line naming its quarter); a talk's or a list's none.
 */
export function consequenceLines(db: Db, c: { kind: ConsequenceKind; publicationId: number; unitId: number; year: number }): ScoreLine[] {
  if (c.kind === '预警告知书') {
    const score = scoreIn(db, c.publicationId, c.unitId);
    return score && !isYearScore(score) ? noticeLines(score) : [];
  }
  if (c.kind === '预警建议书') {
    return weakPoints(yearQuarterLines(db, c.year, c.unitId).get(c.unitId) ?? []).flatMap((p) => p.lines);
  }
  return [];
}

/**
 * 与结果不符 of consequences of a period's SUPERSEDED publications, not closed (by id; null where it
 * still matches): each measured against its unit's result in the publication in force.
 */
export function staleAgainstInForce(
  db: Db, year: number, quarter: number, items: ReadonlyArray<{ id: number; unitId: number; kind: ConsequenceKind; grade: Grade | null }>,
): Map<number, string | null> {
  const current = resultsInForce(db, year, quarter, items.map((r) => r.unitId));
  const out = new Map<number, string | null>();
  for (const r of items) {
    const json = current.get(r.unitId);
    out.set(r.id, staleReason(r.kind, json === undefined ? null : parseScore(json), r.grade));
  }
  return out;
}

type StaleInput = Pick<ConsequenceRowStored, 'id' | 'year' | 'quarter' | 'unitId' | 'kind' | 'grade' | 'publicationId' | 'closed'>;

/**
 * 与结果不符 of each consequence given (by id; null where it matches): one of its period's
 * publication in force always matches (it was written from that very result); a closed one is
 * finished and not marked; any other is measured against its unit's result in force.
 */
export function staleReasons(db: Db, rows: readonly StaleInput[]): Map<number, string | null> {
  const out = new Map<number, string | null>();
  const byPeriod = new Map<string, StaleInput[]>();
  for (const r of rows) {
    const key = `${r.year}:${r.quarter}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), r]);
  }
  for (const list of byPeriod.values()) {
    const first = list[0];
    if (!first) continue;
    const inForce = publicationInForce(db, first.year, first.quarter);
    const candidates = list.filter((r) => r.closed === null && r.publicationId !== inForce?.id);
    for (const r of list) out.set(r.id, null);
    for (const [id, reason] of staleAgainstInForce(db, first.year, first.quarter, candidates)) out.set(id, reason);
  }
  return out;
}

/** The rows with 与结果不符 added. */
export function withStale(db: Db, rows: readonly ConsequenceRowStored[]): ConsequenceRow[] {
  const stale = staleReasons(db, rows);
  return rows.map((r) => ({ ...r, stale: stale.get(r.id) ?? null }));
}
