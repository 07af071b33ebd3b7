import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_MESSAGES } from '@lantern/schema/error-codes';
import { describe, expect, it } from 'vitest';
import { errorCodesOf, NETWORK_MESSAGE, readApiProblem } from './api-problem';

function serverError(statusCode: number, bodyText = ''): ServerError {
  return new ServerError('Response not successful', { response: new Response(bodyText, { status: statusCode }), bodyText });
}

function graphQLErrors(...errors: Array<{ message: string; extensions?: Record<string, unknown> }>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors });
}

describe('reading what the API said', () => {
  it('shows a known code’s message and every field message', () => {
    const error = graphQLErrors(
      { message: 'Check the answers', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'Enter a note' }] } },
      { message: 'Also', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'victim.safeContact.phone', message: 'Enter a phone number' }, { bad: true }] } },
    );
    expect(readApiProblem(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Check the answers',
      fields: [
        { field: 'note', message: 'Enter a note' },
        { field: 'victim.safeContact.phone', message: 'Enter a phone number' },
      ],
    });
  });

  it('never shows the text of an unexpected error', () => {
    expect(readApiProblem(graphQLErrors({ message: 'relation "referral" does not exist', extensions: { code: 'SOMETHING_ODD' } }))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR,
      fields: [],
    });
  });

  it('reads GraphQL errors carried in a non-2xx answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(readApiProblem(serverError(401, body)).code).toBe('UNAUTHENTICATED');
    expect(errorCodesOf(serverError(401, body))).toEqual(['UNAUTHENTICATED']);
  });

  it('maps a bare 401 to UNAUTHENTICATED, 429 to RATE_LIMITED and 500 to INTERNAL_SERVER_ERROR', () => {
    expect(readApiProblem(serverError(401))).toEqual({ code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED, fields: [] });
    expect(errorCodesOf(serverError(401, '<html>proxy</html>'))).toEqual(['UNAUTHENTICATED']);
    expect(readApiProblem(serverError(429)).code).toBe('RATE_LIMITED');
    expect(readApiProblem(serverError(500, '<html>oops</html>'))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR,
      fields: [],
    });
  });

  it('treats a gateway with no API behind it, and no answer at all, as the network', () => {
    for (const status of [502, 503, 504]) expect(readApiProblem(serverError(status)).code).toBe('NETWORK');
    expect(readApiProblem(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', message: NETWORK_MESSAGE, fields: [] });
    expect(errorCodesOf(new TypeError('Failed to fetch'))).toEqual([]);
  });

  it('lists the codes of GraphQL errors', () => {
    expect(errorCodesOf(graphQLErrors({ message: 'a', extensions: { code: 'CONFLICT' } }, { message: 'b' }))).toEqual(['CONFLICT']);
  });
});
