// What the engine scores a quarter from, read from the office's records in a few indexed queries
// (shared/integrity/inputs.ts says what each fact is): every unit with its dates and parent; the
// checklists, surveys and costs of the quarter (and the year's yearly entries, quarter 0); the
// findings and bonuses dated in the quarter and not 作废; the discipline events decided in it; the
// tips concluded 查实 or 部分查实 in it, with their units and people and the first substantiated
// tip of their repeat group; the rectification items overdue at the quarter's end.
import type { Db } from '../../types.ts';
import type {
  BonusFact, ChecklistFact, CostFact, EventFact, FindingFact, OverdueFact, QuarterInputs, SurveyFact, TipFact, UnitFact,
} from '../../../shared/integrity/index.ts';
import { periodRange } from '../../../shared/integrity/index.ts';
import { overdueItemsAt } from '../rectification/index.ts';

/**
 * Every unit. 设立日期 is the one recorded, else the day it entered the registry; 撤销日期 the one
 * recorded, else — for a unit 已撤销 through the registry, which keeps no date — the day of its last
 * change (as migration 0014 did for units revoked before it). Both days are read as UTC days of the
 * stored instants: at most a day early, never excluding a unit from the quarter it was set up in.
 */
export function indexUnits(db: Db): UnitFact[] {
  return db
    .prepare(
      `SELECT u.id, u.name, u.type, u.parent_id AS parentId, ifnull(p.name, '') AS parentName,
              coalesce(u.established_date, substr(u.created_at, 1, 10)) AS establishedDate,
              coalesce(u.revoked_date, CASE WHEN u.status = '已撤销' THEN substr(u.updated_at, 1, 10) END) AS revokedDate
       FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.id`,
    )
    .all() as UnitFact[];
}

/** One unit as the index reads it, or undefined. */
export function indexUnit(db: Db, id: number): UnitFact | undefined {
  return db
    .prepare(
      `SELECT u.id, u.name, u.type, u.parent_id AS parentId, ifnull(p.name, '') AS parentName,
              coalesce(u.established_date, substr(u.created_at, 1, 10)) AS establishedDate,
              coalesce(u.revoked_date, CASE WHEN u.status = '已撤销' THEN substr(u.updated_at, 1, 10) END) AS revokedDate
       FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.id = ?`,
    )
    .get(id) as UnitFact | undefined;
}

function checklist(db: Db, year: number, quarter: number): ChecklistFact[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, quarter, item_key AS itemKey, result FROM index_checks
       WHERE year = ? AND quarter IN (?, 0) ORDER BY unit_id, id`,
    )
    .all(year, quarter) as ChecklistFact[];
}

function surveys(db: Db, year: number, quarter: number): SurveyFact[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, quarter, survey_key AS surveyKey, rate FROM index_surveys
       WHERE year = ? AND quarter IN (?, 0) ORDER BY unit_id, id`,
    )
    .all(year, quarter) as SurveyFact[];
}

function costs(db: Db, year: number, quarter: number): CostFact[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, quarter, cost_per_capita AS costPerCapita, saving_rate AS savingRate FROM index_costs
       WHERE year = ? AND quarter IN (?, 0) ORDER BY unit_id, id`,
    )
    .all(year, quarter) as CostFact[];
}

function findings(db: Db, from: string, to: string): FindingFact[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, channel_key AS channelKey, found_date AS date, summary FROM index_findings INDEXED BY index_findings_date
       WHERE found_date BETWEEN ? AND ? AND withdrawn_reason IS NULL ORDER BY id`,
    )
    .all(from, to) as FindingFact[];
}

function bonuses(db: Db, from: string, to: string): BonusFact[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, kind_key AS kindKey, award_date AS date, summary FROM index_bonuses INDEXED BY index_bonuses_date
       WHERE award_date BETWEEN ? AND ? AND withdrawn_reason IS NULL ORDER BY id`,
    )
    .all(from, to) as BonusFact[];
}

/**
 * The discipline events decided in the period about a unit (无 is no event), each with its
 * source's number: the tip's, the talk's or letter's, or the decision's 文号.
 */
function events(db: Db, from: string, to: string): EventFact[] {
  return db
    .prepare(
      `SELECT e.id, e.unit_id AS unitId, e.person_name AS personName, e.category, e.outcome, e.grade, e.circumstance,
              e.conduct_date AS conductDate, e.decided_date AS decidedDate, e.source_kind AS sourceKind, e.source_id AS sourceId,
              coalesce(CASE e.source_kind WHEN '信访件' THEN t.number WHEN '外部决定' THEN d.document_number ELSE i.number END, '') AS sourceLabel
       FROM discipline_events e INDEXED BY discipline_events_decided
       LEFT JOIN tips t ON e.source_kind = '信访件' AND t.id = e.source_id
       LEFT JOIN interviews i ON e.source_kind IN ('谈话', '函询') AND i.id = e.source_id
       LEFT JOIN index_decisions d ON e.source_kind = '外部决定' AND d.event_id = e.id
       WHERE e.decided_date BETWEEN ? AND ? AND e.unit_id IS NOT NULL AND e.outcome <> '无'
       ORDER BY e.decided_date, e.id`,
    )
    .all(from, to) as EventFact[];
}

/**
 * The tips concluded 查实 or 部分查实 in the period. A repeat group is the first tip and every tip
 * whose repeat_of points at it (the tips services always link a repeat to its group's first tip,
 * never to another repeat: repeat_of chains do not nest); groupFirstId is the tip of the group
 * whose substantiated conclusion came first (by concluded_date, then id).
 */
function tips(db: Db, from: string, to: string): TipFact[] {
  const SUBSTANTIATED = "('查实', '部分查实')";
  const rows = db
    .prepare(
      `SELECT t.id, t.number, t.result, t.concluded_date AS concludedDate,
              (SELECT g.id FROM tips g
                WHERE (g.id = ifnull(t.repeat_of, t.id) OR g.repeat_of = ifnull(t.repeat_of, t.id))
                  AND g.result IN ${SUBSTANTIATED} AND g.concluded_date IS NOT NULL
                ORDER BY g.concluded_date, g.id LIMIT 1) AS groupFirstId
       FROM tips t WHERE t.result IN ${SUBSTANTIATED} AND t.concluded_date BETWEEN ? AND ? ORDER BY t.concluded_date, t.id`,
    )
    .all(from, to) as Array<Omit<TipFact, 'unitIds' | 'people'>>;
  if (rows.length === 0) return [];
  const byId = new Map<number, TipFact>(rows.map((r) => [r.id, { ...r, unitIds: [], people: [] }]));
  const unitOf = db.prepare('SELECT unit_id AS unitId FROM tip_units WHERE tip_id = ? ORDER BY unit_id');
  const peopleOf = db.prepare('SELECT person_id AS personId, unit_id AS unitId, name, category FROM tip_people WHERE tip_id = ? ORDER BY position, id');
  for (const tip of byId.values()) {
    tip.unitIds = (unitOf.all(tip.id) as Array<{ unitId: number }>).map((u) => u.unitId);
    tip.people = peopleOf.all(tip.id) as TipFact['people'];
  }
  return [...byId.values()];
}

/**
 * The rectification items overdue at the end of the period's last day: registered by then, not
 * 已销号 by its end, the deadline in force that day (the last extension approved on or before it,
 * else the original; measure-level deadlines do not count) before it — the rectification
 * domain's one query of that rule.
 */
function overdue(db: Db, to: string): OverdueFact[] {
  return overdueItemsAt(db, to);
}

/** Everything a quarter is scored from (quarter 1–4 of the year). */
export function quarterInputs(db: Db, year: number, quarter: number): QuarterInputs {
  const { from, to } = periodRange(year, quarter);
  return {
    year,
    quarter,
    units: indexUnits(db),
    checklist: checklist(db, year, quarter),
    surveys: surveys(db, year, quarter),
    costs: costs(db, year, quarter),
    findings: findings(db, from, to),
    bonuses: bonuses(db, from, to),
    events: events(db, from, to),
    tips: tips(db, from, to),
    overdue: overdue(db, to),
  };
}
