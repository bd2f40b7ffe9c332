// 谈话函询方案 as stored: one plan per lead, its items (per person reported) and each item's
// interviewers. A draft's items are replaced as a whole on each save; an approved plan is not
// changed again (its items are what the talks and letters were made from).
import type { Db } from '../../types.ts';
import type { Holder, PlanStatus, PlanWay } from '../../../shared/interviews/index.ts';
import type { PersonCategory } from '../../../shared/registry/index.ts';

export interface PlanRecord {
  id: number;
  tipId: number;
  status: PlanStatus;
  note: string;
  needsMainLeader: boolean;
  draftedBy: number | null;
  draftedByName: string;
  submittedAt: string | null;
  decidedBy: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string;
  version: number;
}

type RawPlan = Omit<PlanRecord, 'needsMainLeader'> & { needsMainLeader: number };

export function planOfTip(db: Db, tipId: number): PlanRecord | undefined {
  const raw = db
    .prepare(
      `SELECT p.id, p.tip_id AS tipId, p.status, p.note, p.needs_main_leader AS needsMainLeader, p.drafted_by AS draftedBy,
         coalesce(d.display_name, '') AS draftedByName, p.submitted_at AS submittedAt, p.decided_by AS decidedBy,
         l.display_name AS decidedByName, p.decided_at AS decidedAt, p.decision_note AS decisionNote, p.version
       FROM interview_plans p LEFT JOIN users d ON d.id = p.drafted_by LEFT JOIN users l ON l.id = p.decided_by
       WHERE p.tip_id = ?`,
    )
    .get(tipId) as RawPlan | undefined;
  return raw ? { ...raw, needsMainLeader: raw.needsMainLeader === 1 } : undefined;
}

export function insertPlan(db: Db, p: { tipId: number; note: string; needsMainLeader: boolean; draftedBy: number | null; now: string }): number {
  const info = db
    .prepare(
      `INSERT INTO interview_plans (tip_id, status, note, needs_main_leader, drafted_by, created_at, updated_at)
       VALUES (?, '草拟', ?, ?, ?, ?, ?)`,
    )
    .run(p.tipId, p.note, p.needsMainLeader ? 1 : 0, p.draftedBy, p.now, p.now);
  return Number(info.lastInsertRowid);
}

export type PlanChanges = Partial<Record<
  'status' | 'note' | 'needs_main_leader' | 'drafted_by' | 'submitted_at' | 'decided_by' | 'decided_at' | 'decision_note',
  string | number | null
>>;

/** Applies the changes if the plan is still at `version`; false when someone changed it meanwhile. */
export function updatePlan(db: Db, id: number, version: number, changes: PlanChanges, now: string): boolean {
  const keys = Object.keys(changes) as Array<keyof PlanChanges>;
  const sets = keys.map((k) => `${k} = ?`);
  return (
    db
      .prepare(`UPDATE interview_plans SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`)
      .run(...keys.map((k) => changes[k] ?? null), now, id, version).changes > 0
  );
}

export interface NewPlanItem {
  tipPersonId: number;
  way: PlanWay;
  holder: Holder;
  holderNames: string;
  plannedDate: string;
  place: string;
  note: string;
  interviewerIds: readonly number[];
}

/** The draft's items, replaced as a whole (in the order given). */
export function replacePlanItems(db: Db, planId: number, items: readonly NewPlanItem[]): void {
  db.prepare('DELETE FROM interview_plan_staff WHERE item_id IN (SELECT id FROM interview_plan_items WHERE plan_id = ?)').run(planId);
  db.prepare('DELETE FROM interview_plan_items WHERE plan_id = ?').run(planId);
  const item = db.prepare(
    `INSERT INTO interview_plan_items (plan_id, position, tip_person_id, way, holder, holder_names, planned_date, place, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const staff = db.prepare('INSERT INTO interview_plan_staff (item_id, user_id) VALUES (?, ?)');
  items.forEach((it, i) => {
    const id = Number(item.run(planId, i, it.tipPersonId, it.way, it.holder, it.holderNames, it.plannedDate, it.place, it.note).lastInsertRowid);
    for (const userId of new Set(it.interviewerIds)) staff.run(id, userId);
  });
}

export interface PlanItemRecord {
  id: number;
  tipPersonId: number;
  way: PlanWay;
  holder: Holder;
  holderNames: string;
  plannedDate: string;
  place: string;
  note: string;
  /** The tip's person as reported (and linked to the registry). */
  personId: number | null;
  personName: string;
  unitId: number | null;
  unitName: string;
  unitType: string | null;
  post: string;
  category: PersonCategory;
  interviewers: Array<{ id: number; name: string }>;
}

export function planItems(db: Db, planId: number): PlanItemRecord[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.tip_person_id AS tipPersonId, i.way, i.holder, i.holder_names AS holderNames, i.planned_date AS plannedDate,
         i.place, i.note, tp.person_id AS personId, tp.name AS personName, tp.unit_id AS unitId, tp.unit_name AS unitName,
         u.type AS unitType, tp.post, tp.category
       FROM interview_plan_items i JOIN tip_people tp ON tp.id = i.tip_person_id LEFT JOIN units u ON u.id = tp.unit_id
       WHERE i.plan_id = ? ORDER BY i.position`,
    )
    .all(planId) as Array<Omit<PlanItemRecord, 'interviewers'>>;
  const staff = db.prepare(
    `SELECT u.id, u.display_name AS name FROM interview_plan_staff s JOIN users u ON u.id = s.user_id WHERE s.item_id = ? ORDER BY u.id`,
  );
  return rows.map((r) => ({ ...r, interviewers: staff.all(r.id) as Array<{ id: number; name: string }> }));
}

/** The tip's people with their unit's type (whether a plan for them needs a 机关主要领导). */
export function tipPeopleWithUnitType(
  db: Db,
  tipId: number,
): Array<{ id: number; personId: number | null; name: string; unitId: number | null; unitName: string; unitType: string | null; post: string; category: PersonCategory }> {
  return db
    .prepare(
      `SELECT tp.id, tp.person_id AS personId, tp.name, tp.unit_id AS unitId, tp.unit_name AS unitName, u.type AS unitType, tp.post, tp.category
       FROM tip_people tp LEFT JOIN units u ON u.id = tp.unit_id WHERE tp.tip_id = ? ORDER BY tp.position`,
    )
    .all(tipId) as ReturnType<typeof tipPeopleWithUnitType>;
}
