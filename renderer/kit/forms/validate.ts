// Checks a form's draft with the contract's own schema before sending it — completely, with
// the rules that need the office's "today" (as the service gives it) in the same round — so
// the form names every problem at once, in the same Chinese the service would use (and the
// service checks again anyway).
import type { z } from '../../../shared/kernel/zod.ts';
import { issuesOf, problemsFrom, type Problem, type Problems } from '../../../shared/kernel/problems.ts';

export type FormProblem = Problems;

export type Checked<T> = { ok: true; data: T } | { ok: false; problem: FormProblem };

export function validate<S extends z.ZodType>(schema: S, draft: unknown, more: readonly Problem[] = []): Checked<z.output<S>> {
  const parsed = schema.safeParse(draft);
  // The rules of the day first: they are about the form's first fields (its dates).
  const problems = [...more, ...(parsed.success ? [] : issuesOf(parsed.error))];
  if (parsed.success && problems.length === 0) return { ok: true, data: parsed.data };
  return { ok: false, problem: problemsFrom(problems) };
}
