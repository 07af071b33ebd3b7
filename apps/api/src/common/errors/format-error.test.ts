import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { createErrorFormatter } from './format-error.js';
import { ErrorReferences } from './error-reference.js';
import { textMatching } from '../../../test/matchers.js';

const format = createErrorFormatter(pino({ level: 'silent' }));

describe('the error formatter', () => {
  it('turns a database error into INTERNAL_SERVER_ERROR with a reference, and no SQL or constraint name', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: '23505',
      constraint: 'users_email_key',
      detail: 'Key (email)=(jo@example.test) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO users (email) VALUES ($1)', ['jo@example.test'], driverError);
    const formatted = format(
      { message: error.message, path: ['signIn'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: ...', '    at PostgresQueryRunner.query (node_modules/typeorm/...)'] } },
      error,
    );
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).toMatch(/^Something went wrong.*Reference: [0-9a-f-]{36}$/);
    expect(formatted.extensions?.requestId).toBe(formatted.message.split('Reference: ')[1]);
    expect(JSON.stringify(formatted)).not.toMatch(/users_email_key|INSERT|constraint|jo@example|stacktrace|node_modules/);
  });

  it('turns an unreachable database into a retryable RETRY_LATER', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const formatted = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: textMatching(/try again/i), path: undefined, extensions: { code: 'RETRY_LATER' } });
  });

  it('drops GraphQL suggestions that would reveal the schema', () => {
    const enumValue = format(
      { message: 'Value "HIHG" does not exist in "RiskLevel" enum. Did you mean the enum value "HIGH"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new Error('validation'),
    );
    expect(enumValue).toEqual({ message: 'Value "HIHG" does not exist in "RiskLevel" enum.', extensions: { code: 'BAD_USER_INPUT' } });
    const field = format(
      { message: 'Cannot query field "referals" on type "Query". [Suggestion hidden]?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new Error('validation'),
    );
    expect(field.message).toBe('Cannot query field "referals" on type "Query".');
  });

  it('passes our own coded errors through without a stack trace', () => {
    const formatted = format(
      { message: 'We could not find that record.', path: ['referral'], extensions: { code: 'NOT_FOUND', stacktrace: ['Error', '    at x.ts:1'] } },
      new Error('not found'),
    );
    expect(formatted).toEqual({ message: 'We could not find that record.', path: ['referral'], extensions: { code: 'NOT_FOUND' } });
  });

  it('logs and answers an unexpected error with the id of the request that raised it, so it joins to the audit trail', async () => {
    const logged: { requestId?: string; msg?: string }[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line) as { requestId?: string }) });
    const references = new ErrorReferences();
    const requestId = '6f1c2b8e-3d4a-4c5b-9e6f-7a8b9c0d1e2f';
    const error = new Error('relation "referrals" does not exist');
    // Apollo tells the plugin about a request's errors before formatting them.
    const listener = await references.plugin<{ requestId: string }>().requestDidStart!({ contextValue: { requestId } } as never);
    await listener!.didEncounterErrors!({ errors: [error] } as never);
    const formatted = createErrorFormatter(logger, references)({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted.message).toBe(`Something went wrong. Try again, and quote the reference if it keeps happening. Reference: ${requestId}`);
    expect(formatted.extensions?.requestId).toBe(requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId, msg: 'unexpected error' });
  });
});
