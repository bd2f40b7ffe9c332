// 列设置: one's own columns of a ledger, stored per user (prefs.getView / prefs.setView). A stored
// value that no longer reads as columns (a hand-edited file) counts as none: the default view.
import { viewColumnsSchema, type ViewPref } from '../../../shared/core/prefs.ts';
import { getUserPref, setUserPref } from '../../../db/repos/core/prefs.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { signedInUser } from '../kernel/caller.ts';

const key = (view: string) => `view:${view}`;

function read(call: Call, view: ViewPref['view']): ViewPref {
  const user = signedInUser(call);
  const raw = getUserPref(call.ctx.db, user.id, key(view));
  if (raw === null) return { view, columns: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { view, columns: null };
  }
  const checked = viewColumnsSchema.safeParse(parsed);
  return { view, columns: checked.success ? checked.data : null };
}

export const prefsHandlers: HandlerGroup<'prefs.getView' | 'prefs.setView'> = {
  'prefs.getView': (call, input) => read(call, input.view),
  'prefs.setView': (call, input) => {
    const user = signedInUser(call);
    setUserPref(call.ctx.db, user.id, key(input.view), JSON.stringify(input.columns), nowIso(call));
    // A light entry: whose view, and how many columns it shows.
    audit(call, 'view-pref', user.id, user.username, { view: input.view, shown: input.columns.filter((c) => c.visible).length });
    return { view: input.view, columns: input.columns };
  },
};
