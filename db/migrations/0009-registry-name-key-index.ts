// Units found by name (an import's 所在单位 and 上级单位, a duplicate check) through an index on the
// name's key, the same expression the repos compare (db/repos/registry/nameKey.ts unitNameKeySql):
// a roster of 20,000 people naming 3,000 units read every unit once per unit named. Changes no row.
import type { Migration } from './migration.ts';

export const m0009RegistryNameKeyIndex: Migration = {
  version: 9,
  name: 'registry: units by the key of their name',
  up(db) {
    // Written out (a shipped migration never changes): tests/registry/db proves the repos' look-up uses it.
    db.exec(`
      CREATE INDEX units_by_name_key ON units (replace(replace(replace(name, ' ', ''), char(12288), ''), char(9), ''));
    `);
  },
};
