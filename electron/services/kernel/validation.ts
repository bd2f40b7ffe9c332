import type { z } from 'zod';
import { AppError } from '../../../shared/kernel/errors.ts';

/** A zod failure as one Chinese message (all problems) plus per-field messages for forms. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '';
    const isUnknownKey = issue.code === 'unrecognized_keys';
    const message = isUnknownKey ? `包含无法识别的内容（${issue.keys.join('、')}）` : issue.message;
    if (key && !(key in fields)) fields[key] = message;
    if (!messages.includes(message)) messages.push(message);
  }
  const shown = messages.slice(0, 5).join('；');
  const more = messages.length > 5 ? `等 ${messages.length} 处问题` : '';
  return new AppError('VALIDATION', `请检查填写的内容：${shown}${more}。`, fields);
}
