// Error codes crossing the API boundary. Messages are Chinese sentences a person can act on.

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ACCOUNT_LOCKED',
  'SETUP_REQUIRED',
  'BAD_REQUEST',
  /** Too many attempts of one kind in a short time (query-code lookups): try again later. */
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field messages for forms, keyed by the input's field name. */
  fields?: Record<string, string>;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for an expected refusal; the dispatcher turns it into an error body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}
