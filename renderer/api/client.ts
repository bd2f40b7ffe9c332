// The one typed client: api.call('units.list', {...}) → the operation's result, or an
// ApiError carrying the Chinese message to show.
import { api as contractOps, type OpInput, type OpName, type OpOutput } from '../../shared/api.ts';
import type { ApiErrorBody, ErrorCode } from '../../shared/kernel/errors.ts';
import type { JobProgress } from '../../shared/kernel/jobs.ts';
import { chooseTransport, type Transport } from './transport.ts';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = body.fields ?? {};
  }
}

type SessionListener = (error: ApiError) => void;
type WriteListener = (op: OpName) => void;

/** Where a window keeps its session token, so F5 keeps the person signed in in that window
 * only (sessionStorage is per window and gone when it closes; never a cookie). */
const SESSION_KEY = 'lianqing.session';

function storedSession(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
}

function storeSession(token: string | null): void {
  try {
    if (token === null) globalThis.sessionStorage?.removeItem(SESSION_KEY);
    else globalThis.sessionStorage?.setItem(SESSION_KEY, token);
  } catch {
    // A window without storage simply signs in again after a reload.
  }
}

/** How long a page waits before asking again how far a job is: soon at first (most jobs are short), then every 250 ms. */
const JOB_POLL_MS = [50, 100, 200, 250];
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ApiClient {
  private session: string | null = storedSession();
  private readonly transport: Transport;
  private readonly listeners = new Set<SessionListener>();
  private readonly writeListeners = new Set<WriteListener>();

  constructor(transport: Transport) {
    this.transport = transport;
  }

  setSession(token: string | null): void {
    this.session = token;
    storeSession(token);
  }

  /** Told when the service says the session ended (idle lock, disabled account). */
  onSessionEnded(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ends the session at the service and forgets it here at once (nothing more is sent with it). */
  async endSession(): Promise<void> {
    const token = this.session;
    this.setSession(null);
    if (token) await this.transport({ op: 'auth.logout', input: {}, session: token }).catch(() => undefined);
  }

  /** Told after every successful write (what was read before may now be stale). */
  onWritten(listener: WriteListener): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  get sessionToken(): string | null {
    return this.session;
  }

  async call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
    const response = await this.transport({ op, input, session: this.session });
    if (response.ok) {
      if (!contractOps[op].readOnly) for (const l of this.writeListeners) l(op);
      return response.value as OpOutput<K>;
    }
    const error = new ApiError(response.error);
    if ((error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED') && this.session !== null && !op.startsWith('auth.login')) {
      this.setSession(null);
      for (const l of this.listeners) l(error);
    }
    throw error;
  }

  /**
   * An operation run as a job the page follows (its contract entry says asJob): started, then
   * asked how far it is until it answers — the same result or error as api.call would give,
   * with `onProgress` told the step and the rows done meanwhile.
   */
  async job<K extends OpName>(op: K, input: OpInput<K>, onProgress: (progress: JobProgress) => void): Promise<OpOutput<K>> {
    const { jobId } = await this.call('jobs.start', { op, input });
    for (let asked = 0; ; asked++) {
      await pause(JOB_POLL_MS[Math.min(asked, JOB_POLL_MS.length - 1)] as number);
      const status = await this.call('jobs.progress', { jobId });
      if (status.state === 'failed') throw new ApiError({ code: status.code, message: status.error });
      if (status.state === 'done') {
        if (!contractOps[op].readOnly) for (const l of this.writeListeners) l(op);
        return status.result as OpOutput<K>;
      }
      onProgress({ phase: status.phase, done: status.done, total: status.total });
    }
  }
}

export const api = new ApiClient(chooseTransport());
