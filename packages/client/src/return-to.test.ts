import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './return-to';

describe('returning after sign-in', () => {
  it('accepts only paths inside the app', () => {
    expect(safeReturnTo('/referrals/1/victim?from=check')).toBe('/referrals/1/victim?from=check');
    for (const unsafe of [null, '', 'https://example.org', '//example.org', '/\\example.org', '/sign-in?returnTo=/x']) {
      expect(safeReturnTo(unsafe)).toBe('/');
    }
  });

  it('builds the sign-in address with where to return and why', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/referrals/1', 'expired')).toBe('/sign-in?returnTo=%2Freferrals%2F1&reason=expired');
    expect(signInPath('/', 'signed-out')).toBe('/sign-in?reason=signed-out');
  });
});
