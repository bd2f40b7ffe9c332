// A quarter's colour and a year's grade from the scheme's thresholds (exact hundredths), and the
// main-leader rule: a substantiated tip or a discipline event about the unit's 主要负责人 in the
// quarter makes a 绿 at least 橙.
import type { Hundredths } from '../decimal.ts';
import type { Colour, Grade } from '../enums.ts';
import type { RecordRef } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import type { UnitFacts } from './facts.ts';
import { hu } from './numbers.ts';

export function colourFor(scheme: SchemeContent, score: Hundredths): Colour {
  if (score >= hu(scheme.thresholds.green)) return '绿';
  if (score >= hu(scheme.thresholds.orange)) return '橙';
  return '红';
}

export function gradeFor(scheme: SchemeContent, score: Hundredths): Grade {
  if (score >= hu(scheme.thresholds.gradeA)) return 'A';
  if (score >= hu(scheme.thresholds.gradeB)) return 'B';
  return 'C';
}

export const LEADER_NOTE = '主要负责人本季度有查实信访件或处理记录，至少为橙色';

/** The quarter's colour with the main-leader rule applied, and why it differs from the score's. */
export function quarterColour(scheme: SchemeContent, score: Hundredths, facts: UnitFacts): { colour: Colour; colourNote: string; colourRecords: RecordRef[] } {
  const colour = colourFor(scheme, score);
  if (colour !== '绿' || !scheme.mainLeaderRule) return { colour, colourNote: '', colourRecords: [] };
  const records: RecordRef[] = [];
  for (const tip of facts.leaderTips) records.push({ kind: '信访件', id: tip.id, label: tip.number });
  for (const e of facts.events) {
    if (e.category === '主要负责人') records.push({ kind: e.sourceKind, id: e.sourceId, label: e.sourceLabel });
  }
  if (records.length === 0) return { colour, colourNote: '', colourRecords: [] };
  return { colour: '橙', colourNote: LEADER_NOTE, colourRecords: records };
}
