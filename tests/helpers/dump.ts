// A canonical dump of a database: every row of every table (virtual tables' shadow tables
// included, sqlite_ internals left out), ordered by rowid — or by the whole row for a table
// without one — as JSON. Two databases with the same dump hold the same data, whatever their pages.
import type { Db } from '../../db/types.ts';

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function canonicalDump(db: Db): string {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string; sql: string | null }>;
  const out: Record<string, unknown[]> = {};
  for (const { name, sql } of tables) {
    if (/^CREATE VIRTUAL TABLE/i.test(sql ?? '')) continue; // its shadow tables hold its rows
    const withoutRowid = /WITHOUT\s+ROWID\s*$/i.test((sql ?? '').trim());
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as Array<{ name: string }>).map((c) => quote(c.name));
    const order = withoutRowid ? columns.join(', ') : 'rowid';
    const rows = db.prepare(`SELECT ${withoutRowid ? '' : 'rowid AS __rowid, '}* FROM ${quote(name)} ORDER BY ${order}`).raw(true).all() as unknown[][];
    out[name] = rows.map((row) => row.map((v) => (Buffer.isBuffer(v) ? `blob:${v.toString('hex')}` : v)));
  }
  return JSON.stringify(out);
}
