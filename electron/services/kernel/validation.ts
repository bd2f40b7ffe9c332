import type { z } from 'zod';
import { AppError } from '../../../shared/kernel/errors.ts';
import { problemsOf } from '../../../shared/kernel/problems.ts';

/** A zod failure as the refusal every host answers: one Chinese message plus per-field messages. */
export function validationError(error: z.ZodError): AppError {
  const { message, fields } = problemsOf(error);
  return new AppError('VALIDATION', message, fields);
}
