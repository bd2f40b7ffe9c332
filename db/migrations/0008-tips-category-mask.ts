// The tips ledger's 问题类别 inside its indexes: each tip's categories as bits of a new column,
// tips.category_mask (db/repos/tips/categoryMask.ts), carried by the eight covering indexes of 0007.
// A category was a join on tip_categories: with a common filter (谈话函询: 30,000 tips) a page of a
// rare category probed tip_categories once per tip; now the category is tested inside the index
// the other filter reads. tip_categories stays what is read and shown. Existing tips get their
// mask from their tip_categories rows; nothing a person entered changes (nor updated_at, version).
import type { Migration } from './migration.ts';
import { CATEGORY_MASK_OF_TIP } from '../repos/tips/index.ts';

/**
 * 0007's covering indexes, each now ending with the mask (names and column order otherwise kept).
 * Not tips_status_disposal (status, disposal, received_date): it is in the ledger's whole order
 * (the row id last), which a column after received_date would break; a category with status and
 * disposal is tested in tips_by_status or tips_by_disposal.
 */
const INDEXES: ReadonlyArray<readonly [name: string, columns: string, where?: string]> = [
  ['tips_by_status', 'status, received_date, disposal, channel, mode, handler_user_id, repeat_of, due_date'],
  ['tips_by_disposal', 'disposal, received_date, status, channel, mode, handler_user_id, repeat_of, due_date'],
  ['tips_by_channel', 'channel, received_date, status, disposal, mode, handler_user_id, repeat_of, due_date'],
  ['tips_by_mode', 'mode, received_date, status, disposal, channel, handler_user_id, repeat_of, due_date'],
  ['tips_by_handler', 'handler_user_id, received_date, status, disposal, channel, mode, repeat_of, due_date'],
  ['tips_by_received', 'received_date, status, disposal, channel, mode, handler_user_id, repeat_of, due_date'],
  ['tips_by_due', 'due_date, received_date, status, disposal, channel, mode, handler_user_id, repeat_of', 'due_date IS NOT NULL'],
  ['tips_by_repeat', 'repeat_of, received_date, status, disposal, channel, mode, handler_user_id, due_date', 'repeat_of IS NOT NULL'],
];

export const m0008TipsCategoryMask: Migration = {
  version: 8,
  name: 'tips ledger: categories as a bit mask inside the filter indexes',
  up(db) {
    // The indexes go first, so that filling the column does not rewrite each of them per tip.
    for (const [name] of INDEXES) db.exec(`DROP INDEX ${name}`);
    db.exec('ALTER TABLE tips ADD COLUMN category_mask INTEGER NOT NULL DEFAULT 0');
    db.exec(`UPDATE tips SET category_mask = ${CATEGORY_MASK_OF_TIP}`);
    for (const [name, columns, where] of INDEXES) {
      db.exec(`CREATE INDEX ${name} ON tips (${columns}, category_mask)${where ? ` WHERE ${where}` : ''}`);
    }
  },
};
