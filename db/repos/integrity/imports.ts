// 廉情指数数据导入 as stored: one row per imported file (kind, period, name, sha256 of its bytes,
// how many rows it added and changed, who and when); the rows it wrote carry its id.
import type { Db } from '../../types.ts';
import type { ImportKind } from '../../../shared/integrity/index.ts';

export interface NewImport {
  kind: ImportKind;
  year: number;
  quarter: number;
  fileName: string;
  sha256: string;
  rows: number;
  added: number;
  changed: number;
  userId: number | null;
  byName: string;
  at: string;
}

export function insertImport(db: Db, i: NewImport): number {
  const info = db
    .prepare(
      `INSERT INTO index_imports (kind, year, quarter, file_name, sha256, rows, added, changed, user_id, by_name, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(i.kind, i.year, i.quarter, i.fileName, i.sha256, i.rows, i.added, i.changed, i.userId, i.byName, i.at);
  return Number(info.lastInsertRowid);
}
