// A person's own view settings (列设置 of a ledger: which columns, in which order), kept per user
// in the database so they follow the person to another session or PC.
import { z } from '../kernel/zod.ts';

/** The views whose columns a person may arrange. */
export const PREF_VIEWS = ['tips.ledger', 'rect.ledger', 'interviews.ledger'] as const;
export type PrefView = (typeof PREF_VIEWS)[number];

const view = z.enum(PREF_VIEWS, { error: '视图无效' });
const field = z.string({ error: '列名无效' }).regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, '列名无效');

/** The columns in the order shown, each shown or hidden. */
export const viewColumnsSchema = z
  .array(z.strictObject({ field, visible: z.boolean({ error: '是否显示应为是或否' }) }), { error: '列设置无效' })
  .max(60, '列太多')
  .refine((cs) => new Set(cs.map((c) => c.field)).size === cs.length, '列重复');
export type ViewColumns = z.output<typeof viewColumnsSchema>;

export const viewPrefGetInput = z.strictObject({ view });
export const viewPrefSetInput = z.strictObject({ view, columns: viewColumnsSchema });

/** The stored columns of a view, or null when the person has not arranged it (the default then). */
export interface ViewPref {
  view: PrefView;
  columns: ViewColumns | null;
}

/**
 * The columns to show, in order: the stored arrangement (its columns that still exist), then any
 * column it does not know (added since) where it stood by default, shown. Nothing stored: the
 * default order, all shown.
 */
export function arrangeColumns(defaults: readonly string[], stored: ViewColumns | null): ViewColumns {
  const known = new Set(defaults);
  const out = (stored ?? []).filter((c) => known.has(c.field));
  const placed = new Set(out.map((c) => c.field));
  defaults.forEach((field, i) => {
    if (placed.has(field)) return;
    // After the nearest column that comes before it by default and is already placed.
    const before = defaults.slice(0, i).reverse().find((f) => placed.has(f));
    const at = before === undefined ? 0 : out.findIndex((c) => c.field === before) + 1;
    out.splice(at, 0, { field, visible: true });
    placed.add(field);
  });
  return out;
}
