// The display platform's answers: a quarter's or the year's full results (the command line and the
// publish dialog), the grid of all units × quarters (computed here for every unit, then filtered,
// sorted and paged: the window gets one page), a unit's page with drift and its trend, and the
// distribution by unit type.
import { AppError } from '../../../../shared/kernel/errors.ts';
import { matchKey } from '../../../../shared/kernel/text.ts';
import { UNIT_TYPES } from '../../../../shared/registry/index.ts';
import {
  COLOURS, GRADES, diffLines, type DistributionView, type GridRow, type IndexGrid, type QuarterResultView, type SchemeRef, type TrendPoint,
  type UnitIndexView, type UnitQuarterView, type UnitYearView, type YearResultView,
} from '../../../../shared/integrity/index.ts';
import type { OpParsed } from '../../../../shared/api.ts';
import { indexUnit, indexUnits } from '../../../../db/repos/integrity/inputs.ts';
import { getPublication, publicationsInForce } from '../../../../db/repos/integrity/publications.ts';
import { indexedYears, unitIdsByName } from '../../../../db/repos/integrity/results.ts';
import type { Call } from '../../kernel/context.ts';
import { requireSchemeInForce, schemeInForce } from '../common.ts';
import { countBy, quarterState, shownQuarter, shownYear, yearState, type QuarterState, type YearState } from './compute.ts';
import { publicationRow } from './publish.ts';

function publicationOf(call: Call, id: number | undefined) {
  if (id === undefined) return null;
  const p = getPublication(call.ctx.db, id);
  return p ? publicationRow(p) : null;
}

/** Without a scheme there is nothing to compute: the refusal says how to enable one. */
function noScheme(call: Call, year: number): never {
  requireSchemeInForce(call.ctx.db, year);
  throw new AppError('CONFLICT', `${year}年度尚无启用的评分方案。`);
}

export function quarterResults(call: Call, year: number, quarter: number): QuarterResultView {
  const state = quarterState(call, year, quarter);
  const computed = state.computed ?? noScheme(call, year);
  return {
    year,
    quarter,
    scheme: computed.scheme,
    units: computed.scores,
    missingChecks: computed.missingChecks,
    publication: publicationOf(call, state.published?.publication.id),
  };
}

export function yearResults(call: Call, year: number): YearResultView {
  const state = yearState(call, year);
  const computed = state.computed ?? noScheme(call, year);
  return {
    year,
    scheme: computed.scheme,
    units: computed.units,
    publishedQuarters: state.quarters.filter((q) => q.published).map((q) => q.quarter),
    publication: publicationOf(call, state.published?.publication.id),
  };
}

/** Every unit's row of the year (units scored in none of its quarters so far are left out), in the registry's order. */
export function yearRows(call: Call, state: YearState): GridRow[] {
  const units = new Map(indexUnits(call.ctx.db).map((u) => [u.id, u]));
  const rows: GridRow[] = [];
  for (const id of unitIdsByName(call.ctx.db)) {
    const unit = units.get(id);
    if (!unit) continue;
    const quarters = state.quarters.map((q) => {
      const shown = shownQuarter(q, id);
      return shown ? { score: shown.score.score, colour: shown.score.colour, veto: shown.score.veto, published: shown.published, changed: shown.changed } : null;
    });
    const year = shownYear(state, id);
    if (!year && quarters.every((q) => q === null)) continue;
    rows.push({
      unitId: id,
      unitName: unit.name,
      unitType: unit.type,
      parentName: unit.parentName,
      quarters,
      year: year ? { score: year.score.score, grade: year.score.grade, veto: year.score.veto, published: year.published, changed: year.changed } : null,
      parts: year ? year.score.parts : null,
    });
  }
  return rows;
}

const SORT_QUARTER = { q1: 0, q2: 1, q3: 2, q4: 3 } as const;

export function grid(call: Call, input: OpParsed<'integrity.grid'>): IndexGrid {
  const db = call.ctx.db;
  const state = yearState(call, input.year);
  const parents = new Map(indexUnits(db).map((u) => [u.id, u.parentId]));
  const q = input.q ? matchKey(input.q) : '';
  let rows = yearRows(call, state).filter(
    (r) =>
      (input.unitType === undefined || r.unitType === input.unitType) &&
      (input.parentId === undefined || r.unitId === input.parentId || parents.get(r.unitId) === input.parentId) &&
      (q === '' || matchKey(r.unitName).includes(q)) &&
      (input.colour === undefined || r.quarters.some((c) => c?.colour === input.colour)) &&
      (input.grade === undefined || r.year?.grade === input.grade),
  );
  if (input.sortField !== 'name') {
    const field = input.sortField;
    const scoreOf = (r: GridRow) => (field === 'year' ? r.year?.score : r.quarters[SORT_QUARTER[field]]?.score) ?? null;
    const dir = input.sortDir === 'desc' ? -1 : 1;
    // Stable: equal scores keep the registry's order; units without a score go last either way.
    rows = [...rows].sort((a, b) => {
      const x = scoreOf(a);
      const y = scoreOf(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (x - y) * dir;
    });
  } else if (input.sortDir === 'desc') rows = [...rows].reverse();
  const from = input.page * input.pageSize;
  return {
    rows: rows.slice(from, from + input.pageSize),
    total: rows.length,
    scheme: schemeInForce(db, input.year)?.ref ?? null,
    published: publicationsInForce(db, input.year).map((p) => ({ quarter: p.quarter, publicationId: p.id, publishedAt: p.publishedAt })),
  };
}

function publishedRef(p: { id: number; publishedAt: string; schemeId: number; schemeYear: number; schemeVersion: number }) {
  const scheme: SchemeRef = { id: p.schemeId, year: p.schemeYear, version: p.schemeVersion };
  return { publicationId: p.id, publishedAt: p.publishedAt, scheme };
}

function unitQuarter(state: QuarterState, unitId: number): UnitQuarterView | null {
  const shown = shownQuarter(state, unitId);
  if (!shown) return null;
  const publication = state.published?.publication;
  const recomputed = shown.changed ? (state.computed?.byUnit.get(unitId) ?? null) : null;
  return {
    quarter: state.quarter,
    shown: shown.score,
    published: publication ? publishedRef(publication) : null,
    recomputed,
    diff: recomputed ? diffLines(shown.score.lines, recomputed.lines) : [],
  };
}

function unitYear(state: YearState, unitId: number): UnitYearView | null {
  const shown = shownYear(state, unitId);
  if (!shown) return null;
  const publication = state.published?.publication;
  return {
    shown: shown.score,
    published: publication ? publishedRef(publication) : null,
    recomputed: shown.changed ? (state.computed?.byUnit.get(unitId) ?? null) : null,
  };
}

function trendOf(call: Call, unitId: number, current: YearState): TrendPoint[] {
  const points: TrendPoint[] = [];
  const years = new Set(indexedYears(call.ctx.db));
  years.add(current.year);
  for (const year of [...years].sort((a, b) => a - b)) {
    const state = year === current.year ? current : yearState(call, year);
    for (const q of state.quarters) {
      const shown = shownQuarter(q, unitId);
      if (shown) points.push({ year, quarter: q.quarter, score: shown.score.score, colour: shown.score.colour, grade: null, published: shown.published });
    }
    const y = shownYear(state, unitId);
    if (y) points.push({ year, quarter: 0, score: y.score.score, colour: null, grade: y.score.grade, published: y.published });
  }
  return points;
}

export function unitIndex(call: Call, input: OpParsed<'integrity.unit'>): UnitIndexView {
  const unit = indexUnit(call.ctx.db, input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '未找到该单位。');
  const state = yearState(call, input.year);
  return {
    unit: { id: unit.id, name: unit.name, type: unit.type, parentName: unit.parentName, establishedDate: unit.establishedDate, revokedDate: unit.revokedDate },
    year: input.year,
    scheme: schemeInForce(call.ctx.db, input.year)?.ref ?? null,
    quarters: state.quarters.map((q) => unitQuarter(q, unit.id)),
    yearResult: unitYear(state, unit.id),
    trend: trendOf(call, unit.id, state),
  };
}

export function distribution(call: Call, input: OpParsed<'integrity.distribution'>): DistributionView {
  const state = yearState(call, input.year);
  const byType = new Map<string, string[]>();
  for (const row of yearRows(call, state)) {
    const key = input.quarter === 0 ? row.year?.grade : row.quarters[input.quarter - 1]?.colour;
    if (key === undefined) continue;
    const list = byType.get(row.unitType) ?? [];
    list.push(key);
    byType.set(row.unitType, list);
  }
  const order: readonly string[] = input.quarter === 0 ? GRADES : COLOURS;
  return {
    year: input.year,
    quarter: input.quarter,
    rows: UNIT_TYPES.filter((t) => byType.has(t)).map((unitType) => {
      const values = byType.get(unitType) ?? [];
      return { unitType, counts: countBy(order, values), total: values.length };
    }),
  };
}
