import { describe, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { loggableError } from './loggable-error.js';

describe('what an unexpected error may put in the log', () => {
  it('keeps a failed query to its kind and SQLSTATE, never the query, its parameters or the driver message', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type json: "Jo Bloggs 07700 900123"'), { code: '22P02' });
    const error = new QueryFailedError('UPDATE referrals SET victim = $1', [{ firstName: 'Jo', phone: '07700 900123' }], driverError);
    const logged = JSON.stringify(loggableError(error));
    expect(loggableError(error)).toMatchObject({ type: 'QueryFailedError', code: '22P02' });
    expect(logged).not.toContain('07700');
    expect(logged).not.toContain('Jo');
    expect(logged).not.toContain('UPDATE referrals');
  });

  it('keeps only the stack frames of a failed query whose message spans several lines', () => {
    const driverError = Object.assign(new Error('refused\n{"lastName": "Bloggs", "phone": "07700 900123"}'), { code: '23514' });
    const error = new QueryFailedError('INSERT INTO referrals ...', [], driverError);
    const logged = loggableError(error);
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toMatch(/Bloggs|07700|refused/);
  });

  it('keeps the message of a programming error, which holds no data sent', () => {
    expect(loggableError(new TypeError("Cannot read properties of null (reading 'stage')"))).toMatchObject({
      type: 'TypeError',
      message: "Cannot read properties of null (reading 'stage')",
    });
  });

  it('says only the kind of something thrown that is not an error', () => {
    expect(loggableError('a string with a secret')).toEqual({ type: 'string' });
  });
});
