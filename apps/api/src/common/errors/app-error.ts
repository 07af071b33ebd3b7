import { GraphQLError } from 'graphql';
import { ERROR_MESSAGES, type ErrorCode } from '@lantern/schema/error-codes';
import type { AuditEntry } from '../audit/audit-entry.js';

export interface FieldProblem {
  /** Path of the input field, e.g. `victim.safeContact.phone`. */
  readonly field: string;
  readonly message: string;
}

/** An error whose code and message are safe to show to the person who caused it. */
export class AppError extends GraphQLError {
  /** Set when the error is a refusal that must be audited as a denied attempt. */
  deniedAudit?: AuditEntry;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const conflict = () => new AppError('CONFLICT');
export const unauthenticated = () => new AppError('UNAUTHENTICATED');
export const forbidden = () => new AppError('FORBIDDEN');

export function badInput(problems: FieldProblem[], extra: Record<string, unknown> = {}): AppError {
  const message = problems.length === 1 && problems[0] ? problems[0].message : ERROR_MESSAGES.BAD_USER_INPUT;
  return new AppError('BAD_USER_INPUT', message, { fields: problems, ...extra });
}

/** Collects field problems and throws them together, so a form can show every one at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }

  require(field: string, value: unknown, message: string): this {
    const missing = value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (missing) this.add(field, message);
    return this;
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badInput(this.problems);
  }
}

/** Marks a refusal so that the transaction runner audits it as denied after rolling back. */
export function denied(error: AppError, entry: AuditEntry): AppError {
  error.deniedAudit = { ...entry, outcome: 'DENIED' };
  return error;
}
