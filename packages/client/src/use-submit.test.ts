import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFormErrors } from './form-errors';
import { useSubmit, type SubmitOptions } from './use-submit';

function refusal(code: string, message = 'Refused', fields: unknown[] = []) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, fields } }] });
}

function setUp(options?: SubmitOptions) {
  return renderHook(() => {
    const errors = useFormErrors(['note']);
    return { errors, submitter: useSubmit(errors, options) };
  });
}

describe('submitting a form', () => {
  it('sends once at a time and clears the errors after success', async () => {
    const { result } = setUp();
    act(() => result.current.errors.show([{ message: 'Old problem' }]));
    let finish: () => void = () => undefined;
    const request = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    let first: Promise<unknown> = Promise.resolve();
    await act(async () => {
      first = result.current.submitter.submit(request);
      expect(await result.current.submitter.submit(request)).toEqual({ ok: false });
    });
    expect(result.current.submitter.pending).toBe(true);
    await act(async () => {
      finish();
      expect(await first).toEqual({ ok: true });
    });
    expect(request).toHaveBeenCalledTimes(1);
    expect(result.current.errors.hasErrors).toBe(false);
    expect(result.current.submitter.pending).toBe(false);
  });

  it('shows field problems against their fields', async () => {
    const { result } = setUp();
    await act(async () => {
      const outcome = await result.current.submitter.submit(() => Promise.reject(refusal('BAD_USER_INPUT', 'Check', [{ field: 'note', message: 'Enter a note' }])));
      expect(outcome).toMatchObject({ ok: false, problem: { code: 'BAD_USER_INPUT' } });
    });
    expect(result.current.errors.errorFor('note')).toBe('Enter a note');
  });

  it('flags a CONFLICT for the page’s own notice, or shows the given message, reloading the record', async () => {
    const reload = vi.fn(() => Promise.resolve());
    const notice = setUp();
    await act(() => notice.result.current.submitter.submit(() => Promise.reject(refusal('CONFLICT'))));
    expect(notice.result.current.submitter.conflict).toBe(true);
    expect(notice.result.current.errors.hasErrors).toBe(false);

    const message = setUp({ reload, conflictMessage: 'Someone else changed it' });
    await act(() => message.result.current.submitter.submit(() => Promise.reject(refusal('CONFLICT'))));
    expect(message.result.current.errors.summary).toEqual([{ text: 'Someone else changed it', href: undefined }]);
    expect(message.result.current.submitter.conflict).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    await act(() => message.result.current.submitter.submit(() => Promise.reject(refusal('INVALID_TRANSITION', 'No longer possible'))));
    expect(reload).toHaveBeenCalledTimes(2);
    expect(message.result.current.errors.summary).toEqual([{ text: 'No longer possible', href: undefined }]);
  });

  it('leaves an expired session to the app, and says when the API could not be reached', async () => {
    const { result } = setUp();
    await act(() => result.current.submitter.submit(() => Promise.reject(refusal('UNAUTHENTICATED'))));
    expect(result.current.errors.hasErrors).toBe(false);
    await act(() => result.current.submitter.submit(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(result.current.errors.summary[0]?.text).toMatch(/could not be reached, so nothing was saved/);
  });
});
