// The inputs' hash of a unit's result: SHA-256 of a canonical JSON of everything its score depends
// on — its own facts, the scheme version, and the facts of the group its 同类 comparisons use —,
// so that a published result can tell whether its inputs have changed since (数据已变化).
import { createHash } from 'node:crypto';
import type { QuarterInputs, SchemeContent, UnitFact } from '../../../../shared/integrity/index.ts';
import { scoredIn } from '../../../../shared/integrity/index.ts';

/** JSON with every object's keys in order (arrays keep theirs), so equal facts give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Each unit's inputs hash for a quarter scored with the scheme `schemeId`: its own facts (the unit
 * as read — name, type, parent and dates are part of its result —, its checklist, surveys, costs,
 * findings, bonuses, events, the tips naming it, its overdue items) and its type's group facts:
 * every cost fact of the units of its type scored in the quarter (the 绩效 deviations compare with
 * their mean), and their survey facts when a missing survey counts as the group's mean.
 */
export function quarterHashes(inputs: QuarterInputs, schemeId: number, scheme: SchemeContent): Map<number, string> {
  // Each fact is one row of one query, its keys in the query's column order: JSON.stringify is
  // canonical for it, and much cheaper than sorting the keys of 100,000 events.
  const own = new Map<number, string[]>();
  const add = (unitId: number, kind: string, fact: unknown) => push<number, string>(own, unitId, `${kind}:${JSON.stringify(fact)}`);
  for (const f of inputs.checklist) add(f.unitId, 'check', f);
  for (const f of inputs.surveys) add(f.unitId, 'survey', f);
  for (const f of inputs.costs) add(f.unitId, 'cost', f);
  for (const f of inputs.findings) add(f.unitId, 'finding', f);
  for (const f of inputs.bonuses) add(f.unitId, 'bonus', f);
  for (const f of inputs.events) add(f.unitId, 'event', f);
  for (const f of inputs.overdue) add(f.unitId, 'overdue', f);
  for (const tip of inputs.tips) {
    const units = new Set<number>(tip.unitIds);
    for (const p of tip.people) if (p.unitId !== null) units.add(p.unitId);
    for (const unitId of units) add(unitId, 'tip', tip);
  }

  const scored = inputs.units.filter((u) => scoredIn(u, inputs.year, inputs.quarter));
  const typeOf = new Map<number, UnitFact['type']>(scored.map((u) => [u.id, u.type]));
  const groupFacts = new Map<string, string[]>();
  const addGroup = (type: string, kind: string, fact: unknown) => push<string, string>(groupFacts, type, `${kind}:${JSON.stringify(fact)}`);
  for (const f of inputs.costs) {
    const type = typeOf.get(f.unitId);
    if (type !== undefined) addGroup(type, 'cost', f);
  }
  if (scheme.missing.survey === '同类平均') {
    for (const f of inputs.surveys) {
      const type = typeOf.get(f.unitId);
      if (type !== undefined) addGroup(type, 'survey', f);
    }
  }
  const groupHash = new Map<string, string>();
  for (const [type, facts] of groupFacts) groupHash.set(type, sha256(facts.join('\n')));

  const hashes = new Map<number, string>();
  for (const unit of scored) {
    const head = canonicalJson({ scheme: schemeId, year: inputs.year, quarter: inputs.quarter, unit, group: groupHash.get(unit.type) ?? '' });
    const text = [head, ...(own.get(unit.id) ?? [])].join('\n');
    hashes.set(unit.id, sha256(text));
  }
  return hashes;
}

/** A period's hash over all its units' hashes (in unit order). */
export function periodHash(hashes: ReadonlyMap<number, string>): string {
  const lines = [...hashes.entries()].sort(([a], [b]) => a - b).map(([id, h]) => `${id}:${h}`);
  return sha256(lines.join('\n'));
}

/** A unit's year hash: the year's scheme and the quarter figures its mean is made of. */
export function yearHash(schemeId: number, unit: UnitFact, quarters: unknown): string {
  return sha256(canonicalJson({ scheme: schemeId, unit, quarters }));
}
