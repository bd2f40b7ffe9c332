import type { Migration } from './migration.ts';
import { sortKey } from '../repos/registry/index.ts';
import { nameKey } from '../../shared/registry/index.ts';

/**
 * Registry for real rosters: units and people sort by the pinyin of their names (`sort_key`, kept
 * with the row, so a sorted page is an index range); people get an optional 身份证号 that tells
 * namesakes apart (unique when given) and `name_key`, the name as an import matches it.
 * Existing rows are given their keys here.
 */
export const m0006RegistryRoster: Migration = {
  version: 6,
  name: 'registry: pinyin sort keys, people ID numbers and name keys',
  up(db) {
    db.exec(`
      ALTER TABLE units ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN id_number TEXT;
    `);
    const unit = db.prepare('UPDATE units SET sort_key = ? WHERE id = ?');
    for (const u of db.prepare('SELECT id, name FROM units').all() as Array<{ id: number; name: string }>) unit.run(sortKey(u.name, 'unit'), u.id);
    const person = db.prepare('UPDATE people SET sort_key = ?, name_key = ? WHERE id = ?');
    for (const p of db.prepare('SELECT id, name FROM people').all() as Array<{ id: number; name: string }>) {
      person.run(sortKey(p.name, 'person'), nameKey(p.name), p.id);
    }
    db.exec(`
      CREATE INDEX units_sort ON units (sort_key, name);
      CREATE INDEX people_sort ON people (sort_key, name);
      CREATE INDEX people_unit_sort ON people (unit_id, sort_key, name);
      CREATE INDEX people_unit_name_key ON people (unit_id, name_key);
      CREATE UNIQUE INDEX people_id_number ON people (id_number) WHERE id_number IS NOT NULL;
    `);
  },
};
