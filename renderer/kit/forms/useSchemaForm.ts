// A form on react-hook-form, checked by the contract's own schema (zodResolver): on submit every
// problem is named in one round — with the rules that need the office's "today" (`more`) in the
// same round — and from then on the form is checked again as it changes, so a fixed problem
// disappears at once. `toInput` turns what the form holds (texts, a picked unit) into what the
// operation takes; field messages keep the operation's paths (parentId, people.0.name …).
import { useMemo, useRef } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../../shared/kernel/zod.ts';
import { problemsFrom, type Problem, type Problems } from '../../../shared/kernel/problems.ts';

/** Puts a message at a dotted path of react-hook-form's nested errors (the first one wins). */
function putError(errors: Record<string, unknown>, path: string, message: string): void {
  const keys = path.split('.');
  let node = errors;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      if (!node[key]) node[key] = { type: 'custom', message };
      return;
    }
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
    node = node[key] as Record<string, unknown>;
  });
}

/** `toInput` may give what the schema refuses (an empty choice …): the schema names it. */
export function useSchemaForm<D extends FieldValues, S extends z.ZodType>(
  schema: S,
  defaults: D,
  toInput: (draft: D) => unknown,
  more?: (draft: D) => readonly Problem[],
) {
  // The latest functions are used (the rules of the day follow "today" when it moves on).
  const latest = useRef({ toInput, more });
  latest.current = { toInput, more };
  const resolver = useMemo((): Resolver<D, unknown, z.output<S>> => {
    // The draft is turned into the operation's input, which the schema then checks as it is.
    const bySchema = zodResolver(z.custom<D>().transform((draft) => latest.current.toInput(draft)).pipe(schema as z.ZodType<z.output<S>, unknown>));
    return async (values, context, options) => {
      const result = await bySchema(values, context, options);
      const extra = latest.current.more?.(values) ?? [];
      if (extra.length === 0) return result;
      // The rules of the day first: they are about the form's first fields (its dates).
      const errors: Record<string, unknown> = {};
      for (const p of extra) putError(errors, p.field, p.message);
      for (const [field, message] of Object.entries(fieldMessages(result.errors))) putError(errors, field, message);
      return { values: {}, errors: errors as FieldErrors<D> };
    };
  }, [schema]);
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
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') out[path] = message;
    else Object.assign(out, fieldMessages(value as FieldErrors, path));
  }
  return out;
}

/**
 * What a schema form shows: its own problems (message above, one per field) or else what the
 * service answered on saving (a name already used, a stale version …).
 */
export function shownProblems(errors: FieldErrors, saved: Problems | null): { message: string | undefined; fields: Record<string, string> } {
  return { message: formProblem(errors)?.message ?? saved?.message, fields: { ...(saved?.fields ?? {}), ...fieldMessages(errors) } };
}

/** The form's problems as the one message above the fields, or null when there are none. */
export function formProblem(errors: FieldErrors): Problems | null {
  const list: Problem[] = Object.entries(fieldMessages(errors)).map(([field, message]) => ({ field, message }));
  return list.length > 0 ? problemsFrom(list) : null;
}
