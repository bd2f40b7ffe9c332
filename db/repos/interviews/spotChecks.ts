// 抽查核实 as stored: the population of a period (函询 concluded as 了结, never drawn before), the
// batches with their drawn letters, and each check's result (recorded once).
import type { Db } from '../../types.ts';
import type { SpotCheckBatchView, SpotCheckItemView, SpotCheckResult } from '../../../shared/interviews/index.ts';

/** The ids of the 函询 concluded as 了结 in [from, to] that no earlier batch drew, ascending. */
export function spotCheckPopulation(db: Db, from: string, to: string): number[] {
  const rows = db
    .prepare(
      `SELECT i.id FROM interviews i
        WHERE i.kind = '函询' AND i.outcome = '了结' AND i.concluded_date BETWEEN ? AND ?
          AND NOT EXISTS (SELECT 1 FROM spot_check_items s WHERE s.interview_id = i.id)
        ORDER BY i.id`,
    )
    .all(from, to) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

export interface NewSpotCheckBatch {
  from: string;
  to: string;
  sharePercent: number;
  population: number;
  seed: string;
  drawnAt: string;
  drawnBy: number | null;
  drawnByName: string;
  interviewIds: readonly number[];
}

export function insertSpotCheckBatch(db: Db, b: NewSpotCheckBatch): number {
  const info = db
    .prepare(
      `INSERT INTO spot_check_batches (period_from, period_to, share_percent, population, drawn, seed, drawn_at, drawn_by, drawn_by_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(b.from, b.to, b.sharePercent, b.population, b.interviewIds.length, b.seed, b.drawnAt, b.drawnBy, b.drawnByName);
  const id = Number(info.lastInsertRowid);
  const insert = db.prepare('INSERT INTO spot_check_items (batch_id, interview_id) VALUES (?, ?)');
  for (const interviewId of b.interviewIds) insert.run(id, interviewId);
  return id;
}

export interface SpotCheckItemRecord {
  id: number;
  batchId: number;
  interviewId: number;
  result: SpotCheckResult | null;
  /** The batch's drawing instant (ISO). */
  drawnAt: string;
}

export function getSpotCheckItem(db: Db, itemId: number): SpotCheckItemRecord | undefined {
  return db
    .prepare(
      `SELECT s.id, s.batch_id AS batchId, s.interview_id AS interviewId, s.result, b.drawn_at AS drawnAt
         FROM spot_check_items s JOIN spot_check_batches b ON b.id = s.batch_id WHERE s.id = ?`,
    )
    .get(itemId) as SpotCheckItemRecord | undefined;
}

/** Records the check's result; false when one was recorded meanwhile (once per item). */
export function setSpotCheckResult(
  db: Db, itemId: number, r: { result: SpotCheckResult; date: string; note: string; by: string; at: string },
): boolean {
  const info = db
    .prepare('UPDATE spot_check_items SET result = ?, result_date = ?, result_note = ?, recorded_by = ?, recorded_at = ? WHERE id = ? AND result IS NULL')
    .run(r.result, r.date, r.note, r.by, r.at, itemId);
  return info.changes === 1;
}

type BatchRow = Omit<SpotCheckBatchView, 'items' | 'done'>;

const BATCH_COLUMNS = `id, period_from AS "from", period_to AS "to", share_percent AS sharePercent, population, drawn, seed,
  drawn_at AS drawnAt, drawn_by_name AS drawnByName`;

function itemsOf(db: Db, batchIds: readonly number[]): Map<number, SpotCheckItemView[]> {
  const rows = db
    .prepare(
      `SELECT s.batch_id AS batchId, s.id, s.interview_id AS interviewId, i.number, i.person_name AS personName, i.unit_name AS unitName,
              i.concluded_date AS concludedDate, s.result, s.result_date AS resultDate,
              CASE WHEN s.result IS NULL THEN NULL ELSE s.result_note END AS note, s.recorded_by AS recordedBy
         FROM spot_check_items s JOIN interviews i ON i.id = s.interview_id
        WHERE s.batch_id IN (SELECT value FROM json_each(?))
        ORDER BY s.batch_id, i.number, s.id`,
    )
    .all(JSON.stringify(batchIds)) as Array<SpotCheckItemView & { batchId: number }>;
  const byBatch = new Map<number, SpotCheckItemView[]>();
  for (const { batchId, ...item } of rows) {
    const list = byBatch.get(batchId) ?? [];
    list.push(item);
    byBatch.set(batchId, list);
  }
  return byBatch;
}

function withItems(db: Db, batches: BatchRow[]): SpotCheckBatchView[] {
  const items = itemsOf(db, batches.map((b) => b.id));
  return batches.map((b) => {
    const list = items.get(b.id) ?? [];
    return { ...b, done: list.filter((i) => i.result !== null).length, items: list };
  });
}

/** Every batch, newest first, with its drawn letters. */
export function spotCheckBatches(db: Db): SpotCheckBatchView[] {
  return withItems(db, db.prepare(`SELECT ${BATCH_COLUMNS} FROM spot_check_batches ORDER BY drawn_at DESC, id DESC`).all() as BatchRow[]);
}

export function getSpotCheckBatch(db: Db, id: number): SpotCheckBatchView | undefined {
  const row = db.prepare(`SELECT ${BATCH_COLUMNS} FROM spot_check_batches WHERE id = ?`).get(id) as BatchRow | undefined;
  return row ? withItems(db, [row])[0] : undefined;
}
