import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { draftStore } from './draft-store';
import { staffViewer } from './testing/fixtures';
import { useDraftState } from './use-draft-state';
import { ViewerProvider } from './viewer';

const organisation = { id: 'org-1', name: 'Eastshire Police', code: 'EAS', kind: 'POLICE_FORCE' as const, areas: [] };
const priya = staffViewer('OFFICER', { id: 'u-1', name: 'Priya Shah', firstName: 'Priya', email: 'p@example.test' }, organisation);
const sam = staffViewer('OFFICER', { id: 'u-2', name: 'Sam Lee', firstName: 'Sam', email: 's@example.test' }, organisation);

function signedInAs(viewer: typeof priya) {
  return ({ children }: { children: ReactNode }) => <ViewerProvider viewer={viewer}>{children}</ViewerProvider>;
}

describe('form state kept as a draft', () => {
  it('keeps each change in the signed-in person’s drafts and starts from them next time', () => {
    const first = renderHook(() => useDraftState('close:ref-1', () => ({ reason: '', outcome: '' })), { wrapper: signedInAs(priya) });
    act(() => first.result.current[1]((previous) => ({ ...previous, reason: 'Moved away' })));
    expect(draftStore('u-1').load('close:ref-1')).toEqual({ reason: 'Moved away', outcome: '' });
    first.unmount();

    const again = renderHook(() => useDraftState('close:ref-1', () => ({ reason: '', outcome: '' })), { wrapper: signedInAs(priya) });
    expect(again.result.current[0]).toEqual({ reason: 'Moved away', outcome: '' });
    const someoneElse = renderHook(() => useDraftState('close:ref-1', () => ({ reason: '', outcome: '' })), { wrapper: signedInAs(sam) });
    expect(someoneElse.result.current[0]).toEqual({ reason: '', outcome: '' });
  });

  it('forgets the draft once it has been sent', () => {
    const { result } = renderHook(() => useDraftState('note', () => ({ text: '' })), { wrapper: signedInAs(priya) });
    act(() => result.current[1]({ text: 'Typed' }));
    act(() => result.current[2]());
    expect(draftStore('u-1').load('note')).toBeUndefined();
  });
});
