// jobs.start / jobs.progress: long work a page follows (see shared/core/ops.ts). Both read the
// serving process's memory only, so a page can ask how far a job is while the job holds the store.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { signedInUser } from '../kernel/caller.ts';

export const jobHandlers: HandlerGroup<'jobs.start' | 'jobs.progress'> = {
  'jobs.start': (call, input) => call.startJob(call, input.op, input.input),
  'jobs.progress': (call, input) => {
    const status = call.ctx.jobs.status<unknown>(input.jobId, signedInUser(call).id);
    if (!status) throw new AppError('NOT_FOUND', '该任务不存在或已取走结果，请重新操作。');
    return status;
  },
};
