// Checks a form's draft with the contract's own schema before sending it, so the form shows
// the same Chinese messages the service would (and the service checks again anyway).
import type { z } from '../../../shared/kernel/zod.ts';
import { problemsOf, type Problems } from '../../../shared/kernel/problems.ts';

export type FormProblem = Problems;

export type Checked<T> = { ok: true; data: T } | { ok: false; problem: FormProblem };

export function validate<S extends z.ZodType>(schema: S, draft: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problem: problemsOf(parsed.error) };
}
