// The latest migrations taken back on a test's database (their tables and columns dropped), so
// that opening it migrates again: tests of migration copies and of converting an older file.
import type { Db } from '../../db/types.ts';

type Raw = Pick<Db, 'exec'>;

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
