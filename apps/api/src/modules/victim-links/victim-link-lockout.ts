import { VICTIM_LINK_MAX_ATTEMPTS } from '@lantern/schema/limits';
import { AppError } from '../../common/errors/app-error.js';

/**
 * The access-code lockout: a link locks for good on its 5th wrong code (VICTIM_LINK_MAX_ATTEMPTS in
 * packages/schema), even if the right code comes after; the officer must issue a new link. Each attempt is
 * counted before its code is checked, in one conditional UPDATE (VictimLinkRepository.claimAttempt), and
 * given back only when its code was right, so racing guesses can never try more than five codes.
 */
export const WRONG_CODES_BEFORE_LOCK = VICTIM_LINK_MAX_ATTEMPTS;

/** Wrong codes still allowed after `failedAttempts` of them (never below 0). */
export function attemptsLeft(failedAttempts: number): number {
  return Math.max(0, WRONG_CODES_BEFORE_LOCK - failedAttempts);
}

/**
 * The answer to a wrong code: VICTIM_LINK_LOCKED once no attempts are left, otherwise BAD_USER_INPUT on
 * the access code saying how many are left (also as `extensions.attemptsLeft`).
 */
export function wrongCodeError(failedAttempts: number): AppError {
  const left = attemptsLeft(failedAttempts);
  if (left === 0) return new AppError('VICTIM_LINK_LOCKED');
  const plural = left === 1 ? 'attempt' : 'attempts';
  return new AppError('BAD_USER_INPUT', `That code is not right. Check it and try again. You have ${left} ${plural} left.`, {
    attemptsLeft: left,
    fields: [{ field: 'accessCode', message: `That code is not right. You have ${left} ${plural} left.` }],
  });
}
