// A person's own view settings (列设置 of a ledger: which columns, in which order), kept per user
// in the database so they follow the person to another session or PC.
import { z } from '../kernel/zod.ts';

/** The views whose columns a person may arrange. */
export const PREF_VIEWS = ['tips.ledger'] as const;
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
