// What a caller is told when an operation fails: the service's own Chinese message for a refusal,
// and for a fault of the code a general message (the fault is logged without the call's input).
import { AppError, type ApiErrorBody } from '../../../shared/kernel/errors.ts';

export function toErrorBody(error: unknown, op: string): ApiErrorBody {
  if (error instanceof AppError && error.code !== 'INTERNAL') {
    return error.fields ? { code: error.code, message: error.message, fields: error.fields } : { code: error.code, message: error.message };
  }
  // Never log inputs here: they may hold reporter identities or passwords.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  console.error(`[lianqing] ${op} failed: ${detail}`);
  return { code: 'INTERNAL', message: '系统内部错误，操作未完成，数据未做改动。请重试，如仍失败请联系系统管理员。' };
}
