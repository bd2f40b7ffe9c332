// Pieces of the ledgers' SQL that every domain writes the same way: an enum sorted in its
// declared order, ORDER BY with the row id breaking ties, a WHERE built from conditions, and a
// page of ids with its total.
import type { Db } from '../../types.ts';

/** A column sorted in the order of `values` (the enum's declared order, not the alphabet). */
export function caseOrder(column: string, values: readonly string[]): string {
  return `(CASE ${column} ${values.map((v, k) => `WHEN '${v}' THEN ${k}`).join(' ')} END)`;
}

/** ORDER BY the keys and then `idColumn`, all in the one direction (a page's order is total). */
export function orderByKeys(keys: readonly string[], sortDir: 'asc' | 'desc', idColumn: string): string {
  const dir = sortDir === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${[...keys, idColumn].map((k) => `${k} ${dir}`).join(', ')}`;
}

/** Conditions joined by AND, each with its parameters in order. */
export class Conditions {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...values: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...values);
  }

  /** `WHERE a AND b …`, or '' when there is none. */
  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** A page of a ledger: its ids in order and the count of every match. */
export interface IdPage {
  ids: number[];
  total: number;
}

/**
 * One page of ids: `SELECT i.id FROM <from> <where> <orderBy>` limited to the page, and the count of
 * every match over `countFrom` (the table alone, without the joins only the order needs) — except
 * when the first page holds fewer rows than a page: then that is the count.
 */
export function pageOfIds(
  db: Db,
  q: { from: string; countFrom: string; where: string; params: readonly unknown[]; orderBy: string },
  page: number,
  pageSize: number,
): IdPage {
  const ids = (
    db.prepare(`SELECT i.id FROM ${q.from} ${q.where} ${q.orderBy} LIMIT ? OFFSET ?`).all(...q.params, pageSize, page * pageSize) as Array<{ id: number }>
  ).map((r) => r.id);
  const total = page === 0 && ids.length < pageSize
    ? ids.length
    : (db.prepare(`SELECT count(*) AS n FROM ${q.countFrom} ${q.where}`).get(...q.params) as { n: number }).n;
  return { ids, total };
}
