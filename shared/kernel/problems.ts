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
  // A hostile or broken request can carry thousands of problems: the answer names a few.
  for (const { field, message } of list.slice(0, MAX_PROBLEMS)) {
    if (field && !(field in fields)) fields[field] = message;
    if (!messages.includes(message)) messages.push(message);
  }
  const shown = messages.slice(0, 5).join('；');
  const count = list.length > MAX_PROBLEMS ? list.length : messages.length;
  const more = count > 5 ? `等 ${count} 处问题` : '';
  return { message: `请检查填写的内容：${shown}${more}。`, fields };
}

/** How many problems an answer names per field at the most, and how many unknown names it echoes. */
const MAX_PROBLEMS = 50;
const MAX_KEYS_SHOWN = 3;
const MAX_KEY_CHARS = 30;

/** The unknown field names a request sent, a few of them and each cut short: never the whole request echoed back. */
function unknownKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map((k) => (Array.from(k).length > MAX_KEY_CHARS ? `${Array.from(k).slice(0, MAX_KEY_CHARS).join('')}…` : k));
  return keys.length > MAX_KEYS_SHOWN ? `${shown.join('、')} 等 ${keys.length} 项` : shown.join('、');
}

export function issuesOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '',
    message: issue.code === 'unrecognized_keys' ? `包含无法识别的内容（${unknownKeys(issue.keys)}）` : issue.message,
  }));
}

export function problemsOf(error: z.ZodError): Problems {
  return problemsFrom(issuesOf(error));
}
