// Checks a form's draft with the contract's own schema before sending it, so the form shows
// the same Chinese messages the service would (and the service checks again anyway).
import type { z } from '../../../shared/kernel/zod.ts';

export interface FormProblem {
  message: string;
  fields: Record<string, string>;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; problem: FormProblem };

export function validate<S extends z.ZodType>(schema: S, draft: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    if (key && !(key in fields)) fields[key] = issue.message;
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return { ok: false, problem: { message: `请检查填写的内容：${messages.slice(0, 5).join('；')}。`, fields } };
}
