// Computing the index for all units: a quarter with a scheme version (the drafts, and the
// recomputation of a published quarter with the version it was published with), and the year from
// its quarters (each quarter's published figures where it is published). What was published is
// read back as frozen; a unit whose inputs hash differs from its published one has 数据已变化.
import type { Db } from '../../../../db/types.ts';
import type {
  SchemeRef, UnitQuarterScore, UnitYearScore, YearQuarter,
} from '../../../../shared/integrity/index.ts';
import { periodRange, scoreQuarter, scoreYear } from '../../../../shared/integrity/index.ts';
import { quarterInputs, indexUnits } from '../../../../db/repos/integrity/inputs.ts';
import { publicationInForce, type StoredPublication } from '../../../../db/repos/integrity/publications.ts';
import { publicationResults } from '../../../../db/repos/integrity/results.ts';
import { lastAuditHead, totalChanges } from '../../../../db/repos/core/index.ts';
import { today, type Call } from '../../kernel/context.ts';
import { schemeById, schemeInForce, type LoadedScheme } from '../common.ts';
import { periodHash, quarterHashes, yearHash } from './hashing.ts';

export interface ComputedQuarter {
  year: number;
  quarter: number;
  scheme: SchemeRef;
  scores: UnitQuarterScore[];
  byUnit: Map<number, UnitQuarterScore>;
  hashes: Map<number, string>;
  periodHash: string;
  /** Control points without a result over all units. */
  missingChecks: number;
}

// A small cache of computed periods per store. The key holds the id of the latest audit entry:
// every write of the services appends one in its transaction, so every change of the data (an
// input, a tip concluded, a unit set up) gives another key, also one made by another process (the
// command line) on the same file. The connection's total_changes() is in it too, for rows written
// on this connection without an entry (a test's or the bench's fixture). A restore replaces the
// connection, and with it the cache (keyed by the connection).
const CACHE_SIZE = 12;
const computedCache = new WeakMap<Db, Map<string, ComputedQuarter>>();

function dataKey(db: Db): string {
  return `${lastAuditHead(db)?.id ?? 0}:${totalChanges(db)}`;
}

/** Scores every unit of a quarter with a scheme version (cached while the data does not change). */
export function computeQuarter(db: Db, year: number, quarter: number, scheme: LoadedScheme): ComputedQuarter {
  const key = `${year}:${quarter}:${scheme.ref.id}:${dataKey(db)}`;
  let cache = computedCache.get(db);
  const hit = cache?.get(key);
  if (hit) return hit;
  const inputs = quarterInputs(db, year, quarter);
  const scores = scoreQuarter(scheme.content, inputs);
  const hashes = quarterHashes(inputs, scheme.ref.id, scheme.content);
  const computed: ComputedQuarter = {
    year,
    quarter,
    scheme: scheme.ref,
    scores,
    byUnit: new Map(scores.map((s) => [s.unitId, s])),
    hashes,
    periodHash: periodHash(hashes),
    missingChecks: scores.reduce((n, s) => n + s.missingChecks, 0),
  };
  if (!cache) {
    cache = new Map();
    computedCache.set(db, cache);
  }
  cache.set(key, computed);
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return computed;
}

/** A published result read back (frozen): the whole result with its lines, and its inputs hash. */
export interface PublishedQuarter {
  publication: StoredPublication;
  byUnit: Map<number, { score: UnitQuarterScore; hash: string }>;
}
export interface PublishedYear {
  publication: StoredPublication;
  byUnit: Map<number, { score: UnitYearScore; hash: string }>;
}

// A publication never changes (the triggers refuse it): its parsed results are kept by its id.
const publishedCache = new WeakMap<Db, Map<number, Map<number, { score: unknown; hash: string }>>>();

function publishedResults(db: Db, publicationId: number): Map<number, { score: unknown; hash: string }> {
  let cache = publishedCache.get(db);
  const hit = cache?.get(publicationId);
  if (hit) return hit;
  const map = new Map<number, { score: unknown; hash: string }>();
  for (const r of publicationResults(db, publicationId)) map.set(r.unitId, { score: JSON.parse(r.resultJson) as unknown, hash: r.inputsHash });
  if (!cache) {
    cache = new Map();
    publishedCache.set(db, cache);
  }
  cache.set(publicationId, map);
  return map;
}

export function publishedQuarter(db: Db, year: number, quarter: number): PublishedQuarter | null {
  const publication = publicationInForce(db, year, quarter);
  if (!publication) return null;
  return { publication, byUnit: publishedResults(db, publication.id) as PublishedQuarter['byUnit'] };
}

export function publishedYear(db: Db, year: number): PublishedYear | null {
  const publication = publicationInForce(db, year, 0);
  if (!publication) return null;
  return { publication, byUnit: publishedResults(db, publication.id) as PublishedYear['byUnit'] };
}

/** A quarter as the platform shows it: published (frozen) and its recomputation, or the draft. */
export interface QuarterState {
  year: number;
  quarter: number;
  /** The quarter has begun (a quarter after today is not scored yet). */
  begun: boolean;
  published: PublishedQuarter | null;
  /** With the publication's scheme when published, else the scheme in force; null without either. */
  computed: ComputedQuarter | null;
}

/** Whether a period has begun on the call's day (the year so far leaves out quarters to come). */
export function periodBegun(call: Call, year: number, quarter: number): boolean {
  return periodRange(year, quarter).from <= today(call);
}

export function quarterState(call: Call, year: number, quarter: number): QuarterState {
  const db = call.ctx.db;
  const published = publishedQuarter(db, year, quarter);
  const scheme = published ? schemeById(db, published.publication.schemeId) : schemeInForce(db, year);
  return { year, quarter, begun: periodBegun(call, year, quarter), published, computed: scheme ? computeQuarter(db, year, quarter, scheme) : null };
}

/** A unit's quarter as shown: the published figure, else the draft (null where not scored). */
export function shownQuarter(state: QuarterState, unitId: number): { score: UnitQuarterScore; published: boolean; changed: boolean } | null {
  if (state.published) {
    const p = state.published.byUnit.get(unitId);
    if (!p) return null;
    const now = state.computed?.hashes.get(unitId);
    return { score: p.score, published: true, changed: now !== p.hash };
  }
  if (!state.begun) return null;
  const draft = state.computed?.byUnit.get(unitId);
  return draft ? { score: draft, published: false, changed: false } : null;
}

/** The quarter figures of a year's mean: per quarter the shown score, or null. */
export function yearQuarters(states: readonly QuarterState[], unitId: number): Array<YearQuarter | null> {
  return states.map((s) => {
    const shown = shownQuarter(s, unitId);
    if (!shown) return null;
    const q = shown.score;
    return { quarter: s.quarter, score: q.score, colour: q.colour, veto: q.veto, parts: q.parts };
  });
}

export interface ComputedYear {
  year: number;
  scheme: SchemeRef;
  units: UnitYearScore[];
  byUnit: Map<number, UnitYearScore>;
  hashes: Map<number, string>;
  periodHash: string;
}

/** The year of every unit scored in one of its quarters so far, graded with the scheme given. */
export function computeYear(db: Db, year: number, scheme: LoadedScheme, states: readonly QuarterState[]): ComputedYear {
  const units: UnitYearScore[] = [];
  const hashes = new Map<number, string>();
  for (const unit of indexUnits(db)) {
    const quarters = yearQuarters(states, unit.id);
    if (quarters.every((q) => q === null)) continue;
    units.push(scoreYear(scheme.content, year, unit, quarters));
    hashes.set(unit.id, yearHash(scheme.ref.id, unit, quarters));
  }
  return { year, scheme: scheme.ref, units, byUnit: new Map(units.map((u) => [u.unitId, u])), hashes, periodHash: periodHash(hashes) };
}

/** The four quarters of a year as shown now. */
export function yearStates(call: Call, year: number): QuarterState[] {
  return [1, 2, 3, 4].map((q) => quarterState(call, year, q));
}

/** A year as the platform shows it: published (frozen) and its recomputation, or the draft so far. */
export interface YearState {
  year: number;
  quarters: QuarterState[];
  published: PublishedYear | null;
  computed: ComputedYear | null;
}

/**
 * The year: recomputed with the version it was published with when published, else the scheme in
 * force; a year with no scheme enabled (only publications of its quarters) is graded with the
 * version of its latest published quarter.
 */
export function yearState(call: Call, year: number): YearState {
  const db = call.ctx.db;
  const quarters = yearStates(call, year);
  const published = publishedYear(db, year);
  const latestQuarter = [...quarters].reverse().find((q) => q.published)?.published?.publication.schemeId;
  const scheme = published
    ? schemeById(db, published.publication.schemeId)
    : (schemeInForce(db, year) ?? (latestQuarter !== undefined ? schemeById(db, latestQuarter) : null));
  return { year, quarters, published, computed: scheme ? computeYear(db, year, scheme, quarters) : null };
}

/** A unit's year as shown: the published year, else the draft so far. */
export function shownYear(state: YearState, unitId: number): { score: UnitYearScore; published: boolean; changed: boolean } | null {
  if (state.published) {
    const p = state.published.byUnit.get(unitId);
    if (!p) return null;
    return { score: p.score, published: true, changed: state.computed?.hashes.get(unitId) !== p.hash };
  }
  const draft = state.computed?.byUnit.get(unitId);
  return draft ? { score: draft, published: false, changed: false } : null;
}

/** Colour or grade words in their order, for counts. */
export function countBy(order: readonly string[], values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of order) counts[k] = 0;
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
