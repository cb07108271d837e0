/** A platform adapter could not start for a reason a person can fix; the message says what to do. */
export class PlatformStartError extends Error {
  /** The platform's error code (`invalid_auth`, `10014`…) or our own (`unreachable`, `socket`). */
  readonly code: string;
  constructor(code: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'PlatformStartError';
    this.code = code;
  }
}
