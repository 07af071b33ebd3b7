/** What an unexpected error may put in a log line: its kind, its code and where it was thrown. */
export interface LoggableError {
  /** The error's class, e.g. `QueryFailedError` or `TypeError`. */
  readonly type: string;
  /** The driver's or Node's code when there is one (a PostgreSQL SQLSTATE such as `22P05`, `ECONNRESET`). */
  readonly code?: string;
  /** The message, only for errors that did not come from the database (those can quote the values sent). */
  readonly message?: string;
  /** The stack frames (`at ...` lines) only: never the message the stack starts with, over however many lines. */
  readonly stack?: string;
}

function codeOf(error: object): string | undefined {
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const driver = (error as { driverError?: { code?: unknown } }).driverError;
  return typeof driver?.code === 'string' ? driver.code : undefined;
}

function fromDatabase(error: object): boolean {
  return 'driverError' in error || 'query' in error || 'parameters' in error || /^[0-9A-Z]{5}$/.test(codeOf(error) ?? '');
}

/**
 * The part of an unexpected error that is safe to log. Never the query, its parameters, the driver's
 * context or a database message: a failed write carries the victim's details it tried to store, and
 * PostgreSQL quotes offending values in its messages (SECURITY.md: errors are logged by code and reference).
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = codeOf(error);
  // Only the frames: a message spread over several lines would otherwise carry on below the first.
  const stack = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return {
    type: error.constructor.name,
    ...(code ? { code } : {}),
    ...(fromDatabase(error) ? {} : { message: error.message }),
    ...(stack ? { stack } : {}),
  };
}
