import type { z } from 'zod';
import { AppError } from '../../../shared/kernel/errors.ts';
import { problemsFrom, problemsOf, type Problem } from '../../../shared/kernel/problems.ts';

/** A zod failure as the refusal every host answers: one Chinese message plus per-field messages. */
export function validationError(error: z.ZodError): AppError {
  const { message, fields } = problemsOf(error);
  return new AppError('VALIDATION', message, fields);
}

/** Refuses the call when a rule found problems (all of them named at once); else nothing. */
export function refuseIfAny(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const { message, fields } = problemsFrom(problems);
  throw new AppError('VALIDATION', message, fields);
}
