// One pass per kind of fact: the quarter's inputs grouped by unit id (only the facts of the
// period that counts for each measure), so that scoring a unit never scans the whole input again.
import { periodRange } from '../flow.ts';
import type { BonusFact, ChecklistFact, CostFact, EventFact, FindingFact, OverdueFact, QuarterInputs, SurveyFact, TipFact } from '../inputs.ts';
import type { SchemeContent } from '../scheme.ts';
import { within } from './numbers.ts';

export interface UnitFacts {
  /** Item key → the first result entered for the measure's period. */
  checklist: Map<string, ChecklistFact>;
  /** Survey key → the first rate entered for the measure's period. */
  surveys: Map<string, SurveyFact>;
  cost: CostFact | null;
  findings: FindingFact[];
  bonuses: BonusFact[];
  events: EventFact[];
  /** Substantiated tips counted for the unit in the tip channel (group-first, once each). */
  tips: TipFact[];
  /** Substantiated tips of the period naming the unit's main leader (each of a repeat group). */
  leaderTips: TipFact[];
  overdue: OverdueFact[];
}

function empty(): UnitFacts {
  return { checklist: new Map(), surveys: new Map(), cost: null, findings: [], bonuses: [], events: [], tips: [], leaderTips: [], overdue: [] };
}

/** The units a substantiated tip counts for: its 被反映单位 and the registry units of registry persons named. */
export function tipUnits(tip: TipFact): Set<number> {
  const ids = new Set<number>(tip.unitIds);
  for (const p of tip.people) if (p.personId !== null && p.unitId !== null) ids.add(p.unitId);
  return ids;
}

/** Groups the facts of the given units (ids) by unit; facts of other units are not kept. */
export function factsByUnit(scheme: SchemeContent, inputs: QuarterInputs, unitIds: ReadonlySet<number>): Map<number, UnitFacts> {
  const byUnit = new Map<number, UnitFacts>();
  for (const id of unitIds) byUnit.set(id, empty());
  const period = periodRange(inputs.year, inputs.quarter);
  const entryQuarter = (p: '季度' | '年度') => (p === '年度' ? 0 : inputs.quarter);

  const checkQuarter = entryQuarter(scheme.control.period);
  for (const f of inputs.checklist) {
    const u = byUnit.get(f.unitId);
    if (u && f.quarter === checkQuarter && !u.checklist.has(f.itemKey)) u.checklist.set(f.itemKey, f);
  }
  const surveyQuarter = entryQuarter(scheme.participation.surveyPeriod);
  for (const f of inputs.surveys) {
    const u = byUnit.get(f.unitId);
    if (u && f.quarter === surveyQuarter && !u.surveys.has(f.surveyKey)) u.surveys.set(f.surveyKey, f);
  }
  const costQuarter = entryQuarter(scheme.performance.period);
  for (const f of inputs.costs) {
    const u = byUnit.get(f.unitId);
    if (u && f.quarter === costQuarter && u.cost === null) u.cost = f;
  }
  for (const f of inputs.findings) {
    const u = byUnit.get(f.unitId);
    if (u && within(f.date, period)) u.findings.push(f);
  }
  for (const f of inputs.bonuses) {
    const u = byUnit.get(f.unitId);
    if (u && within(f.date, period)) u.bonuses.push(f);
  }
  for (const f of inputs.events) {
    const u = byUnit.get(f.unitId);
    if (u && within(f.decidedDate, period)) u.events.push(f);
  }
  for (const f of inputs.overdue) byUnit.get(f.unitId)?.overdue.push(f);
  for (const tip of inputs.tips) {
    if (!within(tip.concludedDate, period)) continue;
    if (tip.id === tip.groupFirstId) {
      for (const id of tipUnits(tip)) byUnit.get(id)?.tips.push(tip);
    }
    const leaderUnits = new Set<number>();
    for (const p of tip.people) if (p.category === '主要负责人' && p.unitId !== null) leaderUnits.add(p.unitId);
    for (const id of leaderUnits) byUnit.get(id)?.leaderTips.push(tip);
  }
  return byUnit;
}
