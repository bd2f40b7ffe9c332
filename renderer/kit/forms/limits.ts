// A form's limits as the contract's schema states them (nameField / textField record their
// maximum length as metadata): the field's maxLength and counter come from the same number the
// service checks, never from a second copy in the form.
import type { z } from '../../../shared/kernel/zod.ts';

interface Def {
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The most characters a field takes, or undefined when its schema sets no limit. */
export function maxCharsOf(schema: z.ZodType): number | undefined {
  const meta = schema.meta() as { maxChars?: unknown } | undefined;
  if (typeof meta?.maxChars === 'number') return meta.maxChars;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return maxCharsOf(inner);
  for (const option of def.options ?? []) {
    const found = maxCharsOf(option);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The maximum length of every text field of an object schema, by field name. */
export function limitsOf<S extends z.ZodType>(schema: S): Partial<Record<string, number>> {
  // A refined or transformed object is a pipe from the object: its fields are the object's.
  let object: z.ZodType = schema;
  for (let def = defOf(object); !def.shape && (def.in ?? def.innerType); def = defOf(object)) object = (def.in ?? def.innerType) as z.ZodType;
  const shape = defOf(object).shape ?? {};
  const out: Partial<Record<string, number>> = {};
  for (const [key, field] of Object.entries(shape)) {
    const max = maxCharsOf(field);
    if (max !== undefined) out[key] = max;
  }
  return out;
}
