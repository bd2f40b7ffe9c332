// A failed check of a schema as what the person sees: one Chinese message naming every problem
// (at most five, then how many), and the message for each field. The forms (before sending)
// and the services (on every call) use this one function, so both say the same thing.
import type { z } from './zod.ts';

export interface Problems {
  message: string;
  /** Field path (people.0.name) → its message: the first problem of each field. */
  fields: Record<string, string>;
}

/** One problem: the field's path ('' for the whole form) and what is wrong. */
export interface Problem {
  field: string;
  message: string;
}

/** The problems as one message naming each (at most five, then how many) and per field. */
export function problemsFrom(list: readonly Problem[]): Problems {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const { field, message } of list) {
    if (field && !(field in fields)) fields[field] = message;
    if (!messages.includes(message)) messages.push(message);
  }
  const shown = messages.slice(0, 5).join('；');
  const more = messages.length > 5 ? `等 ${messages.length} 处问题` : '';
  return { message: `请检查填写的内容：${shown}${more}。`, fields };
}

export function issuesOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '',
    message: issue.code === 'unrecognized_keys' ? `包含无法识别的内容（${issue.keys.join('、')}）` : issue.message,
  }));
}

export function problemsOf(error: z.ZodError): Problems {
  return problemsFrom(issuesOf(error));
}
