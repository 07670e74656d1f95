import { GraphQLError } from 'graphql';

export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Reasons shared by every module. Each module adds its own enum of reasons (`<feature>.reasons.ts`);
 * `extensions.reason` always holds one of them, so clients branch on it, never on message text.
 */
export enum CommonReason {
  /** No valid session token (or its user is suspended or deleted). */
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  /** The caller's roles do not meet the field's `@auth` rule. */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The record does not exist, or the caller may not see it. */
  NOT_FOUND = 'NOT_FOUND',
  /** An argument or input field is invalid; `extensions.fields` says which and why. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** Concurrent writes to the same records kept colliding (CONFLICT); sending the request again may succeed. */
  CONTENDED = 'CONTENDED',
  /** A clientMutationId already named a different request of this user (CONFLICT); use a new key for a new request. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The database cannot be reached (SERVICE_UNAVAILABLE, HTTP 503 with Retry-After); nothing was changed. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** TRUSTED_DOCUMENTS=strict: the document is not a registered operation and the caller is no admin (FORBIDDEN); nothing ran. */
  DOCUMENT_NOT_TRUSTED = 'DOCUMENT_NOT_TRUSTED',
}

/** Per-field messages, keyed by input field name. */
export type FieldErrors = Record<string, string>;

/** Every error a client may see; anything else is masked as INTERNAL_SERVER_ERROR outside development. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, reason, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue') {
    super(ErrorCode.UNAUTHENTICATED, CommonReason.SIGN_IN_REQUIRED, message);
  }
}

/** FORBIDDEN with the module's reason: the caller is known but may not do this. */
export class ForbiddenError extends AppError {
  constructor(reason: string, message: string) {
    super(ErrorCode.FORBIDDEN, reason, message);
  }
}

/** NOT_FOUND: absent, or not the caller's to see (never a hint that it exists). */
export class NotFoundError extends AppError {
  constructor(what = 'Record', reason: string = CommonReason.NOT_FOUND, extra: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, reason, `${what} not found`, extra);
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, fields?: FieldErrors, reason: string = CommonReason.INVALID_INPUT) {
    super(ErrorCode.BAD_USER_INPUT, reason, message, fields ? { fields } : {});
  }
}

/** CONFLICT with the module's reason: the request is valid but the record's state refuses it. */
export class ConflictError extends AppError {
  constructor(reason: string, message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, reason, message, extra);
  }
}

/** Seconds a client should wait before sending a request the database could not serve again. */
export const RETRY_AFTER_SECONDS = 5;

/** SERVICE_UNAVAILABLE (HTTP 503, Retry-After): the database cannot be reached, so nothing was done. */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super(
      ErrorCode.SERVICE_UNAVAILABLE,
      CommonReason.DATABASE_UNAVAILABLE,
      'The database is unavailable; try again shortly',
    );
    // Read by Apollo when this refuses a whole request (the session check), and removed from the answer.
    this.extensions.http = { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
  }
}

/** QUERY_TOO_COMPLEX (HTTP 400): the operation is over one of the query limits; refused before it ran. */
export class QueryTooComplexError extends AppError {
  constructor(reason: string, message: string, value: number, limit: number) {
    super(ErrorCode.QUERY_TOO_COMPLEX, reason, message, { value, limit });
    this.extensions.http = { status: 400 };
  }
}

/** RATE_LIMITED (HTTP 429, Retry-After): the caller's cost budget is spent until `retryAfter` seconds from now. */
export class RateLimitedError extends AppError {
  constructor(reason: string, retryAfter: number) {
    super(ErrorCode.RATE_LIMITED, reason, `Rate limit reached; try again in ${retryAfter} s`, { retryAfter });
    this.extensions.http = { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) };
  }
}
