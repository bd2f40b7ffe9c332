// Statements prepared once per connection, for the look-ups and writes an import repeats for
// every row (preparing costs more than running them). Only for statements that are run with
// get/all/run: an iterated statement is busy until its iterator ends, so it is never shared.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './types.ts';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function cached(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
