/** Every `extensions.code` a client can receive. Extend here; never invent one elsewhere. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'CONSENT_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'VICTIM_LINK_LOCKED',
  'RETRY_LATER',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Default plain-English messages, safe to show anyone. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'You need to sign in to do that.',
  FORBIDDEN: 'You do not have permission to do that.',
  NOT_FOUND: 'We could not find that record.',
  BAD_USER_INPUT: 'Some of the information is missing or not valid.',
  CONFLICT: 'Someone else changed this record after you opened it. Reload to see their changes.',
  INVALID_TRANSITION: 'That action is not possible for this referral at the moment.',
  CONSENT_REQUIRED: "The referral needs the victim's consent or a supervisor's authorisation before it can be sent.",
  IDEMPOTENCY_KEY_REUSED: 'This request was already made with different details.',
  RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
  VICTIM_LINK_LOCKED: 'This link has been locked. Ask the officer in your case for a new link.',
  RETRY_LATER: 'The service is busy. Try again in a moment.',
  INTERNAL_SERVER_ERROR: 'Something went wrong. Try again, and quote the reference if it keeps happening.',
};

/**
 * One problem with one input field, as a BAD_USER_INPUT error lists them in `extensions.fields`, so that a
 * form can show each message beside its field.
 */
export interface FieldProblem {
  /** Path of the input field, dot-separated, e.g. `victim.safeContact.phone`. */
  readonly field: string;
  /** What to do about it, in plain English, e.g. "Enter a safe phone number". */
  readonly message: string;
}
