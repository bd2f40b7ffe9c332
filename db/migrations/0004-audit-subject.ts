import type { Migration } from './migration.ts';

/**
 * The object of an audit entry as a person names it (XF-2026-0372, a unit's or person's name).
 * Entries written before stay as they are (their text is under the hash chain); the audit page
 * resolves their names when it shows them.
 */
export const m0004AuditSubject: Migration = {
  version: 4,
  name: 'audit: the name of the object of each new entry',
  up(db) {
    db.exec('ALTER TABLE audit ADD COLUMN subject TEXT');
  },
};
