// 系统设置: every domain's settings, stored over their defaults, changed by the administrator.
import type { Db } from '../../../db/types.ts';
import { readSettings, writeSetting } from '../../../db/repos/settings/settings.ts';
import { DEFAULT_SETTINGS, SETTING_DEFS, type SettingKey, type Settings } from '../../../shared/settings/index.ts';
import { audit } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { changes } from '../kernel/changes.ts';

/** Stored settings over the defaults; a stored value that no longer validates falls back to its default. */
export function getSettings(db: Db): Settings {
  const stored = readSettings(db);
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, def] of Object.entries(SETTING_DEFS)) {
    if (stored[key] === undefined) continue;
    const parsed = def.schema.safeParse(stored[key]);
    if (parsed.success && parsed.data !== undefined) merged[key] = parsed.data;
  }
  return merged as Settings;
}

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': (call) => getSettings(call.ctx.db),
  'settings.update': (call, input) => {
    const before = getSettings(call.ctx.db);
    const given = Object.entries(input).filter(([, v]) => v !== undefined) as Array<[SettingKey, unknown]>;
    for (const [key, value] of given) writeSetting(call.ctx.db, key, value);
    audit(call, 'settings', null, null, changes(before, Object.fromEntries(given)));
    return getSettings(call.ctx.db);
  },
};
