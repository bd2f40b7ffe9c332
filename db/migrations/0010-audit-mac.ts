// The audit chain keyed (issue 10): each entry's MAC under the install's audit key, which lives
// outside the database. Entries written before are MACed once, when their database is converted
// to the encrypted store (db/crypt/convert.ts, sealAuditChain); the column is empty until then.
import type { Migration } from './migration.ts';

export const m0010AuditMac: Migration = {
  version: 10,
  name: 'core: audit entries authenticated with a key kept outside the database',
  up(db) {
    db.exec('ALTER TABLE audit ADD COLUMN mac TEXT');
  },
};
