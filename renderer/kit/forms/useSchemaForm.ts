// A form on react-hook-form, checked by the contract's own schema (zodResolver): on 保存 every
// problem is named in one round; from then on each field is checked again as it changes, so a
// fixed problem disappears at once. `toInput` turns what the form holds (texts, a picked unit)
// into what the operation takes; the field messages keep the operation's paths (parentId …).
import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../../shared/kernel/zod.ts';
import { problemsFrom, type Problem, type Problems } from '../../../shared/kernel/problems.ts';

/** `toInput` may give what the schema refuses (an empty choice …): the schema names it. */
export function useSchemaForm<D extends FieldValues, S extends z.ZodType>(schema: S, defaults: D, toInput: (draft: D) => unknown) {
  // The draft is turned into the operation's input, which the schema then checks as it is.
  const resolver = useMemo(() => zodResolver(z.custom<D>().transform((draft) => toInput(draft)).pipe(schema as z.ZodType<z.output<S>, unknown>)), [schema]);
  return useForm<D, unknown, z.output<S>>({
    resolver,
    defaultValues: defaults as DefaultValues<D>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

/** Every field message, by path (people.0.name), from react-hook-form's nested errors. */
export function fieldMessages(errors: FieldErrors, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') out[path] = message;
    else Object.assign(out, fieldMessages(value as FieldErrors, path));
  }
  return out;
}

/** The form's problems as the one message above the fields, or null when there are none. */
export function formProblem(errors: FieldErrors): Problems | null {
  const list: Problem[] = Object.entries(fieldMessages(errors)).map(([field, message]) => ({ field, message }));
  return list.length > 0 ? problemsFrom(list) : null;
}
