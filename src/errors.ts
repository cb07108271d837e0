/**
 * Errors raised by the core. Each has a machine-readable `code` so callers can decide what to tell
 * a user, a message a person can act on (prefixed with the component), and the underlying `cause`.
 */
export type CandidateBotErrorCode =
  'RESUME_DIR_UNREADABLE' | 'RESUME_FILE_SKIPPED' | 'CACHE_INVALID' | 'USAGE' | 'NOT_FOUND' | 'CONFIG_INVALID';

/** Base class of every error the core throws on purpose. */
export class CandidateBotError extends Error {
  readonly code: CandidateBotErrorCode;

  constructor(code: CandidateBotErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CandidateBotError';
    this.code = code;
  }
}

/** True when `error` is a CandidateBotError with the given code. */
export function hasCode(error: unknown, code: CandidateBotErrorCode): error is CandidateBotError {
  return error instanceof CandidateBotError && error.code === code;
}
