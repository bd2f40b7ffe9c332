// Turns whatever a call threw into the message and per-field messages a form shows.
import { ApiError } from '../../api/client.ts';
import type { FormProblem } from './validate.ts';

export function problemOf(error: unknown): FormProblem {
  if (error instanceof ApiError) return { message: error.message, fields: error.fields };
  return { message: '操作未完成：发生了意外错误，请重试。', fields: {} };
}

export function messageOf(error: unknown): string {
  return problemOf(error).message;
}
