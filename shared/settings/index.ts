// 系统设置: the settings every domain declares (shared/<domain>/settings.ts), joined into one
// object with its defaults, the input of settings.update, and the piece of the contract for the
// two settings operations. Adding a domain's settings: one line in the list below.
import { z } from '../kernel/zod.ts';
import { contractPiece, out, read, write } from '../kernel/contract.ts';
import type { SettingDef, SettingDefs, SettingsOf } from '../kernel/settings.ts';
import { ADMIN_ONLY, coreSettings } from '../core/index.ts';
import { tipSettings } from '../tips/index.ts';
import { backupSettings } from '../backup/index.ts';
import { documentSettings } from '../documents/index.ts';
import { rectSettings } from '../rectification/index.ts';
import { interviewSettings } from '../interviews/index.ts';
import { consequenceSettings } from '../consequences/index.ts';

function joinSettings<const D extends readonly SettingDefs[]>(...groups: D): SettingDefs {
  const out: Record<string, SettingDef> = {};
  for (const group of groups) {
    for (const [key, def] of Object.entries(group)) {
      if (Object.hasOwn(out, key)) throw new Error(`the setting '${key}' is declared twice`);
      out[key] = def;
    }
  }
  return out;
}

/** Every setting, in the order 系统设置 shows them. */
export const SETTING_DEFS = joinSettings(coreSettings, tipSettings, backupSettings, documentSettings, rectSettings, interviewSettings, consequenceSettings);

type AllDefs = typeof coreSettings & typeof tipSettings & typeof backupSettings & typeof documentSettings & typeof rectSettings & typeof interviewSettings & typeof consequenceSettings;
export type SettingKey = keyof AllDefs & string;
export type Settings = SettingsOf<AllDefs>;

/** settings.update takes the whole object (a setting whose schema is optional may be left out: it keeps its value). */
export const settingsInput = z.strictObject(
  Object.fromEntries(Object.entries(SETTING_DEFS).map(([k, d]) => [k, d.schema])) as { [K in SettingKey]: AllDefs[K]['schema'] },
);

export const DEFAULT_SETTINGS = Object.fromEntries(Object.entries(SETTING_DEFS).map(([k, d]) => [k, d.default])) as Settings;

export const settingsContract = contractPiece({
  domain: 'settings',
  ops: {
    'settings.get': read('查看系统设置', z.strictObject({}), 'session', out<Settings>()),
    'settings.update': write('修改系统设置', settingsInput, ADMIN_ONLY, out<Settings>()),
  },
  entities: { settings: '系统设置' },
  fields: Object.fromEntries(Object.entries(SETTING_DEFS).map(([k, d]) => [k, d.label])),
});
