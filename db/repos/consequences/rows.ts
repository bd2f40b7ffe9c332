// A consequence as the period's page, a unit's page and the trace show it: one SELECT for every list
// (the page's ids are found first, then their rows read here), with where it stands DERIVED here
// from what it made — never stored apart from it (shared/consequences/enums.ts CONSEQUENCE_STATES):
// the 公文's status, the issued notice's rectification items (open / 已销号 / past their deadline),
// the talk's status, the 建议书's delivery, the close, the list's people. What depends on the
// result in force (与结果不符) is added by the service, which reads the results (staleReason).
import type { Db } from '../../types.ts';
import {
  CONSEQUENCE_KINDS, OPEN_CONSEQUENCE_STATES, type ConsequenceFilter, type ConsequenceKind, type ConsequenceRow, type ConsequenceState,
} from '../../../shared/consequences/index.ts';
import { periodLabel, type Colour, type Grade } from '../../../shared/integrity/index.ts';
import type { InterviewStatus } from '../../../shared/interviews/index.ts';
import type { UnitType } from '../../../shared/registry/index.ts';
import { searchCondition } from '../registry/index.ts';
import { caseOrder, Conditions, orderByKeys } from '../kernel/sqlParts.ts';

/** A row as stored: all but 与结果不符, which needs the period's result in force. */
export type ConsequenceRowStored = Omit<ConsequenceRow, 'stale'>;

/**
 * Every query starts `WITH t(today) AS (SELECT ?)`: today (the office's day, from the service) is its
 * first parameter, read as t.today by the expressions below.
 */
const TODAY = 'WITH t(today) AS (SELECT ?)';

/** The tables a row reads: c the consequence, p its publication, r its unit's result, u the unit, d its 公文, i its talk. */
const FROM = `index_consequences c
  JOIN index_publications p ON p.id = c.publication_id
  JOIN index_results r ON r.publication_id = c.publication_id AND r.unit_id = c.unit_id
  JOIN units u ON u.id = c.unit_id
  LEFT JOIN documents d ON d.id = c.document_id
  LEFT JOIN interviews i ON i.id = c.interview_id
  CROSS JOIN t`;

/** An issued notice's items (a correction replaces the document, the items stay the original's). */
const ITEMS = 'rect_items ri WHERE ri.document_id = c.document_id';
const OPEN_ITEM = "ri.status <> '已销号'";

/** Where it stands (CONSEQUENCE_STATES), from what it made. */
export const STATE_SQL = `(CASE
  WHEN c.closed_at IS NOT NULL THEN '已关闭'
  WHEN c.kind = '预警告知书' THEN CASE
    WHEN c.document_id IS NULL THEN '待拟制'
    WHEN d.status = 'draft' THEN '草稿'
    WHEN EXISTS (SELECT 1 FROM ${ITEMS} AND ${OPEN_ITEM}) THEN '整改中'
    ELSE '已完成' END
  WHEN c.kind = '预警建议书' THEN CASE
    WHEN c.document_id IS NULL THEN '待拟制'
    WHEN d.status = 'draft' THEN '草稿'
    WHEN c.delivered_date IS NULL THEN '已印发'
    ELSE '已送达' END
  WHEN c.kind = '廉政谈话' THEN CASE
    WHEN c.interview_id IS NULL THEN '待安排'
    WHEN i.status = '已办结' THEN '已完成'
    WHEN i.status = '待办结' THEN '待办结'
    ELSE '待谈话' END
  ELSE '已列入' END)`;

const OPEN_STATES = `(${OPEN_CONSEQUENCE_STATES.map((s) => `'${s}'`).join(', ')})`;

/** Still something to do (OPEN_CONSEQUENCE_STATES). */
export const OPEN_SQL = `(${STATE_SQL} IN ${OPEN_STATES})`;

/**
 * 逾期 on today: an issued notice (not closed) with an item not 已销号 past its deadline in force; a
 * talk (not closed) not held — none planned, or planned and still 待谈话 — after its due date.
 */
export const OVERDUE_SQL = `(c.closed_at IS NULL AND (
  (c.kind = '预警告知书' AND d.status = 'issued' AND EXISTS (SELECT 1 FROM ${ITEMS} AND ${OPEN_ITEM} AND ri.deadline < t.today))
  OR (c.kind = '廉政谈话' AND c.due_date < t.today AND (c.interview_id IS NULL OR i.status = '待谈话'))))`;

/** The page's filters but 与结果不符 (the service finds those with the results: staleCandidateIds). */
function filterSql(filter: Exclude<ConsequenceFilter, '与结果不符'>): string | null {
  switch (filter) {
    case '全部':
      return null;
    case '未完成':
      return OPEN_SQL;
    case '逾期':
      return OVERDUE_SQL;
    case '已完成':
      return `(c.closed_at IS NULL AND NOT ${OPEN_SQL})`;
    case '已关闭':
      return 'c.closed_at IS NOT NULL';
  }
}

export interface PeriodQuery {
  year: number;
  /** 0 for the year. */
  quarter: number;
  kind?: ConsequenceKind | undefined;
  /** The unit's name, searched as the registry searches it. */
  q?: string | undefined;
}

/** Every publication of the period (the one in force and those it superseded), the kind and the search. */
function periodConditions(query: PeriodQuery): Conditions {
  const conditions = new Conditions();
  conditions.add('p.year = ? AND p.quarter = ?', query.year, query.quarter);
  if (query.kind) conditions.add('c.kind = ?', query.kind);
  if (query.q) {
    const s = searchCondition('unit', 'c.unit_id', 'u.name', query.q);
    conditions.add(s.sql, ...s.params);
  }
  return conditions;
}

/** The page's order: by kind (in CONSEQUENCE_KINDS' order), then the unit's name in pinyin, then the row (earlier publications first). */
function orderBy(sortDir: 'asc' | 'desc'): string {
  return orderByKeys([caseOrder('c.kind', CONSEQUENCE_KINDS), 'u.sort_key', 'u.name'], sortDir, 'c.id');
}

export interface IdsPage {
  ids: number[];
  total: number;
}

/** One page of a period's consequences under a filter (all but 与结果不符), with the count of every match. */
export function periodConsequencePage(
  db: Db,
  query: PeriodQuery & { filter: Exclude<ConsequenceFilter, '与结果不符'>; page: number; pageSize: number; sortDir: 'asc' | 'desc' },
  today: string,
): IdsPage {
  const conditions = periodConditions(query);
  const f = filterSql(query.filter);
  if (f) conditions.add(f);
  const ids = (
    db
      .prepare(`${TODAY} SELECT c.id FROM ${FROM} ${conditions.where} ${orderBy(query.sortDir)} LIMIT ? OFFSET ?`)
      .all(today, ...conditions.params, query.pageSize, query.page * query.pageSize) as Array<{ id: number }>
  ).map((r) => r.id);
  const total = (db.prepare(`${TODAY} SELECT count(*) AS n FROM ${FROM} ${conditions.where}`).get(today, ...conditions.params) as { n: number }).n;
  return { ids, total };
}

export interface StaleCandidate {
  id: number;
  unitId: number;
  kind: ConsequenceKind;
  /** The grade of the result that called for it (a year's), or null. */
  grade: Grade | null;
}

/**
 * What may no longer match the period's result in force, in the page's order: the consequences not
 * closed of the period's SUPERSEDED publications (a consequence of the publication in force was
 * written from that very result, so it always matches it; a closed one is finished and not marked).
 * The service checks each against the result in force with staleReason.
 */
export function staleCandidates(db: Db, query: PeriodQuery & { sortDir: 'asc' | 'desc' }, today: string): StaleCandidate[] {
  const conditions = periodConditions(query);
  conditions.add('p.superseded_by IS NOT NULL AND c.closed_at IS NULL');
  return db
    .prepare(`${TODAY} SELECT c.id, c.unit_id AS unitId, c.kind, r.grade FROM ${FROM} ${conditions.where} ${orderBy(query.sortDir)}`)
    .all(today, ...conditions.params) as StaleCandidate[];
}

export interface KindCounts {
  kind: ConsequenceKind;
  total: number;
  open: number;
  overdue: number;
}

/** Per kind, of the whole period: how many, still open, overdue (kinds without any left out). */
export function periodCounts(db: Db, year: number, quarter: number, today: string): KindCounts[] {
  return db
    .prepare(
      `${TODAY} SELECT c.kind, count(*) AS total, sum(${OPEN_SQL}) AS open, sum(${OVERDUE_SQL}) AS overdue
       FROM ${FROM} WHERE p.year = ? AND p.quarter = ? GROUP BY c.kind`,
    )
    .all(today, year, quarter) as KindCounts[];
}

/** A unit's consequences of a year's publications: its quarters in order, then the year; by kind. */
/**
 * A year's 预警建议书 of consequences not closed (of every publication of the year): the drafts with
 * their versions in the units' order (the page's), and how many are issued and delivered.
 */
export function adviceBatchOfYear(db: Db, year: number): { drafts: Array<{ id: number; version: number; unitName: string }>; issued: number; delivered: number } {
  const from = `index_consequences c JOIN index_publications p ON p.id = c.publication_id JOIN units u ON u.id = c.unit_id
    JOIN documents d ON d.id = c.document_id
    WHERE p.year = ? AND p.quarter = 0 AND c.kind = '预警建议书' AND c.closed_at IS NULL`;
  const drafts = db
    .prepare(`SELECT d.id, d.version, u.name AS unitName FROM ${from} AND d.status = 'draft' ORDER BY u.sort_key, u.name, c.id`)
    .all(year) as Array<{ id: number; version: number; unitName: string }>;
  const counts = db
    .prepare(`SELECT coalesce(sum(d.status = 'issued'), 0) AS issued, coalesce(sum(c.delivered_date IS NOT NULL), 0) AS delivered FROM ${from}`)
    .get(year) as { issued: number; delivered: number };
  return { drafts, issued: counts.issued, delivered: counts.delivered };
}

export function unitConsequenceIds(db: Db, unitId: number, year: number): number[] {
  return (
    db
      .prepare(
        `SELECT c.id FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id
         WHERE c.unit_id = ? AND p.year = ? ORDER BY p.quarter = 0, p.quarter, ${caseOrder('c.kind', CONSEQUENCE_KINDS)}, p.id DESC, c.id`,
      )
      .all(unitId, year) as Array<{ id: number }>
  ).map((r) => r.id);
}

/** The columns of a row, for the FROM above. */
const COLUMNS = `c.id, c.publication_id AS publicationId, p.year, p.quarter, c.unit_id AS unitId, r.unit_name AS unitName, r.unit_type AS unitType,
  c.kind, c.basis, r.score, r.colour, r.grade, ${STATE_SQL} AS state, ${OVERDUE_SQL} AS overdue, c.due_date AS talkDue,
  d.id AS documentId, d.number AS documentNumber, d.title AS documentTitle, d.status AS documentStatus,
  CASE WHEN d.status = 'issued' THEN json_extract(d.fields, '$.deadline') END AS noticeDeadline,
  (SELECT count(*) FROM ${ITEMS}) AS itemsTotal,
  (SELECT count(*) FROM ${ITEMS} AND ri.status = '已销号') AS itemsClosed,
  (SELECT count(*) FROM ${ITEMS} AND ${OPEN_ITEM} AND ri.deadline < t.today) AS itemsOverdue,
  i.id AS interviewId, i.number AS interviewNumber, i.status AS interviewStatus, i.person_name AS interviewPerson, i.planned_date AS interviewPlanned,
  c.delivered_date AS deliveredDate, c.delivered_note AS deliveredNote,
  (SELECT count(*) FROM index_award_entries e WHERE e.consequence_id = c.id AND e.removed_at IS NULL) AS persons,
  ${repeatRedSql('count(*)')} AS repeatOpenItems, ${repeatRedSql('group_concat(DISTINCT d2.number)')} AS repeatNumbers,
  (SELECT count(*) FROM people pe WHERE pe.unit_id = c.unit_id AND pe.category = '主要负责人' AND pe.status = '在职') AS leaders,
  c.closed_reason AS closedReason, c.closed_by_name AS closedByName, c.closed_at AS closedAt, c.created_at AS createdAt`;

/**
 * 红色预警 again while earlier rectification is open: over the items not 已销号 of the unit's OTHER
 * notices made by consequences and issued before this publication (a quarter notice of a 红 unit only).
 */
function repeatRedSql(aggregate: string): string {
  return `(CASE WHEN c.kind = '预警告知书' AND r.colour = '红' THEN (SELECT ${aggregate}
    FROM index_consequences c2 JOIN documents d2 ON d2.id = c2.document_id JOIN rect_items ri2 ON ri2.document_id = c2.document_id
    WHERE c2.unit_id = c.unit_id AND c2.kind = '预警告知书' AND c2.id <> c.id AND d2.status = 'issued' AND d2.issued_at < p.published_at
      AND ri2.status <> '已销号') END)`;
}

interface Raw {
  id: number;
  publicationId: number;
  year: number;
  quarter: number;
  unitId: number;
  unitName: string;
  unitType: UnitType;
  kind: ConsequenceKind;
  basis: string;
  score: number;
  colour: Colour | null;
  grade: Grade | null;
  state: ConsequenceState;
  overdue: number;
  talkDue: string | null;
  documentId: number | null;
  documentNumber: string | null;
  documentTitle: string | null;
  documentStatus: 'draft' | 'issued' | null;
  noticeDeadline: string | null;
  itemsTotal: number;
  itemsClosed: number;
  itemsOverdue: number;
  interviewId: number | null;
  interviewNumber: string | null;
  interviewStatus: InterviewStatus | null;
  interviewPerson: string | null;
  interviewPlanned: string | null;
  deliveredDate: string | null;
  deliveredNote: string;
  persons: number;
  repeatOpenItems: number | null;
  repeatNumbers: string | null;
  leaders: number;
  closedReason: string | null;
  closedByName: string | null;
  closedAt: string | null;
  createdAt: string;
}

function toStored(raw: Raw): ConsequenceRowStored {
  const notice = raw.kind === '预警告知书';
  const issued = raw.documentStatus === 'issued';
  const list = raw.kind === '不得评先评优' || raw.kind === '可参与优秀班子评定';
  return {
    id: raw.id,
    publicationId: raw.publicationId,
    year: raw.year,
    quarter: raw.quarter,
    periodLabel: periodLabel(raw.year, raw.quarter),
    unitId: raw.unitId,
    unitName: raw.unitName,
    unitType: raw.unitType,
    kind: raw.kind,
    basis: raw.basis,
    score: raw.score,
    colour: raw.colour,
    grade: raw.grade,
    state: raw.state,
    open: (OPEN_CONSEQUENCE_STATES as readonly string[]).includes(raw.state),
    dueDate: notice ? (issued ? raw.noticeDeadline : null) : raw.kind === '廉政谈话' ? raw.talkDue : null,
    overdue: raw.overdue === 1,
    document:
      raw.documentId === null
        ? null
        : { id: raw.documentId, number: raw.documentNumber, title: raw.documentTitle ?? '', status: issued ? '已印发' : '草稿' },
    items: notice && issued ? { total: raw.itemsTotal, closed: raw.itemsClosed, overdue: raw.itemsOverdue } : null,
    interview:
      raw.interviewId === null
        ? null
        : {
            id: raw.interviewId,
            number: raw.interviewNumber ?? '',
            status: raw.interviewStatus ?? '待谈话',
            personName: raw.interviewPerson ?? '',
            plannedDate: raw.interviewPlanned,
          },
    delivered: raw.deliveredDate === null ? null : { date: raw.deliveredDate, note: raw.deliveredNote },
    persons: list ? raw.persons : null,
    repeatRed:
      raw.repeatOpenItems !== null && raw.repeatOpenItems > 0
        ? { openItems: raw.repeatOpenItems, notices: (raw.repeatNumbers ?? '').split(',').filter((n) => n !== '').sort() }
        : null,
    leaderMissing: raw.kind === '廉政谈话' && raw.leaders !== 1,
    closed: raw.closedAt === null ? null : { reason: raw.closedReason ?? '', byName: raw.closedByName ?? '', at: raw.closedAt },
    createdAt: raw.createdAt,
  };
}

/** The rows of these ids on today, in the order given (ids not found are left out). */
export function consequenceRowsByIds(db: Db, ids: readonly number[], today: string): ConsequenceRowStored[] {
  if (ids.length === 0) return [];
  const raws = db
    .prepare(`${TODAY} SELECT ${COLUMNS} FROM ${FROM} WHERE c.id IN (SELECT value FROM json_each(?))`)
    .all(today, JSON.stringify(ids)) as Raw[];
  const byId = new Map(raws.map((r) => [r.id, toStored(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The units' results in the period's publication in force (as JSON), by unit; a unit not in it is absent. */
export function resultsInForce(db: Db, year: number, quarter: number, unitIds: readonly number[]): Map<number, string> {
  if (unitIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT r.unit_id AS unitId, r.result FROM index_results r JOIN index_publications p ON p.id = r.publication_id
       WHERE p.year = ? AND p.quarter = ? AND p.superseded_by IS NULL AND r.unit_id IN (SELECT value FROM json_each(?))`,
    )
    .all(year, quarter, JSON.stringify([...new Set(unitIds)])) as Array<{ unitId: number; result: string }>;
  return new Map(rows.map((r) => [r.unitId, r.result]));
}

/** A unit's result in a publication (as JSON), or undefined when the unit was not in it. */
export function resultOf(db: Db, publicationId: number, unitId: number): string | undefined {
  return (db.prepare('SELECT result FROM index_results WHERE publication_id = ? AND unit_id = ?').get(publicationId, unitId) as { result: string } | undefined)
    ?.result;
}

/** Every unit's result of a publication (as JSON), in the registry's order of the units (pinyin of the name). */
export function resultsOfPublication(db: Db, publicationId: number): Array<{ unitId: number; result: string }> {
  return db
    .prepare(
      `SELECT r.unit_id AS unitId, r.result FROM index_results r JOIN units u ON u.id = r.unit_id
       WHERE r.publication_id = ? ORDER BY u.sort_key, u.name, u.id`,
    )
    .all(publicationId) as Array<{ unitId: number; result: string }>;
}
