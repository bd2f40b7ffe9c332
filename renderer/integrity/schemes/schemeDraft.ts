// What the scheme editor's form holds: the scheme with every number as the text typed (so "12.",
// "" or "1.234" stay on screen until fixed), turned back into the operation's input on checking
// and saving — the schema then names what is wrong with a figure (应为数字, 最多保留两位小数).
import type { SchemeContent } from '../../../shared/integrity/index.ts';

/** The shape of T with each number a text. */
export type Drafted<T> = T extends number
  ? string
  : T extends string | boolean
    ? T
    : T extends ReadonlyArray<infer U>
      ? Array<Drafted<U>>
      : { [K in keyof T]: Drafted<T[K]> };

export type SchemeDraft = Drafted<SchemeContent>;

export interface EditorDraft {
  content: SchemeDraft;
  note: string;
}

/** Every number as its text (40, 4.5 → "40", "4.5"). */
function draftOf(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(draftOf);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, draftOf(v)]));
  return value;
}

export function schemeDraftOf(content: SchemeContent): SchemeDraft {
  return draftOf(content) as SchemeDraft;
}

/** The fields whose texts are numbers; the objects whose every field is one (shares, multipliers). */
const NUMBER_FIELDS = new Set([
  'total', 'points', 'perFinding', 'upTo', 'atLeast', 'costOtherwise', 'savingOtherwise', 'cap', 'overduePerItem', 'perTip', 'earlierConduct',
  'green', 'orange', 'gradeA', 'gradeB',
]);
const NUMBER_OBJECTS = new Set(['shares', 'subject', 'circumstance']);

/** A typed figure as a number; an empty or malformed one as NaN, which the schema names (应为数字). */
function numberOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function contentPart(value: unknown, numeric: boolean): unknown {
  if (typeof value === 'string') return numeric ? numberOf(value) : value;
  if (Array.isArray(value)) return value.map((v) => contentPart(v, false));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, contentPart(v, numeric || NUMBER_OBJECTS.has(k) || NUMBER_FIELDS.has(k))]),
    );
  }
  return value;
}

/** The draft as the operation's content (numbers back from their texts); the schema checks the rest. */
export function contentOfDraft(draft: SchemeDraft): unknown {
  return contentPart(draft, false);
}
