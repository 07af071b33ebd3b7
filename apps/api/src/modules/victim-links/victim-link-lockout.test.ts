import { describe, expect, it } from 'vitest';
import { attemptsLeft, WRONG_CODES_BEFORE_LOCK, wrongCodeError } from './victim-link-lockout.js';

describe('the victim link lockout', () => {
  it('locks on the 5th wrong code', () => {
    expect(WRONG_CODES_BEFORE_LOCK).toBe(5);
    expect([1, 2, 3, 4, 5].map(attemptsLeft)).toEqual([4, 3, 2, 1, 0]);
    expect(attemptsLeft(9)).toBe(0);
  });

  it('answers a wrong code with the attempts left, on the access code field', () => {
    const error = wrongCodeError(4);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      attemptsLeft: 1,
      fields: [{ field: 'accessCode', message: 'That code is not right. You have 1 attempt left.' }],
    });
  });

  it('answers VICTIM_LINK_LOCKED once no attempts are left', () => {
    expect(wrongCodeError(5).extensions.code).toBe('VICTIM_LINK_LOCKED');
  });
});
