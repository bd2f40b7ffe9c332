// Long work that a page follows (an export of 10,000 rows): started by one call, run on after its
// answer in the serving process, asked about by its owner (done / total) until it hands over its
// result once. Kept in memory like the sessions; a finished job not collected is dropped after
// JOB_KEEP_MS.
import { randomBytes } from 'node:crypto';
import type { JobStatus } from '../../../shared/kernel/jobs.ts';

const JOB_KEEP_MS = 10 * 60 * 1000;

interface Job<R> {
  ownerId: number;
  done: number;
  total: number;
  state: 'running' | 'done' | 'failed';
  result: R | null;
  error: string | null;
  finishedAt: number | null;
}

export class JobStore {
  private readonly jobs = new Map<string, Job<unknown>>();

  /**
   * Starts `work` (given a progress reporter) for the owner; returns the job's id at once. A
   * failure is kept as its message: the page shows it.
   */
  start<R>(ownerId: number, total: number, now: () => number, work: (progress: (done: number) => void) => Promise<R>): string {
    this.sweep(now());
    const id = randomBytes(16).toString('base64url');
    const job: Job<unknown> = { ownerId, done: 0, total, state: 'running', result: null, error: null, finishedAt: null };
    this.jobs.set(id, job);
    work((done) => {
      job.done = Math.min(done, job.total);
    }).then(
      (result) => {
        Object.assign(job, { state: 'done', done: job.total, result, finishedAt: now() });
      },
      (e: unknown) => {
        Object.assign(job, { state: 'failed', error: e instanceof Error ? e.message : String(e), finishedAt: now() });
      },
    );
    return id;
  }

  /** The job as its owner sees it (null: no such job of theirs); a finished one is handed over and forgotten. */
  status<R>(id: string, ownerId: number): JobStatus<R> | null {
    const job = this.jobs.get(id) as Job<R> | undefined;
    if (!job || job.ownerId !== ownerId) return null;
    if (job.state === 'running') return { state: 'running', done: job.done, total: job.total };
    this.jobs.delete(id);
    if (job.state === 'failed') return { state: 'failed', done: job.done, total: job.total, error: job.error ?? '' };
    return { state: 'done', done: job.total, total: job.total, result: job.result as R };
  }

  private sweep(at: number): void {
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && at - job.finishedAt > JOB_KEEP_MS) this.jobs.delete(id);
  }
}
