import type { Db } from '../../../db/types.ts';
import { readSettings, writeSetting } from '../../../db/repos/core/settings.ts';
import { DEFAULT_SETTINGS, settingsInput, type Settings } from '../../../shared/core/admin.ts';
import { audit } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { changes } from '../kernel/changes.ts';

/** Stored settings over the defaults; a stored value that no longer validates falls back. */
export function getSettings(db: Db): Settings {
  const stored = readSettings(db);
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const candidate = { ...merged, [key]: stored[key] ?? merged[key] };
    const parsed = settingsInput.safeParse(candidate);
    if (parsed.success) Object.assign(merged, { [key]: parsed.data[key] });
  }
  return merged;
}

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': (call) => getSettings(call.ctx.db),
  'settings.update': (call, input) => {
    const before = getSettings(call.ctx.db);
    for (const key of Object.keys(input) as Array<keyof Settings>) writeSetting(call.ctx.db, key, input[key]);
    audit(call, 'settings', null, null, changes(before, input));
    return getSettings(call.ctx.db);
  },
};
