// The latest migrations taken back on a test's database (their tables and columns dropped), so
// that opening it migrates again: tests of migration copies and of converting an older file.
import type { Db } from '../../db/types.ts';

type Raw = Pick<Db, 'exec'>;

/** 0015 (预警闭环): its two tables. */
export function undo0015(db: Raw): void {
  db.exec(`
    DROP TABLE index_award_entries; DROP TABLE index_consequences;
  `);
}

/**
 * 0014 (廉情指数): its tables, the units' 设立日期 and 撤销日期, the events back to 0013's sources and
 * outcomes (decisions entered here dropped). Foreign keys are off while discipline_events is rebuilt.
 */
export function undo0014(db: Raw): void {
  db.exec(`
    PRAGMA foreign_keys = OFF;
    DROP TABLE index_results; DROP TABLE index_publications; DROP TABLE index_decision_files; DROP TABLE index_decisions;
    DROP TABLE index_bonuses; DROP TABLE index_findings; DROP TABLE index_costs; DROP TABLE index_surveys; DROP TABLE index_checks;
    DROP TABLE index_imports; DROP TABLE index_schemes;
    DROP INDEX units_established; DROP INDEX tips_substantiated; ALTER TABLE units DROP COLUMN established_date; ALTER TABLE units DROP COLUMN revoked_date;
    CREATE TABLE discipline_events_v13 (
      id INTEGER PRIMARY KEY,
      source_kind TEXT NOT NULL CHECK (source_kind IN ('信访件', '谈话', '函询')),
      source_id INTEGER NOT NULL,
      tip_id INTEGER REFERENCES tips (id),
      tip_person_id INTEGER REFERENCES tip_people (id),
      person_id INTEGER REFERENCES people (id),
      person_name TEXT NOT NULL,
      unit_id INTEGER REFERENCES units (id),
      unit_name TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL CHECK (category IN ('主要负责人', '班子成员', '一般干部')),
      outcome TEXT NOT NULL CHECK (outcome IN ('党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '提醒', '移送司法', '无')),
      grade TEXT NOT NULL DEFAULT '',
      circumstance TEXT NOT NULL CHECK (circumstance IN ('从轻', '一般', '从重')),
      conduct_date TEXT,
      decided_date TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (tip_person_id),
      CHECK (source_kind <> '信访件' OR (tip_id = source_id AND tip_person_id IS NOT NULL)),
      CHECK ((tip_id IS NULL) = (tip_person_id IS NULL))
    );
    INSERT INTO discipline_events_v13 SELECT id, source_kind, source_id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name,
      category, outcome, grade, circumstance, conduct_date, decided_date, created_at FROM discipline_events WHERE source_kind <> '外部决定';
    DROP TABLE discipline_events;
    ALTER TABLE discipline_events_v13 RENAME TO discipline_events;
    CREATE INDEX discipline_events_person ON discipline_events (person_id, decided_date) WHERE person_id IS NOT NULL;
    CREATE INDEX discipline_events_unit ON discipline_events (unit_id, decided_date) WHERE unit_id IS NOT NULL;
    CREATE INDEX discipline_events_tip ON discipline_events (tip_id) WHERE tip_id IS NOT NULL;
    CREATE INDEX discipline_events_source ON discipline_events (source_kind, source_id);
    CREATE INDEX discipline_events_decided ON discipline_events (decided_date, id);
    PRAGMA foreign_keys = ON;
  `);
}

/** 0013 (谈话函询): its tables, the events back to tips' own (source columns dropped), 机关主要领导, the tips' plan state. */
export function undo0013(db: Raw): void {
  db.exec(`
    DROP TABLE interview_fts; DROP TABLE spot_check_items; DROP TABLE spot_check_batches; DROP TABLE interview_extensions;
    DROP TABLE interview_files; DROP TABLE interview_history; DROP TABLE interview_followups; DROP TABLE interview_staff;
    DROP TABLE interviews; DROP TABLE interview_plan_staff; DROP TABLE interview_plan_items; DROP TABLE interview_plans;
    DROP TABLE interview_counters;
    CREATE TABLE discipline_events_old (
      id INTEGER PRIMARY KEY,
      tip_id INTEGER NOT NULL REFERENCES tips (id),
      tip_person_id INTEGER NOT NULL REFERENCES tip_people (id),
      person_id INTEGER REFERENCES people (id),
      person_name TEXT NOT NULL,
      unit_id INTEGER REFERENCES units (id),
      unit_name TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL CHECK (category IN ('主要负责人', '班子成员', '一般干部')),
      outcome TEXT NOT NULL CHECK (outcome IN ('党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '移送司法', '无')),
      grade TEXT NOT NULL DEFAULT '',
      circumstance TEXT NOT NULL CHECK (circumstance IN ('从轻', '一般', '从重')),
      conduct_date TEXT,
      decided_date TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (tip_person_id)
    );
    INSERT INTO discipline_events_old SELECT id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name, category, outcome,
      grade, circumstance, conduct_date, decided_date, created_at FROM discipline_events WHERE source_kind = '信访件' AND outcome <> '提醒';
    DROP TABLE discipline_events;
    ALTER TABLE discipline_events_old RENAME TO discipline_events;
    CREATE INDEX discipline_events_person ON discipline_events (person_id, decided_date) WHERE person_id IS NOT NULL;
    CREATE INDEX discipline_events_unit ON discipline_events (unit_id, decided_date) WHERE unit_id IS NOT NULL;
    CREATE INDEX discipline_events_tip ON discipline_events (tip_id);
    ALTER TABLE users DROP COLUMN main_leader; ALTER TABLE tips DROP COLUMN plan_state;
  `);
}

/** 0012 (整改): the rectification tables, their search index, the units' 联系干部. */
export function undo0012(db: Raw): void {
  db.exec(`
    DROP TABLE rect_fts; DROP TABLE rect_files; DROP TABLE rect_notice_reports; DROP TABLE rect_extensions;
    DROP TABLE rect_events; DROP TABLE rect_measures; DROP TABLE rect_items; DROP TABLE rect_counters;
    DROP INDEX units_by_liaison; ALTER TABLE units DROP COLUMN liaison_user_id;
  `);
}

/** 0011 (公文). */
export function undo0011(db: Raw): void {
  db.exec('DROP TABLE documents; DROP TABLE document_files; DROP TABLE office_profile;');
}
