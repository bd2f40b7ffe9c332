// A long piece of work that a page follows: what it is doing and how far it is, and at the end
// its result or why it failed.
import { z } from './zod.ts';
import type { ErrorCode } from './errors.ts';

/** Where a job is: the step it is in (读取文件, 检查, 写入 …) and how far into it (total 0: not known yet). */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

export type JobStatus<R> =
  | ({ state: 'running' } & JobProgress)
  | ({ state: 'done'; result: R } & JobProgress)
  | ({ state: 'failed'; error: string; code: ErrorCode } & JobProgress);

export const jobIdInput = z.strictObject({ jobId: z.string({ error: '任务编号无效' }).regex(/^[A-Za-z0-9_-]{10,64}$/, '任务编号无效') });

/** jobs.start: an operation whose definition says it may run as a job (OpDef.job), with its input. */
export const jobStartInput = z.strictObject({
  op: z.string({ error: '操作名称无效' }).regex(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/, '操作名称无效'),
  input: z.unknown(),
});

export interface JobStarted {
  jobId: string;
  total: number;
}
