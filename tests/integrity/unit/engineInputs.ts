// Small builders of the engine's inputs for the unit tests: a registry of villages, and facts with
// sensible defaults that a test overrides where it matters.
import type {
  BonusFact, ChecklistFact, CostFact, EventFact, FindingFact, OverdueFact, QuarterInputs, SurveyFact, TipFact, UnitFact,
} from '../../../shared/integrity/index.ts';

export const YEAR = 2026;

export const unit = (id: number, over: Partial<UnitFact> = {}): UnitFact => ({
  id, name: `村${id}`, type: '行政村', parentId: 1, parentName: '城关镇', establishedDate: '2020-01-01', revokedDate: null, ...over,
});

export const inputs = (over: Partial<QuarterInputs> = {}): QuarterInputs => ({
  year: YEAR, quarter: 2, units: [unit(11)], checklist: [], surveys: [], costs: [], findings: [], bonuses: [], events: [], tips: [], overdue: [], ...over,
});

let next = 1000;
const id = () => (next += 1);

/** Every point of a village's checklist 落实 (quarter 2). */
export const fullChecklist = (unitId: number, quarter = 2): ChecklistFact[] =>
  ['collective', 'dual-sign', 'tendering', 'village-affairs', 'vehicles'].map((itemKey) => ({ id: id(), unitId, quarter, itemKey, result: '落实' }));

/** Every survey at 100% (quarter 2). */
export const fullSurveys = (unitId: number, quarter = 2): SurveyFact[] =>
  ['public', 'business', 'clients', 'cadres'].map((surveyKey) => ({ id: id(), unitId, quarter, surveyKey, rate: 10000 }));

export const check = (over: Partial<ChecklistFact>): ChecklistFact => ({ id: id(), unitId: 11, quarter: 2, itemKey: 'collective', result: '落实', ...over });
export const survey = (over: Partial<SurveyFact>): SurveyFact => ({ id: id(), unitId: 11, quarter: 2, surveyKey: 'public', rate: 10000, ...over });
export const cost = (over: Partial<CostFact>): CostFact => ({ id: id(), unitId: 11, quarter: 2, costPerCapita: 100000, savingRate: 0, ...over });
export const finding = (over: Partial<FindingFact>): FindingFact => ({ id: id(), unitId: 11, channelKey: 'audit', date: '2026-05-12', summary: '问题', ...over });
export const bonus = (over: Partial<BonusFact>): BonusFact => ({ id: id(), unitId: 11, kindKey: 'innovation', date: '2026-05-20', summary: '做法', ...over });
export const overdue = (over: Partial<OverdueFact>): OverdueFact => ({ id: id(), number: 'ZG-2026-0001', unitId: 11, problem: '问题', deadline: '2026-05-31', ...over });

export const event = (over: Partial<EventFact>): EventFact => {
  const n = id();
  return {
    id: n, unitId: 11, personName: '张三', category: '一般干部', outcome: '党纪处分', grade: '警告', circumstance: '一般', conductDate: '2026-03-01',
    decidedDate: '2026-05-15', sourceKind: '外部决定', sourceId: n, sourceLabel: `县纪决〔2026〕${n}号`, ...over,
  };
};

export const tip = (over: Partial<TipFact>): TipFact => {
  const n = over.id ?? id();
  return { id: n, number: `XF-2026-${n}`, result: '查实', concludedDate: '2026-05-08', unitIds: [11], people: [], groupFirstId: n, ...over };
};

/** A unit's quarter with full inputs: 100 points before what the test adds (control 40, participation 40, performance 20). */
export const fullInputs = (over: Partial<QuarterInputs> = {}): QuarterInputs =>
  inputs({ checklist: fullChecklist(11), surveys: fullSurveys(11), costs: [cost({})], ...over });
