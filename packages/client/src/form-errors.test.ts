import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldIdForApiPath, formErrorsFromProblem, messageFor, useFormErrors } from './form-errors';

describe('form errors', () => {
  it('name fields after the API input path', () => {
    expect(fieldIdForApiPath('input.victim.safeContact.phone')).toBe('victim-safeContact-phone');
    expect(fieldIdForApiPath('note')).toBe('note');
  });

  it('show an API problem against its fields, or for the whole form', () => {
    const problem = { code: 'BAD_USER_INPUT' as const, message: 'Check', fields: [{ field: 'input.note', message: 'Enter a note' }] };
    expect(formErrorsFromProblem(problem)).toEqual([{ field: 'note', message: 'Enter a note' }]);
    expect(formErrorsFromProblem({ code: 'NETWORK', message: 'Offline', fields: [] })).toEqual([{ message: 'Offline' }]);
  });

  it('with the form’s fields, put other messages first and field messages in page order', () => {
    const problem = {
      code: 'BAD_USER_INPUT' as const,
      message: 'Check',
      fields: [
        { field: 'note', message: 'Enter a note' },
        { field: 'expectedVersion', message: 'Out of date' },
        { field: 'reason', message: 'Select a reason' },
      ],
    };
    expect(formErrorsFromProblem(problem, ['reason', 'note'])).toEqual([
      { message: 'Out of date' },
      { field: 'reason', message: 'Select a reason' },
      { field: 'note', message: 'Enter a note' },
    ]);
  });

  it('give the summary linked to fields and each field its message', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.show([{ field: 'email', message: 'Enter your email' }, { message: 'Whole form' }]));
    expect(result.current.hasErrors).toBe(true);
    expect(result.current.summary).toEqual([{ text: 'Enter your email', href: 'email' }, { text: 'Whole form', href: undefined }]);
    expect(result.current.errorFor('email')).toBe('Enter your email');
    expect(messageFor(result.current.list, 'password')).toBeUndefined();
    act(() => result.current.clear());
    expect(result.current.hasErrors).toBe(false);
  });
});
