// The latest migrations taken back on a test's database (their tables and columns dropped), so
// that opening it migrates again: tests of migration copies and of converting an older file.
import type { Db } from '../../db/types.ts';

type Raw = Pick<Db, 'exec'>;

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
