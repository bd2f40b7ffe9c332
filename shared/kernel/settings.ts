// A domain's settings, declared in its own file (shared/<domain>/settings.ts): each with its
// schema (Chinese messages), default, label and hint as 系统设置 shows them. shared/settings/
// joins them into the one settings object; a key declared twice is refused.
import type { z } from './zod.ts';

export interface SettingDef<S extends z.ZodType = z.ZodType> {
  /** The value as settings.update accepts it. */
  schema: S;
  default: Exclude<z.output<S>, undefined>;
  label: string;
  hint: string;
  /** How 系统设置 asks for it. */
  kind: 'number' | 'text' | 'roles' | 'list';
  /** The part of 系统设置 it stands in. */
  group: string;
}

export function setting<S extends z.ZodType>(def: SettingDef<S>): SettingDef<S> {
  return def;
}

export type SettingDefs = Readonly<Record<string, SettingDef>>;

/** The stored values of some settings (always present: a missing one is its default). */
export type SettingsOf<D extends SettingDefs> = { -readonly [K in keyof D]: D[K]['default'] };
