// What every integrity service needs: the scheme in force for a year (its latest enabled version,
// parsed by its own schema) or a clear refusal, and a scheme version by id for a publication.
import { AppError } from '../../../shared/kernel/errors.ts';
import { schemeContentSchema, type SchemeContent, type SchemeRef } from '../../../shared/integrity/index.ts';
import { getScheme, latestEnabledScheme, type StoredScheme } from '../../../db/repos/integrity/schemes.ts';
import type { Db } from '../../../db/types.ts';

export interface LoadedScheme {
  ref: SchemeRef;
  content: SchemeContent;
}

// A version's parsed content, kept per store while its text is the same (an enabled version never
// changes; a draft's text is compared): the demo and the index read the scheme on every call.
const parsedSchemes = new WeakMap<Db, Map<number, { json: string; loaded: LoadedScheme }>>();

/** Shared between calls, so never changed: a write to it throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parse(db: Db, stored: StoredScheme): LoadedScheme {
  let cache = parsedSchemes.get(db);
  const hit = cache?.get(stored.id);
  if (hit && hit.json === stored.contentJson && hit.loaded.ref.version === stored.version) return hit.loaded;
  const content = deepFreeze(schemeContentSchema.parse(JSON.parse(stored.contentJson)));
  const loaded = { ref: { id: stored.id, year: stored.year, version: stored.version }, content };
  if (!cache) {
    cache = new Map();
    parsedSchemes.set(db, cache);
  }
  cache.set(stored.id, { json: stored.contentJson, loaded });
  return loaded;
}

/** The year's latest enabled scheme, or null when none is enabled. */
export function schemeInForce(db: Db, year: number): LoadedScheme | null {
  const stored = latestEnabledScheme(db, year);
  return stored ? parse(db, stored) : null;
}

/** The year's scheme in force, or a refusal that says what to do. */
export function requireSchemeInForce(db: Db, year: number): LoadedScheme {
  const scheme = schemeInForce(db, year);
  if (!scheme) throw new AppError('CONFLICT', `${year}年度尚无启用的评分方案：请在“评分方案”中新建（可从默认方案或上年方案复制）并启用。`);
  return scheme;
}

/** A version by id (a publication keeps the one it was made with). */
export function schemeById(db: Db, id: number): LoadedScheme {
  const stored = getScheme(db, id);
  if (!stored) throw new AppError('NOT_FOUND', '未找到该评分方案。');
  return parse(db, stored);
}
