// Facts of the index put straight into the store for the results tests (a fixture, as the office's
// scheme is): checklist results, survey rates, costs, findings, bonuses, discipline events, tips
// with their units and people, rectification items and their extensions. The entering itself is
// tested by the inputs and records helpers' own suites.
import type { Db } from '../../../db/types.ts';

const AT = '2026-01-01T00:00:00.000Z';

/** A unit's whole checklist of the default scheme for a village (every point the given result). */
export const VILLAGE_ITEMS = ['collective', 'dual-sign', 'tendering', 'village-affairs', 'vehicles'] as const;
export const TOWN_ITEMS = ['collective', 'dual-sign', 'tendering', 'gov-affairs', 'vehicles'] as const;
export const SURVEYS = ['public', 'business', 'clients', 'cadres'] as const;

export function setCheck(db: Db, unitId: number, year: number, quarter: number, itemKey: string, result: '落实' | '部分落实' | '未落实'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO index_checks (unit_id, year, quarter, item_key, result, by_name, at) VALUES (?, ?, ?, ?, ?, '测试', ?)
         ON CONFLICT (year, quarter, unit_id, item_key) DO UPDATE SET result = excluded.result`,
      )
      .run(unitId, year, quarter, itemKey, result, AT).lastInsertRowid,
  );
}

/** Every unit's checklist for the quarter, all 落实. */
export function fullChecklists(db: Db, year: number, quarter: number): void {
  const units = db.prepare('SELECT id, type FROM units').all() as Array<{ id: number; type: string }>;
  for (const u of units) for (const key of u.type === '行政村' ? VILLAGE_ITEMS : TOWN_ITEMS) setCheck(db, u.id, year, quarter, key, '落实');
}

export function setSurvey(db: Db, unitId: number, year: number, quarter: number, surveyKey: string, rate: number): void {
  db.prepare(
    `INSERT INTO index_surveys (unit_id, year, quarter, survey_key, rate, by_name, at) VALUES (?, ?, ?, ?, ?, '测试', ?)
     ON CONFLICT (year, quarter, unit_id, survey_key) DO UPDATE SET rate = excluded.rate`,
  ).run(unitId, year, quarter, surveyKey, rate, AT);
}

export function setCost(db: Db, unitId: number, year: number, quarter: number, costPerCapita: number, savingRate: number): void {
  db.prepare(
    `INSERT INTO index_costs (unit_id, year, quarter, cost_per_capita, saving_rate, by_name, at) VALUES (?, ?, ?, ?, ?, '测试', ?)
     ON CONFLICT (year, quarter, unit_id) DO UPDATE SET cost_per_capita = excluded.cost_per_capita, saving_rate = excluded.saving_rate`,
  ).run(unitId, year, quarter, costPerCapita, savingRate, AT);
}

export function addFinding(db: Db, unitId: number, channelKey: string, date: string, withdrawn = false): number {
  return Number(
    db
      .prepare(
        `INSERT INTO index_findings (unit_id, channel_key, found_date, source, summary, by_name, at, updated_at, withdrawn_reason, withdrawn_by_name, withdrawn_at)
         VALUES (?, ?, ?, '审计报告', '发现问题', '测试', ?, ?, ?, ?, ?)`,
      )
      .run(unitId, channelKey, date, AT, AT, withdrawn ? '重复登记' : null, withdrawn ? '测试' : null, withdrawn ? AT : null).lastInsertRowid,
  );
}

export function addBonus(db: Db, unitId: number, kindKey: string, date: string, withdrawn = false): number {
  return Number(
    db
      .prepare(
        `INSERT INTO index_bonuses (unit_id, kind_key, award_date, summary, evidence, by_name, at, updated_at, withdrawn_reason, withdrawn_by_name, withdrawn_at)
         VALUES (?, ?, ?, '创新做法', '材料', '测试', ?, ?, ?, ?, ?)`,
      )
      .run(unitId, kindKey, date, AT, AT, withdrawn ? '重复登记' : null, withdrawn ? '测试' : null, withdrawn ? AT : null).lastInsertRowid,
  );
}

export interface EventRow {
  unitId: number | null;
  personName?: string;
  category?: '主要负责人' | '班子成员' | '一般干部';
  outcome: string;
  grade?: string;
  circumstance?: '从轻' | '一般' | '从重';
  conductDate?: string | null;
  decidedDate: string;
}

/** A decision made elsewhere (外部决定) with its event; the event's id. */
export function addDecision(db: Db, e: EventRow, documentNumber = '县纪审〔2026〕1号'): number {
  const eventId = Number(
    db
      .prepare(
        `INSERT INTO discipline_events (source_kind, source_id, person_name, unit_id, unit_name, category, outcome, grade, circumstance, conduct_date, decided_date, created_at)
         VALUES ('外部决定', 0, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.personName ?? '张三', e.unitId, e.category ?? '一般干部', e.outcome, e.grade ?? '', e.circumstance ?? '一般', e.conductDate ?? null, e.decidedDate, AT)
      .lastInsertRowid,
  );
  const decisionId = Number(
    db
      .prepare(
        `INSERT INTO index_decisions (body, document_number, decided_date, summary, event_id, by_name, at) VALUES ('案件审理', ?, ?, '违纪事实', ?, '测试', ?)`,
      )
      .run(documentNumber, e.decidedDate, eventId, AT).lastInsertRowid,
  );
  db.prepare('UPDATE discipline_events SET source_id = ? WHERE id = ?').run(decisionId, eventId);
  return eventId;
}

let tipSeq = 0;

export interface TipRow {
  result: '查实' | '部分查实' | '查否';
  concludedDate: string;
  unitIds?: number[];
  people?: Array<{ personId: number | null; unitId: number | null; name: string; category: '主要负责人' | '班子成员' | '一般干部' }>;
  repeatOf?: number | null;
}

/** A concluded tip (archived) with its units and people; its id. */
export function addTip(db: Db, t: TipRow): number {
  tipSeq += 1;
  const id = Number(
    db
      .prepare(
        `INSERT INTO tips (number, year, seq, received_date, channel, mode, summary, content, status, result, concluded_date, repeat_of, created_by, created_at, updated_at)
         VALUES (?, 2026, ?, '2026-01-05', '来信', '匿名', '反映问题', '内容', '已归档', ?, ?, ?, '测试', ?, ?)`,
      )
      .run(`XF-2026-${String(9000 + tipSeq)}`, 9000 + tipSeq, t.result, t.concludedDate, t.repeatOf ?? null, AT, AT).lastInsertRowid,
  );
  for (const unitId of t.unitIds ?? []) db.prepare('INSERT INTO tip_units (tip_id, unit_id) VALUES (?, ?)').run(id, unitId);
  (t.people ?? []).forEach((p, i) =>
    db.prepare('INSERT INTO tip_people (tip_id, position, person_id, name, unit_id, category) VALUES (?, ?, ?, ?, ?, ?)').run(id, i, p.personId, p.name, p.unitId, p.category),
  );
  return id;
}

let rectSeq = 0;

/** A rectification item; its id. */
export function addRectItem(db: Db, unitId: number, createdOn: string, deadline: string, closedOn: string | null = null): number {
  rectSeq += 1;
  return Number(
    db
      .prepare(
        `INSERT INTO rect_items (number, source, unit_id, problem, category, deadline_original, deadline, status, created_on, created_at, closed_on, updated_at)
         VALUES (?, '专项检查', ?, '制度不落实', '制度建设', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(`ZG-2026-${String(rectSeq).padStart(4, '0')}`, unitId, deadline, deadline, closedOn ? '已销号' : '整改中', createdOn, AT, closedOn, AT).lastInsertRowid,
  );
}

export function addExtension(db: Db, itemId: number, requested: string, state: '已批准' | '不批准' | '待审批', decidedOn: string | null): void {
  db.prepare(
    `INSERT INTO rect_extensions (item_id, previous_deadline, requested_deadline, reason, state, requested_by_name, requested_at, decided_by_name, decided_on, decided_at)
     VALUES (?, '2026-01-01', ?, '需要时间', ?, '测试', ?, ?, ?, ?)`,
  ).run(itemId, requested, state, AT, decidedOn ? '测试' : null, decidedOn, decidedOn ? AT : null);
}

export function unitIds(db: Db, type?: string): number[] {
  return (db.prepare(`SELECT id FROM units ${type ? 'WHERE type = ?' : ''} ORDER BY id`).all(...(type ? [type] : [])) as Array<{ id: number }>).map((r) => r.id);
}
