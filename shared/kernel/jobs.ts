// A long piece of work that a page follows: how far it is, and at the end its result or why it failed.
import { z } from './zod.ts';

export type JobStatus<R> =
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; done: number; total: number; result: R }
  | { state: 'failed'; done: number; total: number; error: string };

export const jobIdInput = z.strictObject({ jobId: z.string({ error: '任务编号无效' }).regex(/^[A-Za-z0-9_-]{10,64}$/, '任务编号无效') });

export interface JobStarted {
  jobId: string;
  total: number;
}
