import { describe, expect, it } from 'vitest';
import { sdashYesCount } from './sdash-yes-count.js';

describe('the S-DASH yes-count', () => {
  it('counts only the questions answered yes', () => {
    expect(sdashYesCount([{ answer: 'YES' }, { answer: 'NO' }, { answer: 'UNKNOWN' }, { answer: 'YES' }])).toBe(2);
  });

  it('is 0 with no yes answer, and applies no cut-off', () => {
    expect(sdashYesCount([{ answer: 'NO' }, { answer: 'UNKNOWN' }])).toBe(0);
    expect(sdashYesCount(Array.from({ length: 11 }, () => ({ answer: 'YES' as const })))).toBe(11);
  });
});
