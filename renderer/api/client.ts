// The one typed client: api.call('units.list', {...}) → the operation's result, or an
// ApiError carrying the Chinese message to show.
import type { OpInput, OpName, OpOutput } from '../../shared/api.ts';
import type { ApiErrorBody, ErrorCode } from '../../shared/kernel/errors.ts';
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

export class ApiClient {
  private session: string | null = null;
  private readonly transport: Transport;
  private readonly listeners = new Set<SessionListener>();

  constructor(transport: Transport) {
    this.transport = transport;
  }

  setSession(token: string | null): void {
    this.session = token;
  }

  /** Told when the service says the session ended (idle lock, disabled account). */
  onSessionEnded(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
    const response = await this.transport({ op, input, session: this.session });
    if (response.ok) return response.value as OpOutput<K>;
    const error = new ApiError(response.error);
    if ((error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED') && this.session !== null && !op.startsWith('auth.login')) {
      this.session = null;
      for (const l of this.listeners) l(error);
    }
    throw error;
  }
}

export const api = new ApiClient(chooseTransport());
