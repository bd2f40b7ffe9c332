// A tip's 问题类别 as bits of tips.category_mask (migration 0008): the covering indexes of the
// ledger carry the mask, so a category with another filter is tested inside the index that filter
// reads, with no probe of tip_categories per tip. tip_categories stays what is read and shown;
// the mask is derived from it, in the same transaction, by every write that sets categories.
import type { Db } from '../../types.ts';
import type { TipCategory } from '../../../shared/tips/enums.ts';

/**
 * Each category's bit. Numbers written into every database since migration 0008, not taken from
 * the order of TIP_CATEGORIES: reordering that list must not move a bit. A new category takes the
 * next unused bit; a bit is never renumbered or given to another category.
 */
export const CATEGORY_BITS: Readonly<Record<TipCategory, number>> = {
  政治纪律: 0,
  组织纪律: 1,
  廉洁纪律: 2,
  群众纪律: 3,
  工作纪律: 4,
  生活纪律: 5,
  贪污贿赂: 6,
  滥用职权: 7,
  玩忽职守: 8,
  其他职务违法犯罪: 9,
  其他: 10,
};

/** The mask value of one category (the filter's operand). */
export function categoryBit(category: TipCategory): number {
  return 2 ** CATEGORY_BITS[category];
}

/**
 * The mask of the tip `tips.id` as SQL, from its tip_categories rows (a tip holds a category
 * once, so the sum is the OR). The migration and the writes use this one expression, so the
 * stored mask is always what the rows say.
 */
export const CATEGORY_MASK_OF_TIP = `(SELECT ifnull(sum(CASE c.category ${Object.entries(CATEGORY_BITS)
  .map(([category, bit]) => `WHEN '${category}' THEN ${2 ** bit}`)
  .join(' ')} END), 0) FROM tip_categories c WHERE c.tip_id = tips.id)`;

/** Sets the mask of one tip from its tip_categories rows; call after writing them, in the same transaction. */
export function refreshCategoryMask(db: Db, tipId: number): void {
  db.prepare(`UPDATE tips SET category_mask = ${CATEGORY_MASK_OF_TIP} WHERE id = ?`).run(tipId);
}
