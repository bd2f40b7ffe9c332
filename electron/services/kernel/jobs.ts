// Long work that a page follows (an export of 10,000 rows): started by one call, run on after its
// answer in the serving process, asked about by its owner (done / total) until it hands over its
// result once. Kept in memory like the sessions; a finished job not collected is dropped after
// JOB_KEEP_MS.
import { randomBytes } from 'node:crypto';
import type { JobProgress, JobStatus } from '../../../shared/kernel/jobs.ts';
import { toErrorBody } from './failure.ts';
import type { ApiErrorBody } from '../../../shared/kernel/errors.ts';

const JOB_KEEP_MS = 10 * 60 * 1000;

/** What a job's work says of itself: the step's name, how far, out of how many (each optional). */
export type ReportProgress = (progress: Partial<JobProgress>) => void;

interface Job<R> extends JobProgress {
  ownerId: number;
  state: 'running' | 'done' | 'failed';
  result: R | null;
  error: ApiErrorBody | null;
  finishedAt: number | null;
}

export class JobStore {
  private readonly jobs = new Map<string, Job<unknown>>();

  /**
   * Starts `work` (given a progress reporter) for the owner; returns the job's id at once. A
   * failure is kept as the message a call would have answered: the page shows it.
   */
  start<R>(ownerId: number, op: string, first: JobProgress, now: () => number, work: (report: ReportProgress) => Promise<R>): string {
    this.sweep(now());
    const id = randomBytes(16).toString('base64url');
    const job: Job<unknown> = { ownerId, ...first, state: 'running', result: null, error: null, finishedAt: null };
    this.jobs.set(id, job);
    const report: ReportProgress = (p) => {
      if (p.phase !== undefined) job.phase = p.phase;
      if (p.total !== undefined) job.total = p.total;
      if (p.done !== undefined) job.done = job.total > 0 ? Math.min(p.done, job.total) : p.done;
    };
    // Started on the next turn, so that the caller has the id before any of the work runs.
    Promise.resolve().then(() => work(report)).then(
      (result) => {
        Object.assign(job, { state: 'done', done: job.total, result, finishedAt: now() });
      },
      (e: unknown) => {
        Object.assign(job, { state: 'failed', error: toErrorBody(e, op), finishedAt: now() });
      },
    );
    return id;
  }

  /** The job as its owner sees it (null: no such job of theirs); a finished one is handed over and forgotten. */
  status<R>(id: string, ownerId: number): JobStatus<R> | null {
    const job = this.jobs.get(id) as Job<R> | undefined;
    if (!job || job.ownerId !== ownerId) return null;
    const progress = { phase: job.phase, done: job.done, total: job.total };
    if (job.state === 'running') return { state: 'running', ...progress };
    this.jobs.delete(id);
    if (job.state === 'failed') return { state: 'failed', ...progress, error: job.error?.message ?? '', code: job.error?.code ?? 'INTERNAL' };
    return { state: 'done', ...progress, result: job.result as R };
  }

  private sweep(at: number): void {
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && at - job.finishedAt > JOB_KEEP_MS) this.jobs.delete(id);
  }
}
