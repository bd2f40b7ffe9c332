// The fields of 系统设置, grouped and labelled as every domain declares its settings
// (shared/<domain>/settings.ts), and the conversion between the saved settings and the draft.
import type { Role } from '../../../shared/core/index.ts';
import { SETTING_DEFS, type SettingKey, type Settings } from '../../../shared/settings/index.ts';
import type { SettingDef } from '../../../shared/kernel/settings.ts';

export interface FieldGroup {
  title: string;
  fields: Array<{ key: SettingKey; def: SettingDef }>;
}

/** The declared settings by their group, in declaration order. */
export const FIELD_GROUPS: readonly FieldGroup[] = (() => {
  const groups: FieldGroup[] = [];
  for (const [key, def] of Object.entries(SETTING_DEFS) as Array<[SettingKey, SettingDef]>) {
    let group = groups.find((g) => g.title === def.group);
    if (!group) groups.push((group = { title: def.group, fields: [] }));
    group.fields.push({ key, def });
  }
  return groups;
})();

/** Longer than this (or with a line break), a text setting is shown over several lines. */
const LONG_TEXT = 100;

/**
 * Whether a text setting is a long text (the 建议书 templates): its saved value or its default is long
 * or holds a line break. Decided from those, not from what is being typed, so the field does not
 * change shape under the person's hands.
 */
export function isLongText(def: SettingDef, saved: unknown): boolean {
  if (def.kind !== 'text') return false;
  const long = (v: unknown) => typeof v === 'string' && (v.length > LONG_TEXT || v.includes('\n'));
  return long(saved) || long(def.default);
}

/** What the person is typing: text for numbers, names and lists (one item a line), the chosen roles for a roles setting. */
export type Draft = Record<SettingKey, string | Role[]>;

export function toDraft(s: Settings): Draft {
  const out: Record<string, string | Role[]> = {};
  for (const [key, def] of Object.entries(SETTING_DEFS)) {
    const value = (s as Record<string, unknown>)[key];
    out[key] = def.kind === 'roles' ? [...(value as Role[])] : def.kind === 'list' ? (value as string[]).join('\n') : String(value);
  }
  return out as Draft;
}

/** A typed number as a number; anything else stays text so the schema names the problem. */
function toNumber(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The draft as the update operation's input (still to be checked by the schema). */
export function fromDraft(d: Draft): Record<SettingKey, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(SETTING_DEFS)) {
    const value = d[key as SettingKey];
    if (def.kind === 'number' && typeof value === 'string') out[key] = toNumber(value);
    // A list: one item a line; blank lines are not items (the schema checks each of the others).
    else if (def.kind === 'list' && typeof value === 'string') out[key] = value.split('\n').filter((line) => line.trim() !== '');
    else out[key] = value;
  }
  return out as Record<SettingKey, unknown>;
}
